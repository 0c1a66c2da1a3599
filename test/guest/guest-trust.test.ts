// What a real guest sends cannot write outside the results directory: the
// example of issue 25 run as a user would (provium run), on the built-in guest.
// The guest plants a link to a host directory in its first pull and fills a
// directory of that name for the second; the second pull must fail with a
// clear error, the next test must run, and the host directory stay empty.
import assert from "node:assert/strict";
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { cli } from "../support/cli.ts";
import { tempDir } from "../support/temp.ts";

test("the issue's example fails with a clear error, the run goes on, and nothing is written where the guest's link points", async () => {
  const base = tempDir();
  const outside = path.join(base, "outside"); // stands for the host's /tmp or /etc: the same path exists in the guest
  const suite = path.join(base, "suite");
  const results = path.join(base, "results");
  mkdirSync(outside);
  mkdirSync(suite);
  writeFileSync(
    path.join(suite, "escape.test.lua"),
    `local vm = provium.create()
vm:boot()
test("a guest plants a link, then a directory of its name", function(t)
  vm:exec("mkdir -p /tmp/d ${outside} && ln -sfn ${outside} /tmp/d/link")
  vm:pull("/tmp/d", "d")
  vm:exec("rm /tmp/d/link && mkdir /tmp/d/link && echo pwned > /tmp/d/link/escape")
  vm:pull("/tmp/d", "d")
end)
test("the next test runs", function(t)
  t:assert_eq(vm:exec("echo on").stdout, "on\\n")
end)
`,
  );
  const r = await cli(["run", suite, "--artifacts", results, "-j", "1"]);
  assert.equal(r.exitCode, 1, r.all);
  assert.match(r.all, new RegExp(`vm:pull of /tmp/d from VM 'minimal-\\d+': ${results}/d/link is a symlink to ${outside}, where the guest has the directory /tmp/d/link: vm:pull never writes through a link`));
  assert.match(r.all, /1 passed, 1 failed/);
  assert.deepEqual(readdirSync(outside), [], "nothing was written where the link points");
  assert.equal(readlinkSync(path.join(results, "d", "link")), outside, "the first pull's link is there, as a link");
  assert.equal(lstatSync(path.join(results, "d")).isDirectory(), true);
  assert.equal(existsSync(path.join(results, "d", "link", "escape")), false);
  assert.deepEqual(readdirSync(path.join(results, "d")), ["link"], "nothing of the refused pull (no staging directory) is left");
});
