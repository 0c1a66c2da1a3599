-- The project test makes the host's log sink throw on "crash ours": a bug of
-- ours, injected where Lua calls into the host.
test("before", function(t) t:assert(true) end)
test("hits our bug", function(t) print("crash ours") end)
test("after", function(t) t:assert(true) end)
