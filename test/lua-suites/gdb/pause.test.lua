-- Run with --gdb while the harness holds the first guest (the fixture's,
-- being built) in the debugger longer than the test's timeout: the test
-- waits for that build, and its time stands still meanwhile.
test("waits for a fixture whose guest the debugger holds longer than its timeout", { timeout = 10 }, function(t)
  local vm = provium.fixture("held")
  t:assert_eq(vm:read_file("/tmp/held"), "built\n")
end)

-- The limits are still there: a test that spins while no guest is held times out.
test("spins past its timeout", { timeout = 2 }, function()
  while true do end
end)
