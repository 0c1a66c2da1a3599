-- provium.parallel without guests: sleep is a host call like a VM call (checked by test/unit/parallel.test.ts).
test("waits overlap and each result comes back", function(t)
  local order = {}
  local a, b, c = provium.parallel(function()
    sleep(0.3)
    order[#order + 1] = "slow"
    return "a"
  end, function()
    sleep(0.05)
    order[#order + 1] = "fast"
    return "b"
  end, function() return "no wait" end)
  t:assert_eq({ a, b, c }, { "a", "b", "no wait" })
  t:assert_eq(order, { "fast", "slow" })
end)

test("a branch's error fails the call, naming the branch", function(t)
  local err = t:assert_raises(function()
    provium.parallel(function() sleep(0.2) end, function() sleep(0.01); error("broken branch") end)
  end)
  t:assert_contains(err, "provium.parallel: function 2 failed: ")
  t:assert_contains(err, "parallel.test.lua:19: broken branch")
end)

test("nested calls, user coroutines and long Lua loops inside branches", function(t)
  local inner = coroutine.wrap(function() sleep(0.01); coroutine.yield("from a coroutine") end)
  local x, y = provium.parallel(function()
    return table.concat({ provium.parallel(function() sleep(0.02) return "n1" end, function() return "n2" end) }, "+")
  end, function()
    local n = 0
    for _ = 1, 3e6 do n = n + 1 end -- long enough for the host to preempt it
    return inner() .. " " .. tostring(n > 0)
  end)
  t:assert_eq({ x, y }, { "n1+n2", "from a coroutine true" })
end)

test("arguments must be functions", function(t)
  t:assert_raises(function() provium.parallel(function() end, 42) end, "argument 2 is a number, not a function")
end)

test("a skip inside a branch skips the test", function(t)
  provium.parallel(function() t:skip("skipped from a branch") end)
end)
