// The action's inputs are checked before it installs or runs anything: a bad
// value fails the step with one annotation naming the input and the fix.
import assert from "node:assert/strict";
import { test } from "node:test";
import { lines, runAction, workspace } from "../support/action.ts";

test("bad inputs fail the step with one annotation naming the input and the fix", async () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ accel: "fast" }, /^::error::accel must be one of auto, kvm, tcg, got 'fast'$/],
    [{ arch: "riscv64" }, /^::error::arch must be one of x86_64, arm64, got 'riscv64'$/],
    [{ arch: "x86_64, arm64 ,sparc" }, /^::error::arch must be one of x86_64, arm64, got 'sparc'$/],
    [{ shard: "3/2" }, /^::error::shard must be i\/n with 1 ≤ i ≤ n/],
    [{ kernel: "build/bzImage" }, /^::error::kernel .*build\/bzImage does not exist: build it before the run, or fix the path$/],
    [{ "upload-artifacts": "sometimes" }, /^::error::upload-artifacts must be one of always, on-failure, never, got 'sometimes'$/],
    [{ jobs: "-2" }, /^::error::jobs must be a positive number \(test files at once\), got '-2'$/],
    [{ annotate: "maybe" }, /^::error::annotate must be true or false, got 'maybe'$/],
    [{ retries: "2.5" }, /^::error::retries must be a whole number >= 0, got '2.5'$/],
    [{ kunit: "example my'suite" }, /^::error::'my'suite' cannot be a KUnit filter glob \(suite_glob or suite_glob\.case_glob\): it holds a space, a quote or a backslash/],
    [{ kselftest: "build/kst" }, /^::error::kselftest: .*build\/kst is not a directory \(give the INSTALL_PATH of `make -C tools\/testing\/selftests install`\)$/],
    [{ kselftest: "examples", "kselftest-tests": "nope" }, /^::error::kselftest: no collection 'nope' in .*examples; its collections: /],
    [{ kselftest: "examples", kunit: "*" }, /^::error::give either kunit \(the kernel's KUnit suites\) or kselftest \(a kselftest tree\), not both$/],
    [{ "kselftest-tests": "timers" }, /^::error::kselftest-tests selects tests of the kselftest input's tree: give kselftest too$/],
    [{ "known-failures": "known.toml" }, /^::error::known-failures: .*known.toml does not exist: write it before the run, or fix the path$/],
  ];
  for (const [inputs, expected] of cases) {
    const r = await runAction(workspace(), { suite: "examples/tests", ...inputs });
    assert.equal(r.code, 1, JSON.stringify(inputs));
    const errors = lines(r.log, "::error");
    assert.equal(errors.length, 1, `${JSON.stringify(inputs)}: ${errors.join("\n")}`);
    assert.match(errors[0]!, expected);
  }
});
