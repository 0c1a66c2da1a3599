-- A plain script: the whole file is one test.
local x = 1
assert(x == 2, "x should be 2")
