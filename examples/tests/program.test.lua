-- A program built on the host, pushed into the guest and run there: the way a
-- kernel developer brings a test binary (or a whole directory of them) in.
-- For a guest of another architecture it is cross-compiled.
local helpers = dofile("tests/helpers.lua")

test("a static C program built on the host runs in the guest", function(t)
  local cc = helpers.compiler_for(provium.arch)
  -- Provium's container image has no compiler: build your programs in an earlier step, or bring a compiler.
  if not provium.host_exec({ "sh", "-c", "command -v " .. cc }).ok then t:skip("no C compiler (" .. cc .. ") on this host") end
  local vm = provium.fixture("minimal_vfs")
  local build = provium.host_tmpdir()
  local built = provium.host_exec({ cc, "-static", "-O2", "-o", build .. "/hello", "programs/hello.c" })
  t:assert(built.ok, cc .. " failed: " .. built.stderr)

  vm:push(build .. "/hello", "/opt/tests/hello")
  local r = vm:exec({ "/opt/tests/hello", "one", "two" })
  t:assert(r.ok, r.stderr)
  t:assert_contains(r.stdout, "on Linux " .. vm:exec("uname -r").stdout:gsub("\n", ""))
  t:assert_contains(r.stdout, "2 argument(s)")
end)

test("results come back out with vm:pull", function(t)
  local vm = provium.fixture("minimal_vfs")
  vm:exec("dmesg > /tmp/dmesg.txt")
  local copy = vm:pull("/tmp/dmesg.txt", "example/dmesg.txt")   -- under provium-results/ (or --artifacts)
  t:assert(copy.bytes > 0)
  t:log("kernel log kept at " .. copy.path)
end)
