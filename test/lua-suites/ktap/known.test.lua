-- Known failures decided as sub-results are recorded: test/unit/subtests.test.ts
-- runs it with a list naming some of them.
test("rolls up", function(t)
  t:record{ name = "expected", status = "fail", message = "a bug on the list" }
  t:record{ name = "unexpected", status = "fail", message = "a new bug" }
end)

test("path", function(t)
  t:record{ name = "x › y", status = "fail", message = "its test's entry covers it" }
end)

-- The list changes what is reported, not what the test is told.
test("answers", function(t)
  local r = t:ktap("KTAP version 1\n1..2\nok 1 fine\nnot ok 2 listed # EINVAL\n")
  t:assert_eq({ r.ok, r.passed, r.failed, r.xfail }, { false, 1, 1, 0 })
  t:assert_eq(t:subtest("listed subtest", function(st) st:fail("as expected") end), false)
end)
