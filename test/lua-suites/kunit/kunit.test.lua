-- Run by test/guest/kunit.test.ts as `provium run --kernel <bzImage> --modules <dir>`
-- with the test kernel (test/support/own-kernel.ts): provium.kunit from Lua,
-- its suites (test/kernel/provium-kunit/) built in and as modules.
local outside_ok, outside_error = pcall(provium.kunit, "provium_pass")

test("built-in and modular suites are sub-results; the counts come back", function(t)
  local r = provium.kunit({ "provium_pass", "provium_module_pass" }, { timeout = 120 })
  -- provium_pass and its 2 cases; provium_module_pass and its passing case, its skipped one
  t:assert_eq({ r.passed, r.failed, r.skipped, r.errors }, { 5, 0, 1, 0 })
  t:assert_eq(r.boots, 2, "one boot per glob; the module loads in the last")
  t:assert(r.ok)
end)

test("a case glob selects cases, of built-in suites and of modules", function(t)
  local r = provium.kunit({ "provium_fail.*skip*", "provium_module_pass.*adds" }, { timeout = 120 })
  t:assert_eq(r.failed, 0, "provium_fail_fails did not run")
  t:assert(r.ok)
end)

test("provium.kunit checks its arguments, and records only inside a test", function(t)
  t:assert(not outside_ok)
  t:assert_contains(outside_error, "call it inside test(name, function(t) ... end)")
  t:assert_raises(function() provium.kunit("a b") end, "'a b' cannot be a KUnit filter glob: it holds a space")
  t:assert_raises(function() provium.kunit(42) end, "globs is a kunit.filter_glob pattern")
  t:assert_raises(function() provium.kunit("x", { speed = 1 }) end, "unknown option 'speed'")
  t:assert_raises(function() provium.kunit("x", { timeout = -1 }) end, "timeout")
  t:assert_raises(function() provium.kunit("x", { profile = "nope" }) end, "unknown profile 'nope'")
end)
