-- The plain-script style: no test(...) calls, so the whole file is one test.
local helpers = dofile("tests/helpers.lua")
local vm = helpers.boot_with_vfs()

local listing = helpers.must(vm, "ls /sys/kernel/security")
assert(listing ~= "", "securityfs is mounted but empty")
assert(vm:read_file("/proc/mounts"):find("securityfs /sys/kernel/security", 1, true), "securityfs is not mounted")
print("securityfs holds: " .. listing:gsub("\n", " "))
vm:shutdown()
