// Host directories and kernel modules on real guests: the dirs suite (several
// VMs, fixture resumes, bad input), and `provium run --modules` with a
// modules tree made here from the built-in guest's, and its errors.
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { execa } from "execa";
import { imagesDir } from "../../src/host/images.ts";
import { resolveProfile } from "../../src/vm/profile.ts";
import { minimalCopySuite } from "../support/minimal-copy.ts";
import { processesMentioning } from "../support/processes.ts";
import { treeDigest } from "../support/tree-digest.ts";
import { tempDir } from "../support/temp.ts";

const cli = (args: string[], env: Record<string, string> = {}) =>
  execa("node", ["--import", "tsx", "src/cli/main.ts", ...args], { reject: false, all: true, env });

test("dirs: several VMs and resumed fixtures see the directory, write to writable ones, never to the host; bad input is refused", async () => {
  const runsDir = tempDir();
  const tree = "test/lua-suites/dirs/tree";
  const before = treeDigest(tree);
  const r = await cli(["run", "test/lua-suites/dirs"], { PROVIUM_RUNS_DIR: runsDir });
  assert.equal(r.exitCode, 0, r.all);
  assert.match(r.all!, /^9 passed, 0 failed, 0 skipped$/m);
  assert.equal(treeDigest(tree), before, "the host's tree is as it was: names, types, modes and contents");
  assert.deepEqual(readdirSync(runsDir), [], "the run directory is removed");
  assert.deepEqual(processesMentioning(runsDir), [], "no QEMU is left");
  assert.deepEqual(readdirSync(imagesDir()).filter((name) => name.endsWith(".tmp")), [], "no half-made image is left");
});

test("a writable directory on a kernel without overlayfs fails the boot, naming CONFIG_OVERLAY_FS", async () => {
  const dir = minimalCopySuite({
    "overlay.test.lua": `
      local vm = provium.create("copy", { dirs = { ["/opt/w"] = { path = "tree", writable = true } } })
      local ok, err = pcall(vm.boot, vm)
      assert(not ok, "the boot fails")
      assert(tostring(err):find("cannot mount the writable directory /opt/w: the guest kernel has no overlay filesystem %(it needs CONFIG_OVERLAY_FS"), tostring(err))
    `,
  });
  mkdirSync(path.join(dir, "tree"), { recursive: true });
  writeFileSync(path.join(dir, "tree/file"), "x\n");
  const r = await cli(["run", dir]);
  assert.equal(r.exitCode, 0, r.all);
});

describe("--modules", () => {
  const minimal = resolveProfile("minimal");
  const release = minimal.modules!.release;
  /** A copy of the built-in guest's modules under a new INSTALL_MOD_PATH, with a marker, depmod'ed. */
  const makeTree = async (): Promise<string> => {
    const root = tempDir();
    cpSync(minimal.modules!.dir, path.join(root, "lib/modules", release), { recursive: true });
    writeFileSync(path.join(root, "lib/modules", release, "from-the-test"), "yes\n");
    await execa("depmod", ["-b", root, release], { env: { PATH: `${process.env.PATH}:/usr/sbin:/sbin` } });
    return root;
  };
  const suite = (body: string) => {
    const dir = tempDir({ "modules.test.lua": body });
    return dir;
  };

  test("the guest sees the tree at /lib/modules/<release> and modprobe loads from it", async () => {
    const tree = await makeTree();
    const dir = suite(`
      local vm = provium.create()
      vm:boot()
      assert(vm:read_file("/lib/modules/${release}/from-the-test") == "yes\\n")
      local r = vm:exec("modprobe overlay && grep -w overlay /proc/filesystems")
      assert(r.ok, r.stderr)
      vm:shutdown()
    `);
    const r = await cli(["run", dir, "--modules", tree]);
    assert.equal(r.exitCode, 0, r.all);
  });

  test("a tree of another release, or none, is a usage error naming both releases", async () => {
    const tree = await makeTree();
    renameSync(path.join(tree, "lib/modules", release), path.join(tree, "lib/modules/9.9.9-other"));
    const dir = suite("assert(true)");
    const mismatch = await cli(["run", dir, "--modules", tree]);
    assert.equal(mismatch.exitCode, 2, mismatch.all);
    assert.match(mismatch.all!, new RegExp(`--modules: .* holds modules for '9.9.9-other', but the guest kernel .* is '${release}'`));
    const empty = tempDir();
    const none = await cli(["run", dir, "--modules", empty]);
    assert.equal(none.exitCode, 2, none.all);
    assert.match(none.all!, /--modules: .* has no lib\/modules\/<release> inside: give the directory `make modules_install INSTALL_MOD_PATH=DIR` wrote into/);
    const missing = await cli(["run", dir, "--modules", path.join(empty, "nope")]);
    assert.equal(missing.exitCode, 2, missing.all);
    assert.match(missing.all!, /modules: .*nope does not exist/);
  });
});
