-- kselftest-like sub-results from a guest (vm:ktap), each passing or failing as
-- $PROVIUM_TEST_OUTCOMES says ("name=fail" words): test/guest/history.test.ts
-- checks their changes between runs.
test("selftests", function(t)
  local plan = provium.host_exec('cat "$PROVIUM_TEST_OUTCOMES"').stdout
  local fails = function(name) return plan:find(name .. "=fail", 1, true) ~= nil end
  local line = function(n, name, failing) return (failing and "not ok " or "ok ") .. n .. " " .. name end
  local vm = provium.create()
  vm:boot()
  vm:write_file("/tmp/results.tap", table.concat({
    "TAP version 13", "1..2",
    "# Subtest: net", "    KTAP version 1", "    1..2",
    "    " .. line(1, "tcp_fastopen", fails("tcp_fastopen")), "    " .. line(2, "udp_gso", fails("udp_gso")),
    line(1, "net", fails("tcp_fastopen") or fails("udp_gso")),
    line(2, "timers", fails("timers")),
  }, "\n") .. "\n")
  vm:ktap("cat /tmp/results.tap", { name = "kselftest" })
end)
