test("x", function(t) end)
