// The guest inventory without a guest: scripts/guest-inventory.sh gives the
// same lines under busybox (its sh and applets, as in the minimal guest) as
// under bash with this machine's tools, and the comparison with the systemd
// reference catches what a guest lacks or adds unless it is accepted for
// that guest.
import assert from "node:assert/strict";
import { existsSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { execa } from "execa";
import { explain, inventoryLines } from "../support/guest-inventory.ts";
import { tempDir } from "../support/temp.ts";

const SCRIPT = "scripts/guest-inventory.sh";
const REFERENCE = inventoryLines(readFileSync("test/data/systemd-inventory.txt", "utf8"));

test("the systemd reference is an inventory, with how it was made", () => {
  const text = readFileSync("test/data/systemd-inventory.txt", "utf8");
  assert.match(text, /^# .*\n# output, made by scripts\/systemd-reference\/run\.sh on \d{4}-\d\d-\d\d/);
  assert.match(text, /^# systemd: systemd \d+/m);
  for (const line of ["dev stdout link /proc/self/fd/1", "mount /dev/pts devpts rw,nosuid,noexec", "process systemd", "env PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"])
    assert.ok(REFERENCE.has(line), line);
});

test("a guest without /dev/stdout, or with a line of its own, fails the comparison; an accepted difference passes", () => {
  const same = new Set(REFERENCE);
  assert.deepEqual(explain(REFERENCE, same, "distro").unexplained, []);

  const withoutStdout = new Set([...REFERENCE].filter((line) => !line.startsWith("dev stdout ")));
  assert.deepEqual(explain(REFERENCE, withoutStdout, "minimal").unexplained, [{ side: "missing", line: "dev stdout link /proc/self/fd/1" }]);

  const extra = new Set([...REFERENCE, "mount /mnt/leftover tmpfs rw"]);
  assert.deepEqual(explain(REFERENCE, extra, "distro").unexplained, [{ side: "extra", line: "mount /mnt/leftover tmpfs rw" }]);

  // accepted for the busybox guests only
  const sigquit = new Set([...[...REFERENCE].filter((line) => !line.startsWith("status SigIgn ")), "status SigIgn 0000000000000004"]);
  const accepted = explain(REFERENCE, sigquit, "minimal");
  assert.deepEqual(accepted.unexplained, []);
  assert.deepEqual([...accepted.used].map((rule) => String(rule.line)), [String(/^status SigIgn 000000000000000[04]$/)], "only the rule that explains it is used");
  assert.equal(explain(REFERENCE, sigquit, "distro").unexplained.length, 2);

  // a device's mode may differ (udev's rules), its absence may not
  const mode = new Set([...[...REFERENCE].filter((line) => line !== "devmode null 666 root:root"), "devmode null 600 root:root"]);
  assert.deepEqual(explain(REFERENCE, mode, "distro").unexplained, []);
  const noNull = new Set([...REFERENCE].filter((line) => !/^dev(mode)? null /.test(line)));
  assert.deepEqual(
    explain(REFERENCE, noNull, "distro").unexplained.map((d) => d.line),
    ["dev null c 1:3", "devmode null 666 root:root"],
  );
});

/** Sections whose lines do not depend on the shell, PATH or what else runs on this machine. */
const STABLE = /^(dev|devmode|mount|etc|passwd|group|hosts|nsswitch|place|file|limit|umask|id|hostname|cgroup|net|addr|route|time|status (Cap|NoNewPrivs|Seccomp|Cpus|nice|oom))/;

async function inventory(shell: string, args: string[], env: Record<string, string>) {
  const r = await execa(shell, [...args, SCRIPT], { env, extendEnv: false, reject: false });
  assert.equal(r.exitCode, 0, r.stderr);
  assert.equal(r.stderr, "", `${shell}: the inventory printed errors`);
  const lines = r.stdout.split("\n");
  assert.deepEqual(lines, [...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), `${shell}: sorted as LC_ALL=C sort does`);
  return lines.filter((line) => STABLE.test(line));
}

test("the inventory script gives the same lines under busybox and under bash", async () => {
  assert.ok(existsSync("/bin/busybox"), "needs /bin/busybox (busybox-static; npm run setup installs it)");
  const applets = tempDir();
  const list = (await execa("/bin/busybox", ["--list"])).stdout.split("\n").filter(Boolean);
  for (const applet of list) symlinkSync("/bin/busybox", path.join(applets, applet));
  const home = process.env.HOME ?? "/root";
  const viaBusybox = await inventory("/bin/busybox", ["sh"], { PATH: applets, HOME: home });
  const viaBash = await inventory("bash", [], { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", HOME: home });
  assert.ok(viaBash.length > 50, `only ${viaBash.length} lines`);
  assert.deepEqual(viaBusybox, viaBash);
});
