-- Outcomes chosen by the test that runs this suite (test/unit/history-cli.test.ts):
-- $PROVIUM_TEST_OUTCOMES names a file of "name=pass|fail" words. No guest needed.
local function outcomes()
  local plan = {}
  local r = provium.host_exec('cat "$PROVIUM_TEST_OUTCOMES"')
  for name, outcome in r.stdout:gmatch("([%w_]+)=(%a+)") do plan[name] = outcome end
  return plan
end

for _, name in ipairs({ "alpha", "beta", "gamma" }) do
  test(name, function(t)
    t:assert(outcomes()[name] ~= "fail", name .. " was told to fail")
  end)
end

test("ktap", function(t)
  local plan = outcomes()
  local line = function(n, name) return (plan[name] == "fail" and "not ok " or "ok ") .. n .. " " .. name end
  t:ktap(table.concat({ "TAP version 13", "1..2", line(1, "sub_one"), line(2, "sub_two") }, "\n") .. "\n", { name = "group" })
end)
