-- The test of each isolation-N file: they resume one fixture at the same time.
return function(n)
  test("sees the fixture and only its own writes", function(t)
    local vm = provium.fixture("vfs_marker")
    t:assert_eq(vm:read_file("/root/marker"), "prepared by the fixture")
    t:assert_contains(vm:read_file("/proc/mounts"), "securityfs /sys/kernel/security")
    vm:write_file("/root/mine-" .. n, tostring(n))
    vm:exec("sleep 300 </dev/null >/dev/null 2>&1 &")   -- a process of this test only
    sleep(1)                                             -- overlap with the other files
    t:assert_eq(vm:exec("ls /root").stdout, "marker\nmine-" .. n .. "\n")
    t:assert_eq(vm:exec("ps | grep -c '[s]leep 300'").stdout, "1\n")
    local clock = tonumber(vm:exec("date +%s").stdout)
    t:assert(math.abs(clock - os.time()) <= 5, "the guest clock was set on resume")
  end)
end
