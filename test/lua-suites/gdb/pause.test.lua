-- Run with --gdb while the harness holds the guest in the debugger longer
-- than the first test's timeout: the time limits stand still meanwhile.
test("held in the debugger longer than its timeout", { timeout = 10 }, function(t)
  local vm = provium.create("minimal")
  vm:boot()
  t:assert_eq(vm:exec("echo ran").stdout, "ran\n")
  vm:shutdown()
end)

-- The limits are still there: a test that spins while no guest is held times out.
test("spins past its timeout", { timeout = 2 }, function()
  while true do end
end)
