-- Sub-results without a guest: t:subtest, t:record, t:ktap, known failures
-- and retries. test/unit/subtests.test.ts checks every report of it.
test("subtests", function(t)
  t:subtest("passes", function(st) st:log("inside") end)
  t:subtest("fails", function(st)
    st:assert_eq(1 + 1, 3, "arithmetic")              -- line 6: the deliberately failing subtest
  end)
  t:subtest("skips", function(st) st:skip("not here") end)
  t:subtest("outer", function(st)
    st:subtest("inner ok", function() end)
    st:subtest("inner bad", function() error("inner broke") end)
  end)
  t:record{ name = "recorded", status = "pass", duration = 0.5, output = "line 1\nline 2" }
  t:record{ name = "recorded xfail", status = "xfail", message = "known to fail" }
  t:assert_eq(t:subtest("returns", function() end), true)
end)

test("canned ktap", function(t)
  local r = t:ktap([[
TAP version 13
1..4
# about to run
ok 1 first
ok 2 second # SKIP no hardware
ok 3 # XFAIL broken on purpose
ok 4 fourth
# Totals: pass:2 fail:0 xfail:1 xpass:0 skip:1 error:0
]], { name = "canned" })
  t:assert_eq({ r.ok, r.passed, r.failed, r.skipped, r.xfail, r.errors }, { true, 2, 0, 1, 1, 0 })
  t:assert_eq(t:ktap("TAP version 13\n1..0 # SKIP no such hardware\n").skipped, 1)
  local doc = provium.ktap.parse("TAP version 13\n1..2\nok 1 a\n")
  t:assert_eq(doc.plan, 2)
  t:assert_eq(doc.results[2].status, "error")
  t:assert_eq(doc.results[2].missing, true)
end)

test("canned failing ktap", function(t)
  local r = t:ktap("KTAP version 1\n1..2\nok 1 fine\n# the reason\nnot ok 2 broken # EINVAL\n")
  t:assert_eq(r.ok, false)
end)

test("known failure", function(t)
  t:record{ name = "broken on this kernel", status = "fail", message = "EINVAL" }
end)

test("listed but passing", function(t) end)

local tries = 0
test("flaky", { retries = 2 }, function(t)
  tries = tries + 1
  t:assert(tries >= 2, "the first try fails")
end)

test("always fails", { retries = 1 }, function(t)
  t:fail("every time")
end)
