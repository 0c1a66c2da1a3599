-- Kernel selftests as Provium tests: the binaries build.sh made on the host
-- appear in the guest through `dirs` (read-only, no copy per VM), each binary
-- is a test and each of its KTAP results a sub-result of its own in every
-- report. Run it with:
--   examples/kselftest/build.sh <kernel>/tools/testing/selftests build/kselftest
--   KSELFTEST_DIR=build/kselftest npx provium run examples/kselftest
-- or, without this file, each directory a collection:
--   KSELFTEST_INCONSISTENCY_CHECK_ARGS="-t 1" npx provium kselftest build/kselftest --suite examples/kselftest
local dir = os.getenv("KSELFTEST_DIR") or "build/kselftest"

-- How each selftest is run under TCG (default: no arguments, 60 s).
local options = {
  ["timers/nanosleep"] = { timeout = 120 },
  ["timers/inconsistency-check"] = { args = { "-t", "1" }, timeout = 120 },   -- one second per clock, not thirty
}

local vm = provium.create("minimal", { memory = 512, cpus = 2, dirs = { ["/opt/kselftest"] = dir } })
vm:boot()
vm:mount_vfs()
local found = vm:exec("cd /opt/kselftest && find . -type f | sort")
assert(found.ok and found.stdout ~= "", "no selftests in " .. dir .. ": run examples/kselftest/build.sh first")

for path in found.stdout:gmatch("%./([^\n]+)") do
  local o = options[path] or {}
  local timeout = o.timeout or 60
  -- Timing tests can miss a deadline on a loaded host under TCG: one retry tells that from a real failure.
  test(path, { timeout = timeout + 60, retries = 1 }, function(t)
    local r = vm:ktap({ "/opt/kselftest/" .. path, table.unpack(o.args or {}) }, { timeout = timeout })
    t:assert(r.passed + r.failed + r.skipped + r.xfail + r.errors > 0, "no results: " .. r.stdout)
    local totals = provium.ktap.parse(r.stdout).totals
    if totals then   -- what was recorded agrees with kselftest's own count
      t:assert_eq({ r.passed, r.failed, r.skipped, r.xfail, r.errors }, { totals.pass, totals.fail, totals.skip, totals.xfail, totals.error })
    end
  end)
end
