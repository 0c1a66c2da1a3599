-- The kernel's own kselftest runner (run_kselftest.sh, as `make install`
-- lays it out) on the distro guest, the installed tree brought in writable.
-- test/guest/kselftest-runner.test.ts builds the tree, then checks each
-- binary's sub-result log against what the binary prints when run by itself
-- (logged here, one JSON line per binary) and that the host's tree is unchanged.
local TREE = assert(os.getenv("KSELFTEST_TREE"), "KSELFTEST_TREE: the installed tree (test/guest/kselftest-runner.test.ts sets it)")
local COLLECTIONS = assert(os.getenv("KSELFTEST_COLLECTIONS"), "KSELFTEST_COLLECTIONS: the collections to run, space-separated")
local KST = "/opt/kst"
local vm = provium.create("distro", { dirs = { [KST] = { path = TREE, writable = true } } })
vm:boot()

--- The tests of a collection, as the runner lists them ("collection:test" lines).
local function tests_of(t, collection)
  local r = vm:exec({ KST .. "/run_kselftest.sh", "--list" })
  t:assert(r.ok, r.stderr)
  local tests = {}
  local pattern = "\n" .. collection:gsub("%p", "%%%0") .. ":([^\n]+)"
  for name in ("\n" .. r.stdout):gmatch(pattern) do tests[#tests + 1] = name end
  t:assert(#tests > 0, "the runner lists no test of " .. collection)
  return tests
end

for collection in COLLECTIONS:gmatch("%S+") do
  test(collection, function(t)
    local r = vm:ktap({ KST .. "/run_kselftest.sh", "-c", collection }, { name = collection, timeout = 300 })
    t:assert_eq({ r.failed, r.errors }, { 0, 0 }, r.stdout)
    for _, name in ipairs(tests_of(t, collection)) do
      -- As the runner runs it: in its own directory, stderr with stdout.
      local own = vm:exec(string.format("cd %s/%s && ./%s 2>&1", KST, collection, name), { timeout = 120 })
      t:log(json.encode({ test = name, output = own.stdout }))
    end
  end)
end

test("kcmp passes, writing its scratch file in its own directory", function(t)
  local r = vm:ktap({ KST .. "/run_kselftest.sh", "-t", "kcmp:kcmp_test" }, { name = "kcmp" })
  t:assert_eq({ r.passed, r.failed, r.skipped, r.errors, r.code }, { 1, 0, 0, 0, 0 }, r.stdout)
  t:assert(vm:exec("test -f " .. KST .. "/kcmp/kcmp-test-file").ok, "kcmp_test made kcmp-test-file beside itself")
end)

-- Last: it takes /dev/stdout away for a moment.
test("without /dev/stdout the runner loses what each binary printed", function(t)
  t:assert(vm:exec("rm /dev/stdout").ok)
  vm:ktap({ KST .. "/run_kselftest.sh", "-t", "kcmp:kcmp_test" }, { name = "kcmp without /dev/stdout" })
  local lost = vm:read_file("/dev/stdout")   -- `>> /dev/stdout` made a regular file of it
  t:assert(vm:exec("rm /dev/stdout && ln -s /proc/self/fd/1 /dev/stdout").ok)
  t:assert_contains(lost, "# TAP version 13\n")
end)
