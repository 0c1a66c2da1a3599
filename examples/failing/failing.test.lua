-- Deliberately failing examples (not in the default run): how failures read.
local helpers = dofile("helpers.lua")
local vm = provium.create("minimal")
vm:boot()

test("an assertion in the test", function(t)
  t:assert_eq(vm:exec("echo 41").stdout, "42\n", "the answer")
end)

test("an assertion in a helper", function(t)
  helpers.expect_root(vm)
end)

test("passes", function(t)
  t:assert(vm:exec("true").ok)
end)
