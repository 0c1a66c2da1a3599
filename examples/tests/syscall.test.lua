-- vm:syscall: raw system calls of the guest's architecture, with buffers and
-- exact 64-bit values. Names are looked up in the guest's own table; numbers
-- differ between architectures (arm64's is the generic table: no open, fork…).
local helpers = dofile("tests/helpers.lua")
local vm = provium.create("minimal")
vm:boot()

local AT_FDCWD, O_RDWR, O_CREAT, ENOENT = -100, 2, 64, 2
local NR_GETPID = ({ x86_64 = 39, arm64 = 172 })[vm:arch()]

test("getpid by name and by number", function(t)
  t:assert_eq(vm:syscall("getpid").ret, 1) -- the agent is PID 1
  t:assert_eq(vm:syscall(NR_GETPID).ret, 1)
end)

test("uname fills an out-buffer", function(t)
  local buf = provium.buffer(6 * 65)
  local r = vm:syscall("uname", buf)
  t:assert(r.ok)
  t:assert_eq(helpers.cstring(r.buffers[1], 0, 65), "Linux")
  t:assert_eq(helpers.cstring(buf:bytes(), 65 * 2, 65), (vm:exec("uname -r").stdout:gsub("\n", "")))
end)

test("a failing openat reports errno", function(t)
  local r = vm:syscall("openat", AT_FDCWD, "/no/such/file", 0, 0)
  t:assert_eq(r.ret, -1)
  t:assert_eq(r.errno, ENOENT)
  t:assert_eq(r.ok, false)
end)

test("values above 2^31 round-trip exactly", function(t)
  local fd = vm:syscall("openat", AT_FDCWD, "/tmp/big", O_RDWR | O_CREAT, 420).ret
  t:assert(fd >= 0)
  t:assert_eq(vm:syscall("lseek", fd, 2^32 + 7, 0).ret, 2^32 + 7)            -- a double, exact below 2^53
  t:assert_eq(vm:syscall("lseek", fd, provium.int("9007199254740993"), 0).ret, "9007199254740993") -- beyond 2^53: a string
  t:assert_raises(function() vm:syscall("lseek", fd, 2^60 + 0.5, 0) end, "beyond 2%^53")
end)

test("an in-buffer writes bytes", function(t)
  local fd = vm:syscall("openat", AT_FDCWD, "/tmp/le32", O_RDWR | O_CREAT, 420).ret
  local bytes = helpers.le32(0xdeadbeef)
  t:assert_eq(vm:syscall("write", fd, bytes, #bytes).ret, 4)
  t:assert_eq(vm:read_file("/tmp/le32"), bytes)
  vm:shutdown()
end)
