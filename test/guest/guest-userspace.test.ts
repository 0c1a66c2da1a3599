// What programs expect of a booted Linux, in the minimal and distro guests and
// in a VM resumed from a fixture (test/lua-suites/guest-environment): output
// through /dev/stdout and /dev/stderr, the /dev links and API filesystems, a
// root login's environment, writable scratch places, a hostname and lo up.
// Then the whole of it: each guest's inventory (scripts/guest-inventory.sh)
// differs from a systemd boot of Debian's (test/data/systemd-inventory.txt)
// only as test/support/guest-inventory.ts accepts, and each accepted
// difference is still seen in some guest.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { before, test } from "node:test";
import { cli } from "../support/cli.ts";
import { ACCEPTED, explain, GUESTS, inventoryLines, type Accepted } from "../support/guest-inventory.ts";
import { tempDir } from "../support/temp.ts";

const results = tempDir();
let run: Awaited<ReturnType<typeof cli>>;
before(async () => {
  run = await cli(["run", "test/lua-suites/guest-environment", "--artifacts", results]);
});

test("/dev/stdout and the rest of a booted system's userspace, in every kind of guest", () => {
  assert.equal(run.exitCode, 0, run.all);
  assert.match(run.all!, /^3 passed, 0 failed, 0 skipped$/m);
});

test("minimal, distro and a resumed fixture give programs what a systemd boot does, but for the accepted differences", () => {
  const reference = inventoryLines(readFileSync("test/data/systemd-inventory.txt", "utf8"));
  const used = new Set<Accepted>();
  const unexplained: string[] = [];
  for (const guest of GUESTS) {
    const actual = inventoryLines(readFileSync(path.join(results, "inventory", `${guest}.txt`), "utf8"));
    assert.ok(actual.size > 500, `${guest}: an inventory of ${actual.size} lines is not whole`);
    const found = explain(reference, actual, guest);
    found.used.forEach((rule) => used.add(rule));
    unexplained.push(...found.unexplained.map((d) => `${guest}: ${d.side === "missing" ? "lacks" : "has, unlike systemd,"} ${d.line}`));
  }
  assert.deepEqual(unexplained, [], "differences from a systemd boot that test/support/guest-inventory.ts does not accept");
  const stale = ACCEPTED.filter((rule) => !used.has(rule)).map((rule) => `${rule.line} (${rule.why})`);
  assert.deepEqual(stale, [], "accepted differences no guest shows any more: remove them");
});
