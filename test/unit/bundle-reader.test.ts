// A kept-VM bundle from elsewhere is untrusted input: the reader refuses
// members that are links, devices, FIFOs, foreign or repeated names, and
// manifests whose fields would reach a path, a command line or QEMU, before
// tar writes anything or QEMU starts; a carried file cannot unpack without
// bound. The bundles here are made by hand with tar, as an attacker would.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, linkSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { test } from "node:test";
import { PROTOCOL_VERSION } from "../../src/agent/protocol.ts";
import { checkManifest } from "../../src/vm/bundle-check.ts";
import { BUNDLE_FORMAT, BundleError, openBundle, unpackBounded } from "../../src/vm/bundle.ts";
import { tempDir } from "../support/temp.ts";

const MANIFEST = "provium-bundle.json";
const kernel = gzipSync(Buffer.from("not really a kernel"));

function manifest(overrides: Record<string, unknown> = {}, members: Record<string, Buffer> = {}): Record<string, unknown> {
  const sizes = Object.fromEntries(Object.entries(members).map(([name, data]) => [name, data.length]));
  const sums = Object.fromEntries(Object.entries(members).map(([name, data]) => [name, createHash("sha256").update(data).digest("hex")]));
  return {
    format: BUNDLE_FORMAT,
    provium: "0.1.0",
    protocol: PROTOCOL_VERSION,
    qemu: "7.2.0",
    created: "2026-01-01T00:00:00.000Z",
    test: { file: "t.test.lua", name: "kept" },
    vm: "minimal-1",
    compression: "gzip",
    launch: { accel: "tcg", kernel: "/writer/kernel", cmdline: "console=ttyS0", memoryMiB: 256, cpus: 1, machine: "pc-i440fx-7.2", disks: [{ sizeMiB: 1 }], mounts: [] },
    profile: { name: "minimal", kernel: "/writer/kernel", initrds: ["/writer/initrd"], cmdline: "console=ttyS0", memoryMiB: 256, cpus: 1 },
    members: sizes,
    sha256: sums,
    ...overrides,
  };
}

const honestMembers = () => ({ state: Buffer.from("QEVM state"), "disk-0.raw": Buffer.alloc(4096), "kernel.gz": kernel });

/** A bundle in a fresh directory: the manifest first, then the members (a function may plant other kinds of file). */
function bundle(files: Record<string, Buffer | ((at: string) => void)>, about: Record<string, unknown> = manifest({}, honestMembers()), extraTarArgs: string[] = []) {
  const base = tempDir();
  const work = path.join(base, "work");
  const outside = path.join(base, "outside");
  mkdirSync(work);
  mkdirSync(outside);
  writeFileSync(path.join(work, MANIFEST), JSON.stringify(about));
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === "function") content(path.join(work, name));
    else writeFileSync(path.join(work, name), content);
  }
  const file = path.join(base, "kept.bundle");
  execFileSync("tar", ["-cf", file, "-C", work, ...extraTarArgs, MANIFEST, ...Object.keys(files)]);
  return { file, base, outside, unpackTo: path.join(base, "unpacked") };
}

async function refused(b: ReturnType<typeof bundle>, message: RegExp): Promise<void> {
  await assert.rejects(openBundle(b.file, b.unpackTo), (error: Error) => {
    assert.ok(error instanceof BundleError, String(error));
    assert.match(error.message, message);
    return true;
  });
  assert.deepEqual(readdirSync(b.outside), []);
}

test("members that are links, devices, FIFOs, foreign or repeated names are refused before tar writes anything", async () => {
  const cases: [string, ReturnType<typeof bundle>, RegExp][] = [
    ["symlink", bundle({ ...honestMembers(), state: (at) => symlinkSync("/etc/passwd", at) }), /its member "state -> \/etc\/passwd" is not a regular file \(a link, device, FIFO or directory: tar type 'l'\)/],
    ["hard link", bundle({ ...honestMembers(), "disk-1.raw": (at) => linkSync(at.replace("disk-1.raw", "state"), at) }), /its member "disk-1.raw link to state" is not a regular file .*tar type 'h'/],
    ["fifo", bundle({ ...honestMembers(), "disk-1.raw": (at) => execFileSync("mkfifo", [at]) }), /tar type 'p'/],
    ["device", bundle({ ...honestMembers(), "disk-1.raw": (at) => execFileSync("mknod", [at, "c", "1", "3"]) }), /it holds a member tar lists as "c.* \(a device, or not a plain file\)/],
    ["directory", bundle({ ...honestMembers(), "disk-1.raw": (at) => mkdirSync(at) }), /tar type 'd'/],
    ["foreign name", bundle({ ...honestMembers(), "evil.sh": Buffer.from("#!/bin/sh") }), /it holds a member "evil.sh", which no Provium bundle has/],
  ];
  for (const [name, b, message] of cases) {
    await refused(b, message).catch((error: Error) => {
      throw new Error(`case '${name}': ${error.message}`);
    });
    assert.equal(existsSync(b.unpackTo), false, `case '${name}': nothing was unpacked`);
  }
  // a name that climbs out, kept as it is by -P
  const climbing = bundle(honestMembers());
  writeFileSync(path.join(climbing.base, "escape"), "pwned");
  execFileSync("tar", ["-rPf", climbing.file, "-C", path.join(climbing.base, "work"), "../escape"]);
  await refused(climbing, /it holds a member "\.\.\/escape", which no Provium bundle has/);
  // the same member twice (a link first, then a file written through it, is the classic)
  const twice = bundle(honestMembers());
  execFileSync("tar", ["-rf", twice.file, "-C", path.join(twice.base, "work"), "state"]);
  await refused(twice, /it holds the member "state" twice/);
});

test("manifests whose fields would reach a path, a command line or QEMU are refused", async () => {
  const members = honestMembers();
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["profile name climbs", { profile: { ...(manifest().profile as object), name: "../../../tmp/evil" } }, /its manifest's profile.name is not a profile's name/],
    ["machine with options", { launch: { ...(manifest().launch as object), machine: "pc,dump-guest-core=on" } }, /launch.machine is not a machine type's name/],
    ["compression a command", { compression: "sh -c 'touch /tmp/x' #" }, /compression is not one of zstd, gzip/],
    ["compression from the prototype", { compression: "__proto__" }, /compression is not one of/],
    ["accel", { launch: { ...(manifest().launch as object), accel: "xen" } }, /launch.accel is not kvm or tcg/],
    ["memory", { launch: { ...(manifest().launch as object), memoryMiB: 2 ** 40 } }, /launch.memoryMiB is not a size this machine has/],
    ["mount target", { launch: { ...(manifest().launch as object), mounts: [{ target: "relative\n", image: "/x", fstype: "ext4" }] } }, /launch.mounts\[1\].target is not an absolute guest path/],
    ["members not the tar's", { members: { state: 10, "disk-0.raw": 4096, "kernel.gz": kernel.length, "../../etc/shadow": 1 } }, /members is not the tar's members/],
    ["a disk the launch does not name", { launch: { ...(manifest().launch as object), disks: [] } }, /members is not what its launch needs \(kernel.gz, state\)/],
    ["sha256 not a sum", { sha256: { state: "$(reboot)" } }, /sha256.state is not a SHA-256/],
    ["test name with escapes", { test: { file: "t", name: "\x1b]0;owned\x07" } }, /test is not a test's file and name/],
    ["not an object", { launch: "pc" }, /launch is not an object/],
  ];
  for (const [name, overrides, message] of cases)
    await refused(bundle(members, manifest(overrides, members)), message).catch((error: Error) => {
      throw new Error(`case '${name}': ${error.message}`);
    });
  // a bundle of another format or protocol still says which Provium wrote it, its text made plain
  await refused(bundle(members, manifest({ format: 99, provium: "9\x1b[2J" }, members)), /written by Provium 9\?\[2J \(bundle format 99\).*upgrade Provium/);
});

test("of a manifest only the reader's own fields are kept: no host path of the writer's machine survives", () => {
  const members = { ...honestMembers(), "image-0.gz": kernel };
  const raw = manifest(
    {
      launch: { ...(manifest().launch as object), disks: [{ sizeMiB: 1, image: "/dev/sda" }], mounts: [{ target: "/mnt", image: "/etc/shadow", fstype: "ext4", writable: true }], initrd: "/etc/passwd", extra: "-drive" },
      profile: { ...(manifest().profile as object), dirs: [{ target: "/x", dir: "/root" }], modules: { dir: "/root/.ssh", release: "6", target: "/lib/modules/6" }, rootfs: { path: "/", kind: "directory", fstype: "ext4" } },
    },
    members,
  );
  const checked = checkManifest(raw, Object.keys(members), (why) => new Error(why));
  assert.deepEqual(checked.launch, { accel: "tcg", machine: "pc-i440fx-7.2", cmdline: "console=ttyS0", memoryMiB: 256, cpus: 1, disks: [{ sizeMiB: 1 }], mounts: [{ target: "/mnt", fstype: "ext4", writable: true }] });
  assert.deepEqual(checked.profile, { name: "minimal", cmdline: "console=ttyS0", memoryMiB: 256, cpus: 1 });
  assert.doesNotMatch(JSON.stringify(checked), /\/dev\/sda|shadow|passwd|\/root|-drive/);
});

test("a carried file cannot unpack without bound", async () => {
  const dir = tempDir();
  const bomb = path.join(dir, "kernel.gz");
  writeFileSync(bomb, gzipSync(Buffer.alloc(8 << 20))); // 8 MiB of zeros in a few KiB
  assert.match((await unpackBounded("gzip -dc", bomb, path.join(dir, "kernel"), 1 << 20)) ?? "", /it unpacks to more than 1048576 bytes/);
  assert.equal(await unpackBounded("gzip -dc", bomb, path.join(dir, "kernel"), 8 << 20), undefined);
  assert.equal(readFileSync(path.join(dir, "kernel")).length, 8 << 20);
  writeFileSync(bomb, "not gzip");
  assert.match((await unpackBounded("gzip -dc", bomb, path.join(dir, "kernel"), 1 << 20)) ?? "", /not in gzip format/);
  rmSync(bomb);
});
