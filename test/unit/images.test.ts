// Directory images (the key, the cache and its cap, the size) and the checks
// around them: guest paths, a bzImage's release, a modules tree against its kernel.
import assert from "node:assert/strict";
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { execa } from "execa";
import { directoryImage, imagesDir, imagesPolicy, imageSizeBytes, markImagesUsed, summarizeTree } from "../../src/host/images.ts";
import { setWarningSink } from "../../src/util/log.ts";
import { findSbin } from "../../src/util/executables.ts";
import { checkGuestPath, mountsConfig } from "../../src/vm/guest-mounts.ts";
import { modulesTree } from "../../src/vm/kernel-modules.ts";
import { kernelRelease } from "../../src/vm/kernel-image.ts";
import { tempDir } from "../support/temp.ts";

function tree(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, "sub/empty"), { recursive: true });
  writeFileSync(path.join(dir, "sub/file"), "x".repeat(5000));
  writeFileSync(path.join(dir, "top"), "top\n");
  symlinkSync("sub/file", path.join(dir, "link"));
  return dir;
}

test("the key changes with any entry's content size, mode, mtime or link target, and only then", () => {
  const dir = tree();
  const key = () => summarizeTree(dir).key;
  const first = key();
  assert.equal(key(), first, "the same tree, the same key");
  const changes: [string, () => void][] = [
    ["size", () => writeFileSync(path.join(dir, "top"), "longer\n")],
    ["mode", () => chmodSync(path.join(dir, "top"), 0o600)],
    ["mtime", () => utimesSync(path.join(dir, "sub/file"), 1, 1)],
    ["new empty directory", () => mkdirSync(path.join(dir, "sub/empty/more"))],
  ];
  const seen = new Set([first]);
  for (const [what, change] of changes) {
    change();
    const next = key();
    assert.ok(!seen.has(next), `a change of ${what} gives a new key`);
    seen.add(next);
  }
});

test("an image holds the tree (no lost+found of its own), is reused, and no temp file is left", async () => {
  await withHome({}, async () => {
    const dir = tree();
    const image = await directoryImage(dir);
    assert.equal(await directoryImage(dir), image, "asked again in the run: the same image");
    assert.deepEqual(readdirSync(path.dirname(image)), [path.basename(image)]);
    const debugfs = findSbin("debugfs")!;
    const ls = await execa(debugfs, ["-R", "ls -p /", image]);
    const names = ls.stdout.split("\n").map((line) => line.split("/")[5]).filter((n) => n && n !== "." && n !== "..");
    assert.deepEqual(names.sort(), ["link", "sub", "top"]);
    const cat = await execa(debugfs, ["-R", "cat /sub/file", image]);
    assert.equal(cat.stdout, "x".repeat(5000));
  });
});

/** Runs body with a fresh PROVIUM_HOME (and the other variables given) set. */
async function withHome(env: Record<string, string>, body: () => Promise<void>): Promise<void> {
  const saved = { ...process.env };
  Object.assign(process.env, { PROVIUM_HOME: tempDir(), ...env });
  try {
    await body();
  } finally {
    for (const name of ["PROVIUM_HOME", ...Object.keys(env)]) if (saved[name] === undefined) delete process.env[name];
    Object.assign(process.env, saved);
  }
}

const MIB = 2 ** 20;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** A cache entry of `mib` MiB on disk, last used `minutes` ago. */
function entry(name: string, mib: number, minutes: number): void {
  const file = path.join(imagesDir(), name);
  writeFileSync(file, Buffer.alloc(mib * MIB, 1));
  utimesSync(file, minutesAgo(minutes), minutesAgo(minutes));
}

test("the cache is pruned to its cap after a new image, oldest first, never one used in the last hour nor the new one", async () => {
  await withHome({ PROVIUM_IMAGES_MIB: "3" }, async () => {
    mkdirSync(imagesDir(), { recursive: true });
    entry("old-5h.ext4", 1, 300);
    entry("old-4h.ext4", 1, 240);
    entry("old-3h.ext4", 1, 180);
    entry("recent.ext4", 1, 10); // another run may have a VM on it
    entry("crashed.ext4.123.abc.tmp", 1, 120);
    entry("building.ext4.456.def.tmp", 1, 0);
    const first = await directoryImage(tree());
    assert.ok(statSync(first).blocks * 512 < MIB, "(the test's premise: a small tree's image takes under 1 MiB)");
    // 4 MiB + the new image > 3 MiB: the oldest goes; then 3 MiB + the new one still > 3 MiB: the next oldest too.
    const survivors = ["building.ext4.456.def.tmp", "old-3h.ext4", "recent.ext4", path.basename(first)].sort();
    assert.deepEqual(readdirSync(imagesDir()).sort(), survivors);

    process.env.PROVIUM_IMAGES_MIB = "0"; // over the cap whatever remains: only what was used within the hour is left
    const second = await directoryImage(tree());
    assert.deepEqual(readdirSync(imagesDir()).sort(), ["building.ext4.456.def.tmp", "recent.ext4", path.basename(first), path.basename(second)].sort());
  });
});

test("each use marks the image again; one removed meanwhile (another run's prune) is made again", async () => {
  await withHome({}, async () => {
    const dir = tree();
    const image = await directoryImage(dir);
    utimesSync(image, minutesAgo(120), minutesAgo(120));
    assert.equal(await directoryImage(dir), image);
    assert.ok(Date.now() - statSync(image).mtimeMs < 60_000, "reused: marked now");
    rmSync(image);
    assert.equal(await directoryImage(dir), image);
    assert.ok(existsSync(image), "made again");
  });
});

test("a VM's launch marks the cache's images and leaves the user's own image files alone", async () => {
  await withHome({}, async () => {
    const image = await directoryImage(tree());
    const own = path.join(tempDir(), "root.ext4");
    writeFileSync(own, "");
    for (const file of [image, own]) utimesSync(file, minutesAgo(120), minutesAgo(120));
    await markImagesUsed([image, own]);
    assert.ok(Date.now() - statSync(image).mtimeMs < 60_000, "the cache's image is marked");
    assert.ok(Date.now() - statSync(own).mtimeMs > 60 * 60_000, "the user's file keeps its mtime");
    rmSync(image);
    await assert.rejects(markImagesUsed([image]), /was removed from the cache \(PROVIUM_IMAGES_MIB caps it\)/);
  });
});

test("the cap: 4 GiB unless PROVIUM_IMAGES_MIB says otherwise; a bad value is a warning", () => {
  const warnings: string[] = [];
  setWarningSink((message) => warnings.push(message));
  assert.equal(imagesPolicy({}).maxBytes, 4096 * MIB);
  assert.equal(imagesPolicy({ PROVIUM_IMAGES_MIB: "500" }).maxBytes, 500 * MIB);
  assert.equal(imagesPolicy({ PROVIUM_IMAGES_MIB: "2G" }).maxBytes, 4096 * MIB);
  assert.deepEqual(warnings, ["PROVIUM_IMAGES_MIB must be a whole number of MiB, got '2G': using 4096"]);
});

test("images are sized from the tree: a 100 MiB tree needs ~110 MiB, an empty one a few", () => {
  const mib = (bytes: number) => bytes / 2 ** 20;
  assert.ok(mib(imageSizeBytes({ blocks: 25600, entries: 100 })) > 100);
  assert.ok(mib(imageSizeBytes({ blocks: 25600, entries: 100 })) < 120);
  assert.ok(mib(imageSizeBytes({ blocks: 1, entries: 1 })) < 8);
});

test("dirs keys: absolute guest paths only, never /", () => {
  assert.equal(checkGuestPath("/opt/x/", "w"), "/opt/x");
  assert.equal(checkGuestPath("/opt//x/../y", "w"), "/opt/y");
  assert.throws(() => checkGuestPath("opt/x", "w"), /w: the guest path 'opt\/x' is not absolute \(write it as \/opt\/x\)/);
  assert.throws(() => checkGuestPath("/", "w"), /cannot mount a directory over the guest's \//);
  assert.throws(() => checkGuestPath("/a\tb", "w"), /tab, newline or NUL/);
  assert.equal(mountsConfig([{ target: "/opt/x", image: "/i", fstype: "ext4" }]), "provium-dir0\t/opt/x\text4\n");
});

/** The first 0x300 bytes of a bzImage: the setup header's magic and its version string. */
function fakeBzImage(version: string | undefined): string {
  const head = Buffer.alloc(0x400);
  head.write("HdrS", 0x202, "latin1");
  if (version !== undefined) {
    head.writeUInt16LE(0x100, 0x20e);
    head.write(`${version} (builder@host) #1 SMP\0`, 0x300, "latin1");
  }
  const file = path.join(tempDir(), "bzImage");
  writeFileSync(file, head);
  return file;
}

test("a bzImage's release comes from its setup header", () => {
  assert.equal(kernelRelease(fakeBzImage("6.9.0-rc1+")), "6.9.0-rc1+");
  const notKernel = path.join(tempDir(), "x");
  writeFileSync(notKernel, "not a kernel");
  assert.equal(kernelRelease(notKernel), undefined);
});

test("a modules tree must hold the kernel's release and a modules.dep", () => {
  const root = tempDir();
  const kernel = fakeBzImage("6.9.0");
  assert.throws(() => modulesTree(root, "6.9.0", kernel, "--modules"), /--modules: .* has no lib\/modules\/<release> inside/);
  mkdirSync(path.join(root, "lib/modules/6.8.0"), { recursive: true });
  assert.throws(() => modulesTree(root, "6.9.0", kernel, "--modules"), /holds modules for '6.8.0', but the guest kernel .* is '6.9.0'/);
  mkdirSync(path.join(root, "lib/modules/6.9.0"));
  assert.throws(() => modulesTree(root, "6.9.0", kernel, "--modules"), /no modules.dep .* run `depmod -b .* 6.9.0`/);
  writeFileSync(path.join(root, "lib/modules/6.9.0/modules.dep"), "");
  assert.deepEqual(modulesTree(root, "6.9.0", kernel, "--modules"), { dir: path.join(root, "lib/modules/6.9.0"), release: "6.9.0", target: "/lib/modules/6.9.0" });
  assert.throws(() => modulesTree(path.join(root, "top"), "6.9.0", kernel, "--modules"), /does not exist/);
});
