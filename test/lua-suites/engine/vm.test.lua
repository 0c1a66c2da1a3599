-- Engine behaviour with one guest (checked by test/guest/lua.test.ts).
local vm = provium.create("minimal")
vm:boot()

test("a guest command that hangs hits the test timeout", { timeout = 2 }, function(t)
  vm:exec("sleep 100", { timeout = 60 })
end)

test("big values travel exactly", function(t)
  local fd = vm:syscall("openat", -100, "/tmp/x", 66, 420).ret
  t:assert_eq(vm:syscall("lseek", fd, 2^31, 0).ret, 2^31)
  t:assert_eq(vm:syscall("lseek", fd, provium.int("0x7fffffffffff0000"), 0).ret, "9223372036854710272")
end)

test("a VM left running is a warning", function(t)
  local other = provium.create("minimal")
  other:boot()
end)

test("a shut-down VM gives a clear error at the caller's line", function(t)
  local short = provium.create("minimal")
  short:boot()
  short:shutdown()
  short:exec("true")
end)

test("vm:boot takes a timeout", function(t)
  local slow = provium.create("minimal")
  t:assert_raises(function() slow:boot({ timeout = 0 }) end, "vm:boot: timeout must be a positive number %(seconds%), got 0")
  t:assert_raises(function() slow:boot({ timeout = 0.5 }) end, "boot timeout %(0%.5 s%)")
end)

test("bad provium.create options raise at the caller's line", function(t)
  t:assert_raises(function() provium.create("minimal", { memory = 0 }) end, "vm.test.lua:%d+: provium.create: memory must be a positive integer %(MiB%), got 0")
  t:assert_raises(function() provium.create("minimal", { cpus = 1.5 }) end, "cpus must be a positive integer %(vCPUs%), got 1.5")
  t:assert_raises(function() provium.create("minimal", { boot_timeout = -1 }) end, "boot_timeout must be a positive number %(seconds%)")
  t:assert_raises(function() provium.create("minimal", { memory = "lots" }) end, "provium.create: option 'memory' must be a number, got string")
end)

test("exec in a directory that does not exist: code 126, the directory named", function(t)
  local r = vm:exec("pwd", { cwd = "/no/such/dir" })
  t:assert_eq(r.code, 126)
  t:assert_eq(r.stderr, "provium-agent: cannot change to cwd /no/such/dir (does it exist?)\n")
end)

test("bad vm:exec options raise at the caller's line", function(t)
  t:assert_raises(function() vm:exec("true", { timeout = 0 }) end, "vm.test.lua:%d+: vm:exec: timeout must be a positive number %(seconds%), got 0")
  t:assert_raises(function() vm:exec("true", { max_output = 1.5 }) end, "vm:exec: max_output must be a positive integer %(bytes%), got 1.5")
end)
