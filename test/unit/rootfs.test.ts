// What the host checks of a root filesystem before any guest boots, and
// setup's flags (an unknown one is a usage error).
import assert from "node:assert/strict";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { execa } from "execa";
import { distroPlan } from "../../src/setup/distro.ts";
import { parseSetupArgs } from "../../src/setup/options.ts";
import { checkRootfs, imageFstype } from "../../src/vm/rootfs.ts";
import { tempDir } from "../support/temp.ts";

test("a directory is a root filesystem when /bin/sh resolves inside it, through merged-/usr links", () => {
  const root = tempDir();
  mkdirSync(path.join(root, "usr/bin"), { recursive: true });
  symlinkSync("usr/bin", path.join(root, "bin"));
  assert.throws(() => checkRootfs(root, "--rootfs"), /--rootfs: .* is not a root filesystem: it has no \/bin\/sh/);
  writeFileSync(path.join(root, "usr/bin/dash"), "");
  symlinkSync("/usr/bin/dash", path.join(root, "usr/bin/sh")); // absolute: resolved inside the tree, not on the host
  assert.deepEqual(checkRootfs(root, "--rootfs"), { path: root, kind: "directory", fstype: "ext4" });
});

test("an image's filesystem type comes from its superblock; other files are named for what they are", () => {
  const dir = tempDir();
  const write = (name: string, at: number, magic: Buffer, size = 70000) => {
    const buf = Buffer.alloc(size);
    magic.copy(buf, at);
    writeFileSync(path.join(dir, name), buf);
    return path.join(dir, name);
  };
  assert.equal(imageFstype(write("e", 1080, Buffer.from([0x53, 0xef])), "w"), "ext4");
  assert.equal(imageFstype(write("s", 0, Buffer.from("hsqs")), "w"), "squashfs");
  assert.equal(imageFstype(write("x", 0, Buffer.from("XFSB")), "w"), "xfs");
  assert.throws(() => imageFstype(write("m", 510, Buffer.from([0x55, 0xaa])), "w"), /w: .* is a partitioned disk image: give the root partition's filesystem/);
  assert.throws(() => imageFstype(write("z", 0, Buffer.from("zzzz"), 10), "w"), /is neither a directory nor a filesystem image \(ext2\/3\/4, squashfs, erofs, xfs, btrfs\)/);
});

test("setup's flags: --arch, --distro with --packages and --mirror; anything else is a usage error", async () => {
  assert.deepEqual(parseSetupArgs([]), { arches: undefined, distro: undefined });
  assert.deepEqual(parseSetupArgs(["--distro", "--packages", "strace,gdb"]), { arches: undefined, distro: { packages: ["strace", "gdb"], mirror: undefined } });
  assert.deepEqual(parseSetupArgs(["--arch", "arm64"]).arches, ["arm64"]);
  assert.deepEqual(parseSetupArgs(["--arch", "x86_64,aarch64,arm64"]).arches, ["x86_64", "arm64"], "aliases, each architecture once");
  assert.throws(() => parseSetupArgs(["--arch", "riscv64"]), /^SetupUsageError: setup: --arch must be one of x86_64, arm64, got 'riscv64'$/);
  assert.throws(() => parseSetupArgs(["--anything"]), /Unknown option '--anything'/);
  assert.throws(() => parseSetupArgs(["--packages", "x"]), /--packages and --mirror go with --distro/);
  assert.throws(() => parseSetupArgs(["--distro", "--packages", "a b"]), /package names separated by commas/);
  const r = await execa("node", ["--import", "tsx", "src/setup/main.ts", "--frobnicate"], { reject: false, all: true });
  assert.equal(r.exitCode, 2);
  assert.match(r.all!, /^setup: Unknown option '--frobnicate'/);
});

test("the distro root is the host's release from its main archive, with the base packages and the user's", () => {
  const debian = distroPlan({ ID: "debian", VERSION_CODENAME: "bookworm" }, { packages: ["strace"] });
  assert.equal(debian.suite, "bookworm");
  assert.equal(debian.mirror, "http://deb.debian.org/debian");
  assert.ok(debian.packages.includes("strace") && debian.packages.includes("python3") && debian.packages.includes("bash"));
  const ubuntu = distroPlan({ ID: "ubuntu", ID_LIKE: "debian", VERSION_CODENAME: "noble" }, { packages: [] });
  assert.equal(ubuntu.mirror, "http://archive.ubuntu.com/ubuntu");
  assert.throws(() => distroPlan({ ID: "fedora" }, { packages: [] }), /no root filesystem recipe for fedora/);
});
