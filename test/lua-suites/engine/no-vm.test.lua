-- Engine behaviour without guests (checked by test/unit/lua.test.ts).
test("passes", function(t) t:assert(true) end)

test("infinite loop", { timeout = 1 }, function(t)
  local n = 0
  while true do n = n + 1 end
end)

test("runs after the loop was stopped", function(t) t:assert_eq(1, 1) end)

test("nested coroutines pass host calls through", function(t)
  local log = {}
  local outer = coroutine.create(function()
    local inner = coroutine.wrap(function()
      sleep(0.01)
      coroutine.yield("inner-1")
      sleep(0.01)
      return "inner-done"
    end)
    log[#log + 1] = inner()
    sleep(0.01)
    coroutine.yield("outer-1")
    log[#log + 1] = inner()
  end)
  local ok, v = coroutine.resume(outer)
  t:assert(ok, v)
  log[#log + 1] = v
  t:assert(coroutine.resume(outer))
  t:assert_eq(coroutine.status(outer), "dead")
  t:assert_eq(log, { "inner-1", "outer-1", "inner-done" })
end)

test("a host call inside table.sort fails clearly", function(t)
  table.sort({ 3, 1, 2 }, function(a, b) sleep(0) return a < b end)
end)

test("tagged", { tags = { "fast" } }, function(t) end)

test("an unknown profile is an error at the caller's line", function(t)
  provium.create("no-such-profile")
end)
