test("never registered", function(t)
  local x = = 1
end)
