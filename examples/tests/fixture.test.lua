-- Tests that resume the minimal_vfs fixture (tests/fixtures/minimal_vfs.lua):
-- the first request builds it once, every test gets its own copy of the VM.
test("the fixture's filesystems are mounted", function(t)
  local vm = provium.fixture("minimal_vfs")
  t:assert_contains(vm:read_file("/proc/mounts"), "securityfs")
  t:assert_eq(vm:read_file("/tmp/prepared-by"), "fixture minimal_vfs\n")
end)

test("each resumed VM is private: writes do not leak between tests", function(t)
  local a, b = provium.fixture("minimal_vfs"), provium.fixture("minimal_vfs")
  a:write_file("/tmp/only-in-a", "a")
  t:assert_eq(b:read_file("/tmp/only-in-a"), nil)
end)

test("securityfs lists the LSMs", function(t)
  local vm = provium.fixture("minimal_vfs")
  t:assert_contains(vm:read_file("/sys/kernel/security/lsm"), "capability")
end)
