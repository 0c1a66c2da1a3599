-- The tests of each part-N file: six files, one body, different numbers.
return function(n)
  local vm = provium.fixture("base")

  test(("fixture state (%d)"):format(n), function(t)
    t:assert_eq(vm:read_file("/root/base"), "base")
  end)

  test(("exec arithmetic (%d)"):format(n), function(t)
    t:assert_eq(vm:exec(("echo $(( %d * 7 ))"):format(n)).stdout, ("%d\n"):format(n * 7))
  end)

  test(("write and read (%d)"):format(n), function(t)
    vm:write_file("/tmp/part", tostring(n))
    t:assert_eq(vm:read_file("/tmp/part"), tostring(n))
  end)

  test(("syscall getpid (%d)"):format(n), function(t)
    t:assert_eq(vm:syscall("getpid").ret, 1)
  end)

  test(("pure Lua (%d)"):format(n), function(t)
    local sum = 0
    for i = 1, 1000 * n do sum = sum + i end
    t:assert_eq(sum, (1000 * n) * (1000 * n + 1) // 2)
  end)

  test(("securityfs (%d)"):format(n), function(t)
    t:assert_contains(vm:read_file("/proc/mounts"), "securityfs")
  end)

  test(("json (%d)"):format(n), function(t)
    t:assert_eq(json.decode(json.encode({ n = n })).n, n)
  end)

  test(("skipped (%d)"):format(n), { skip = "shows in the counts" }, function(t) end)
end
