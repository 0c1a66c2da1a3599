-- Sub-results without a guest: t:subtest, t:record, t:ktap, known failures and retries.
test("subtests", function(t)
  t:subtest("passes", function(st) st:log("inside") end)
  t:subtest("fails", function(st)
    st:assert_eq(1 + 1, 3, "arithmetic")
  end)
  t:subtest("skips", function(st) st:skip("not here") end)
  t:subtest("outer", function(st)
    st:subtest("inner ok", function() end)
    st:subtest("inner bad", function() error("inner broke") end)
  end)
  t:record{ name = "recorded", status = "pass", duration = 0.5, output = "line 1\nline 2" }
  t:record{ name = "recorded xfail", status = "xfail", message = "known to fail" }
end)

test("canned ktap", function(t)
  local r = t:ktap([[
KTAP version 1
1..3
# about to fail
not ok 1 first # something broke
ok 2 second # SKIP no hardware
ok 3 third
# Totals: pass:1 fail:1 xfail:0 xpass:0 skip:1 error:0
]], { name = "canned" })
  t:log(r.passed, r.failed, r.skipped, tostring(r.ok))
end)

test("known failure", function(t)
  t:record{ name = "broken on this kernel", status = "fail", message = "EINVAL" }
end)

local tries = 0
test("flaky", { retries = 2 }, function(t)
  tries = tries + 1
  t:assert(tries >= 2, "first try fails")
end)
