-- Kernel selftests built from the distribution's kernel source, each a test
-- whose KTAP results are sub-results. test/guest/kselftest.test.ts builds
-- them (test/support/kselftests.ts) and sets PROVIUM_KSELFTESTS.
-- Stopgap until vm:push: the binaries come as Lua modules returning their bytes.
local dir = os.getenv("PROVIUM_KSELFTESTS") or error("PROVIUM_KSELFTESTS is not set: run test/guest/kselftest.test.ts, which builds the kselftests")
local suite = dofile(dir .. "/index.lua")

local vm = provium.create(nil, { memory = 512, cpus = 2 })
vm:boot()
vm:mount_vfs()
assert(vm:exec("mkdir -p /opt/ksft").ok)
for _, k in ipairs(suite) do
  assert(vm:write_file("/opt/ksft/" .. k.name, dofile(dir .. "/" .. k.name .. ".lua"), { mode = 493 }))
end

for _, k in ipairs(suite) do
  -- Timing tests can miss a deadline on a loaded host under TCG: one retry tells that from a real failure.
  test(k.dir .. "/" .. k.name, { timeout = k.timeout + 60, retries = 1 }, function(t)
    local r = vm:ktap({ "/opt/ksft/" .. k.name, table.unpack(k.args) }, { timeout = k.timeout })
    t:assert(r.passed + r.failed + r.skipped + r.xfail + r.errors > 0, "no results: " .. r.stdout)
    local totals = provium.ktap.parse(r.stdout).totals
    if totals then   -- the recorded sub-results agree with kselftest's own count
      t:assert_eq({ r.passed, r.failed, r.skipped, r.xfail, r.errors }, { totals.pass, totals.fail, totals.skip, totals.xfail, totals.error })
    end
  end)
end
