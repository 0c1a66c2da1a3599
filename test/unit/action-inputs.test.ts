// The action's inputs are checked before it installs or runs anything: a bad
// value fails the step with one annotation naming the input and the fix.
import assert from "node:assert/strict";
import { test } from "node:test";
import { lines, runAction, workspace } from "../support/action.ts";

test("bad inputs fail the step with one annotation naming the input and the fix", async () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ accel: "fast" }, /^::error::input 'accel': 'fast' is not one of auto, kvm, tcg$/],
    [{ shard: "3/2" }, /^::error::input 'shard': '3\/2' is not i\/n with 1 ≤ i ≤ n/],
    [{ kernel: "build/bzImage" }, /^::error::input 'kernel': .*build\/bzImage does not exist: build the kernel in an earlier step/],
    [{ "upload-artifacts": "sometimes" }, /^::error::input 'upload-artifacts': 'sometimes' is not one of always, on-failure, never$/],
    [{ jobs: "-2" }, /^::error::input 'jobs': '-2' is not a positive number$/],
    [{ annotate: "maybe" }, /^::error::input 'annotate': 'maybe' is not true or false$/],
  ];
  for (const [inputs, expected] of cases) {
    const r = await runAction(workspace(), { suite: "examples/tests", ...inputs });
    assert.equal(r.code, 1, JSON.stringify(inputs));
    const errors = lines(r.log, "::error");
    assert.equal(errors.length, 1, `${JSON.stringify(inputs)}: ${errors.join("\n")}`);
    assert.match(errors[0]!, expected);
  }
});
