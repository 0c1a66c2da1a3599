-- A second file, so that two shards each run one (test/unit/history-cli.test.ts).
test("delta", function(t)
  local r = provium.host_exec('cat "$PROVIUM_TEST_OUTCOMES"')
  t:assert(not r.stdout:find("delta=fail", 1, true), "delta was told to fail")
end)
