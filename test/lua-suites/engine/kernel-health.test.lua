-- Kernel problems on the console fail the test that was running (checked by
-- test/guest/lua.test.ts). /dev/kmsg puts a line on the console exactly as the
-- kernel's own WARN() would start one.
local vm = provium.create("minimal")
vm:boot()

local function warn(text)
  vm:write_file("/dev/kmsg", "WARNING: CPU: 0 PID: 1 at " .. text .. "\n")
  wait_until(function() return vm:console():find(text, 1, true) end, { timeout = 5, interval = 0.05 })
end

warn("init/provium.c:0 boot+0x0/0x1") -- as if the shared VM's boot had warned

test("a kernel WARNING while the test runs fails it", function(t)
  warn("fs/provium.c:1 first+0x0/0x1")
end)

test("a test that expects one says so", { allow_kernel_warnings = true }, function(t)
  warn("fs/provium.c:2 expected+0x0/0x1")
  t:assert_contains(vm:console(), "expected+0x0/0x1")
end)

test("an earlier test's warning does not count against a later one", function(t)
  t:assert_eq(vm:exec("true").code, 0)
end)
