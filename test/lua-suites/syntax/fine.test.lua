test("still runs", function(t) t:assert(true) end)
