-- One of six files of quick tests sharing the "base" fixture.
local vm = provium.fixture("base")

test("fixture state (5)", function(t)
  t:assert_eq(vm:read_file("/root/base"), "base")
end)

test("exec arithmetic (5)", function(t)
  t:assert_eq(vm:exec("echo $(( 5 * 7 ))").stdout, "35\n")
end)

test("write and read (5)", function(t)
  vm:write_file("/tmp/part", "5")
  t:assert_eq(vm:read_file("/tmp/part"), "5")
end)

test("syscall getpid (5)", function(t)
  t:assert_eq(vm:syscall("getpid").ret, 1)
end)

test("pure Lua (5)", function(t)
  local sum = 0
  for i = 1, 1000 do sum = sum + i end
  t:assert_eq(sum, 500500)
end)

test("securityfs (5)", function(t)
  t:assert_contains(vm:read_file("/proc/mounts"), "securityfs")
end)

test("json (5)", function(t)
  t:assert_eq(json.decode(json.encode({ n = 5 })).n, 5)
end)

test("skipped (5)", { skip = "shows in the counts" }, function(t) end)
