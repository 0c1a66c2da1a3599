test("our bug inside the test's pcall", function(t)
  local ok, message = pcall(print, "crash ours")
  t:assert(not ok, "the bug reaches Lua as an error")
end)
