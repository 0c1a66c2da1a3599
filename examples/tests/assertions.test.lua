-- Every assertion and helper of the test framework, without a VM.
test("assert, assert_eq, assert_neq", function(t)
  t:assert(true, "never shown")
  t:assert_eq({ 1, { 2 } }, { 1, { 2 } }, "tables compare deeply")
  t:assert_neq("a", "b")
end)

test("assert_contains on strings and lists", function(t)
  t:assert_contains("kernel panic", "panic")
  t:assert_contains({ "proc", "sysfs" }, "sysfs")
end)

test("assert_raises returns the error", function(t)
  local err = t:assert_raises(function() error("boom") end, "boom")
  t:assert_contains(err, "boom")
  t:assert_raises(function() t:fail("t:fail raises") end)
end)

test("wait_until polls", function(t)
  local calls = 0
  local value = wait_until(function() calls = calls + 1; return calls >= 3 and calls end, { timeout = 5, interval = 0.01 })
  t:assert_eq(value, 3)
  t:assert_raises(function() wait_until(function() return false end, { timeout = 0.05, interval = 0.01 }) end, "not met within")
end)

test("sleep and coroutines", function(t)
  local gen = coroutine.wrap(function() for i = 1, 3 do sleep(0.01); coroutine.yield(i) end end)
  t:assert_eq({ gen(), gen(), gen() }, { 1, 2, 3 })
  t:log("slept three times inside a coroutine")
end)

test("skip ends a test as skipped", function(t)
  t:skip("shows how skipping reads in the report")
end)

test("todo marks unfinished work", function(t)
  todo("write this test")
end)

test("a test skipped by its meta", { skip = "not on this kernel" }, function(t)
  t:fail("never runs")
end)
