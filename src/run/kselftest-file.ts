// The test file of one kselftest collection (`provium kselftest`): a guest
// with the tree at /opt/kselftest (writable: tests write beside themselves,
// the host's tree never changes) runs each test program as
// kselftest/runner.sh's run_one does — in its directory, stderr with stdout,
// `./name $KSELFTEST_<NAME>_ARGS`, the collection's timeout — and writes what
// run_kselftest.sh would print: the program's output prefixed with '# ', then
// 'ok', 'ok … # SKIP' (exit 4), 'not ok … # TIMEOUT N seconds' or
// 'not ok … # exit=N'. That text is read as the runner's output is
// (t:ktap with prefixed): each program a sub-result of the test named after
// the collection, its own KTAP its sub-results.
import type { GeneratedSuite } from "./generated-suite.ts";
import type { KselftestCollection } from "./kselftest-tree.ts";

/** What a program may print before the rest is cut (with a line saying so): half of what vm:exec can bring back. */
const MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

/** Where the tree appears in the guest. */
export const KSELFTEST_GUEST_DIR = "/opt/kselftest";

/** The plan as a Lua long string: a level of '=' that the JSON does not contain closes it. */
function longString(text: string): string {
  let level = "";
  while (text.includes(`]${level}]`)) level += "=";
  return `[${level}[${text}]${level}]`;
}

/** The kselftest runner in Lua; `plan` is the collection's. */
const RUNNER = String.raw`
test(plan.collection, { timeout = plan.no_limit }, function(t)
  local vm = provium.create(nil, { dirs = { [plan.guest_dir] = { path = plan.tree, writable = true } } })
  vm:boot()
  local timeout = plan.timeout * (vm:accel() == "tcg" and plan.tcg_factor or 1)
  local shown = timeout == math.floor(timeout) and string.format("%d", timeout) or tostring(timeout)
  local out = { "TAP version 13", "1.." .. #plan.tests }
  local function say(line) out[#out + 1] = line end
  local current = 0
  local ran, err = pcall(function() for i, test in ipairs(plan.tests) do
    current = i
    local header = "selftests: " .. plan.collection .. ": " .. test.name
    say("# " .. header)
    for _, warning in ipairs(test.warnings) do say("# " .. warning) end
    if test.command == nil then
      say("not ok " .. i .. " " .. test.name .. (test.cannot_run ~= "" and " # " .. test.cannot_run or ""))
    else
      local r = vm:exec("exec " .. test.command .. " 2>&1", { cwd = test.cwd, env = plan.env, timeout = timeout, max_output = plan.max_output })
      -- First, so that a log cut short by its own size limit still says it.
      if r.truncated then say("# [provium: what it printed past " .. plan.max_output .. " bytes is not kept]") end
      local printed = r.stdout:gsub("\n$", "")
      if printed ~= "" then
        for line in (printed .. "\n"):gmatch("([^\n]*)\n") do say("# " .. line) end
      end
      if r.timed_out then
        say("#")
        say("not ok " .. i .. " " .. test.name .. " # TIMEOUT " .. shown .. " seconds")
      elseif r.code == 0 then
        say("ok " .. i .. " " .. test.name)
      elseif r.code == plan.skip_code then
        say("ok " .. i .. " " .. test.name .. " # SKIP")
      else
        -- Killed by a signal: the shell's status for it, as the runner sees it.
        say("not ok " .. i .. " " .. test.name .. " # exit=" .. (r.code or 128 + (r.signal or 0)))
      end
    end
  end end)
  if not ran then
    -- What ran stays reported when the guest fails mid-collection; the running program and those after it are errors saying so.
    local why = tostring(err):match("^[^\n]*")
    local running = plan.tests[current].name
    say("not ok " .. current .. " " .. running .. " # error: the guest failed while it ran: " .. why)
    for j = current + 1, #plan.tests do
      say("# selftests: " .. plan.collection .. ": " .. plan.tests[j].name)
      say("not ok " .. j .. " " .. plan.tests[j].name .. " # error: not run: the guest failed while " .. running .. " ran")
    end
  end
  t:ktap(table.concat(out, "\n") .. "\n", { prefixed = true })
  if not ran then error(err, 0) end
  vm:shutdown()
end)
`;

/** noLimitS: the test's own time limit (none, in effect: each program has its timeout). */
export function kselftestTestFile(shown: string, suite: Extract<GeneratedSuite, { kind: "kselftest" }>, collection: KselftestCollection, noLimitS: number): string {
  const dirOf = (name: string) => `${KSELFTEST_GUEST_DIR}/${collection.name}${name.includes("/") ? `/${name.slice(0, name.lastIndexOf("/"))}` : ""}`;
  const plan = {
    collection: collection.name,
    tree: suite.tree.dir,
    guest_dir: KSELFTEST_GUEST_DIR,
    timeout: suite.timeoutS ?? collection.timeoutS,
    tcg_factor: suite.tcgFactor,
    no_limit: noLimitS,
    skip_code: 4,
    max_output: MAX_OUTPUT_BYTES,
    env: suite.env,
    tests: collection.tests.map((test) => ({ name: test.name, cwd: dirOf(test.name), command: test.command, warnings: test.warnings, cannot_run: test.cannotRun })),
  };
  return [`-- ${shown}: written by Provium (src/run/kselftest-file.ts)`, `local plan = json.decode(${longString(JSON.stringify(plan))})`, RUNNER].join("\n");
}
