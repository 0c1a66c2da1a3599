// Root filesystems on real guests: a directory and an ext4 image made here
// (with --rootfs on the built-in kernel, and as provium.toml profiles on the
// test kernel), two VMs sharing one with private writes, the built-in distro
// guest with its fixture, and each bad input.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { execa } from "execa";
import { Apt } from "../../src/setup/apt.ts";
import { buildDistro } from "../../src/setup/distro.ts";
import { findSbin } from "../../src/util/executables.ts";
import { paths } from "../../src/util/home.ts";
import { ownKernel } from "../support/own-kernel.ts";
import { tempDir } from "../support/temp.ts";
import { treeDigest } from "../support/tree-digest.ts";

const cli = (args: string[], env: Record<string, string> = {}) =>
  execa("node", ["--import", "tsx", "src/cli/main.ts", ...args], { reject: false, all: true, env });

/** A small root filesystem: static busybox, a marker and a binary file. */
function busyboxRoot(): string {
  const root = tempDir();
  for (const dir of ["bin", "etc", "proc", "sys", "dev", "tmp", "root", "data"]) mkdirSync(path.join(root, dir));
  copyFileSync("/bin/busybox", path.join(root, "bin/busybox"));
  for (const applet of ["sh", "cat", "ls", "echo", "rm", "sha256sum", "test"]) symlinkSync("busybox", path.join(root, "bin", applet));
  writeFileSync(path.join(root, "etc/marker"), "from the test's tree\n");
  writeFileSync(path.join(root, "data/blob"), Buffer.alloc(300_000, 7));
  return root;
}

const SHARED_ROOT_TEST = `
test("two VMs of one rootfs at once: each sees the tree, and only its own writes", function(t)
  local a, b = provium.create(), provium.create()
  a:boot()
  b:boot()
  for _, vm in ipairs({ a, b }) do
    t:assert_eq(vm:read_file("/etc/marker"), "from the test's tree\\n")
    t:assert_eq(vm:exec("findmnt -n -o FSTYPE / 2>/dev/null || grep ' / overlay' /proc/mounts").ok, true)
  end
  t:assert(a:exec("echo a > /etc/a-only && rm /etc/marker && echo changed > /data/blob").ok)
  t:assert(b:exec("echo b > /etc/b-only").ok)
  -- (the agent adds /etc basics the tree lacks, such as passwd and hosts, to each VM's layer)
  t:assert_eq(a:exec("ls /etc/a-only /etc/b-only /etc/marker 2>/dev/null").stdout, "/etc/a-only\\n")
  t:assert_eq(b:exec("ls /etc/a-only /etc/b-only /etc/marker 2>/dev/null").stdout, "/etc/b-only\\n/etc/marker\\n")
  t:assert_eq(#b:read_file("/data/blob"), 300000)
end)
`;

test("--rootfs DIR on the built-in kernel: shared by two VMs, the host tree unchanged", async () => {
  const root = busyboxRoot();
  const before = treeDigest(root);
  const suite = tempDir({ "shared.test.lua": SHARED_ROOT_TEST });
  const r = await cli(["run", suite, "--rootfs", root]);
  assert.equal(r.exitCode, 0, r.all);
  assert.equal(treeDigest(root), before, "no run modifies the user's tree");
});

describe("rootfs profiles in provium.toml (the test kernel: ext4 and overlayfs built in)", () => {
  test("a directory and an ext4 image (with a journal)", async () => {
    const { bzImage } = await ownKernel();
    const root = busyboxRoot();
    const suite = tempDir();
    const image = path.join(suite, "root.ext4");
    await execa(findSbin("mke2fs")!, ["-q", "-t", "ext4", "-d", root, image, "16M"]);
    const imageBefore = createHash("sha256").update(readFileSync(image)).digest("hex");
    writeFileSync(path.join(suite, "provium.toml"), `[profiles.tree]\nkernel = "${bzImage}"\nrootfs = "${root}"\n\n[profiles.image]\nkernel = "${bzImage}"\nrootfs = "root.ext4"\n`);
    writeFileSync(path.join(suite, "profiles.test.lua"), `
      for _, name in ipairs({ "tree", "image" }) do
        test(name, function(t)
          local vm = provium.create(name)
          vm:boot()
          t:assert_eq(vm:read_file("/etc/marker"), "from the test's tree\\n")
          local r = vm:exec("echo new > /etc/new && cat /etc/new && sha256sum /data/blob")
          t:assert(r.ok, r.stderr)
          t:assert_contains(r.stdout, "new\\n")
          vm:shutdown()
        end)
      end
    `);
    const r = await cli(["run", suite]);
    assert.equal(r.exitCode, 0, r.all);
    assert.match(r.all!, /^2 passed, 0 failed, 0 skipped$/m);
    assert.equal(createHash("sha256").update(readFileSync(image)).digest("hex"), imageBefore, "the image is never written");
  });

  test("a filesystem the kernel cannot mount, and a tree of another architecture, fail the boot saying so", async () => {
    const { bzImage } = await ownKernel();
    const suite = tempDir();
    const xfs = Buffer.alloc(1 << 20);
    xfs.write("XFSB", 0);
    writeFileSync(path.join(suite, "root.xfs"), xfs);
    const arm = tempDir();
    mkdirSync(path.join(arm, "bin"));
    const elf = Buffer.alloc(64);
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]).copy(elf);
    elf.writeUInt16LE(183, 18); // EM_AARCH64
    writeFileSync(path.join(arm, "bin/sh"), elf, { mode: 0o755 });
    writeFileSync(path.join(suite, "provium.toml"), `[profiles.xfs]\nkernel = "${bzImage}"\nrootfs = "root.xfs"\n\n[profiles.arm]\nkernel = "${bzImage}"\nrootfs = "${arm}"\n`);
    writeFileSync(path.join(suite, "boot.test.lua"), `
      test("xfs", function() provium.create("xfs"):boot() end)
      test("arm", function() provium.create("arm"):boot() end)
    `);
    const r = await cli(["run", suite]);
    assert.equal(r.exitCode, 1, r.all);
    assert.match(r.all!, /cannot mount \/: the guest kernel has no xfs filesystem \(it needs CONFIG_XFS_FS, built in or as a module\)/);
    assert.match(r.all!, /the root filesystem is for arm64 \(its \/bin\/sh is an ELF for machine 183\), but this guest is x86-64/);
  });
});

test("bad --rootfs values are usage errors naming the path", async () => {
  const suite = tempDir({ "x.test.lua": "assert(true)" });
  const missing = path.join(suite, "nope");
  const r1 = await cli(["run", suite, "--rootfs", missing]);
  assert.equal(r1.exitCode, 2);
  assert.match(r1.all!, new RegExp(`rootfs: ${missing} does not exist`));
  const r2 = await cli(["run", suite, "--rootfs", tempDir({ "notes.txt": "x" })]);
  assert.equal(r2.exitCode, 2);
  assert.match(r2.all!, /rootfs: .* is not a root filesystem: it has no \/bin\/sh/);
  const qcow = path.join(tempDir(), "disk.qcow2");
  writeFileSync(qcow, Buffer.concat([Buffer.from("QFI\xfb", "latin1"), Buffer.alloc(70000)]));
  const r3 = await cli(["run", suite, "--rootfs", qcow]);
  assert.equal(r3.exitCode, 2);
  assert.match(r3.all!, /rootfs: .*disk.qcow2 is a qcow2 disk image: convert it/);
});

describe("the built-in distro profile", () => {
  test("bash, python3, a dynamic binary from the host, modprobe, and a fixture resumed by several tests", async () => {
    const bin = tempDir({ "hello.c": '#include <stdio.h>\nint main(void) { puts("dynamic hello"); return 0; }\n' });
    await execa("cc", ["-o", path.join(bin, "hello-dynamic"), path.join(bin, "hello.c")]);
    const r = await cli(["run", "test/lua-suites/distro"], { PROVIUM_TEST_HOST_BIN: bin });
    assert.equal(r.exitCode, 0, r.all);
    assert.match(r.all!, /^7 passed, 0 failed, 0 skipped$/m);
  });

  test("set up (by the prerequisites), it is one image and a re-run does nothing", async () => {
    const p = paths();
    const image = path.join(p.profileDir("distro"), "root.ext4");
    assert.deepEqual(readdirSync(p.profileDir("distro")).sort(), ["profile.json", "root.ext4", "stamp.json"]);
    assert.equal(JSON.parse(readFileSync(path.join(p.profileDir("distro"), "profile.json"), "utf8")).rootfs, image);
    const again = await buildDistro(p, new Apt(), { packages: [] });
    assert.equal(again.status, "skipped", again.detail);
  });

  test("an unreachable mirror is a clear error naming it, and leaves nothing behind", async () => {
    const home = tempDir();
    const p = paths(home);
    await assert.rejects(
      buildDistro(p, new Apt(), { packages: [], mirror: "http://127.0.0.1:9/debian" }),
      /mmdebstrap could not build \w+ from http:\/\/127.0.0.1:9\/debian/,
    );
    assert.equal(existsSync(p.profileDir("distro")), false);
    assert.deepEqual(existsSync(p.profilesDir) ? readdirSync(p.profilesDir) : [], []);
  });
});
