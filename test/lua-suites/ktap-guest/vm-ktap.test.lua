-- vm:ktap on a real guest: shell scripts that print KTAP like kselftests do.
-- test/guest/ktap.test.ts checks the sub-results they record.
local vm = provium.create()
vm:boot()

local function script(path, body)
  assert(vm:write_file(path, "#!/bin/sh\n" .. body, { mode = 493 }))   -- 0755
end

script("/tmp/good.sh", [[
echo "TAP version 13"
echo "1..3"
echo "# checking the clock"
echo "ok 1 clock_gettime"
echo "ok 2 # SKIP CLOCK_TAI not supported"
echo "  KTAP version 1"
echo "  1..2"
echo "  ok 1 inner_a"
echo "  ok 2 inner_b"
echo "ok 3 nested"
echo "# Totals: pass:2 fail:0 xfail:0 xpass:0 skip:1 error:0"
exit 0
]])

script("/tmp/crash.sh", [[
echo "TAP version 13"
echo "1..4"
echo "ok 1 first"
echo "ok 2 second"
kill -SEGV $$
]])

script("/tmp/skipall.sh", [[
echo "TAP version 13"
echo "1..0 # SKIP needs CAP_SYS_ADMIN"
exit 4
]])

script("/tmp/liar.sh", [[
echo "TAP version 13"
echo "1..1"
echo "ok 1 looks fine"; echo "liar: said ok, meant not ok" >&2
exit 1
]])

test("a passing kselftest-like script", function(t)
  local r = vm:ktap("/tmp/good.sh")
  t:assert_eq({ r.ok, r.passed, r.skipped, r.code }, { true, 4, 1, 0 })
  t:assert_contains(r.stdout, "ok 3 nested")
end)

test("a crash mid-run", function(t)
  local r = vm:ktap({ "/tmp/crash.sh" }, { name = "crashy" })
  t:assert_eq({ r.ok, r.passed, r.errors, r.signal }, { false, 2, 2, 11 })
end)

test("skipped as a whole, and an exit status no result explains", function(t)
  t:assert_eq(vm:ktap("/tmp/skipall.sh").ok, true)
  t:assert_eq(vm:ktap("/tmp/liar.sh").ok, true)   -- the results passed; the group's own verdict fails the test
end)

test("vm:ktap checks its options", function(t)
  t:assert_raises(function() vm:ktap("/tmp/good.sh", { name = 3 }) end, "option 'name' must be a string")
end)

-- Appended: the lines above are asserted by number.
test("a command that prints no KTAP: its stderr says why", function(t)
  t:assert(vm:write_file("/tmp/nothing.sh", "#!/bin/sh\necho 'needs /dev/foo, which is missing' >&2\nexit 1\n", { mode = 493 }))
  local r = vm:ktap("/tmp/nothing.sh")
  t:assert_eq({ r.ok, r.errors, r.stderr }, { false, 1, "needs /dev/foo, which is missing\n" })
end)
