// Pure parts of `npm run setup`: no network, no apt, no root.

import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { PROFILE, readStamp, STAMP } from "../../src/setup/stamp.ts";
import { tempDir } from "../support/temp.ts";
import { paths, proviumHome } from "../../src/util/home.ts";
import { parseDepends, parseShow } from "../../src/setup/apt.ts";
import { hasInterpreter } from "../../src/util/elf.ts";
import { pickImageDep, pickModulesDep } from "../../src/setup/kernel-package.ts";
import {
  compressionOf,
  koFileName,
  loadOrder,
  moduleName,
  modulesCpioEntries,
  parseBuiltin,
  TARGET_MODULES,
  parseModulesDep,
} from "../../src/setup/modules.ts";
import { kernelMetapackage, parseOsRelease } from "../../src/setup/os-release.ts";
import { rootfsEntries } from "../../src/setup/rootfs.ts";
import type { CpioEntry } from "../../src/vm/cpio.ts";

const SAMPLE_DEP = `kernel/drivers/virtio/virtio_ring.ko.xz:
kernel/drivers/virtio/virtio.ko.xz: kernel/drivers/virtio/virtio_ring.ko.xz
kernel/drivers/virtio/virtio_pci_legacy_dev.ko.xz:
kernel/drivers/virtio/virtio_pci_modern_dev.ko.xz:
kernel/drivers/virtio/virtio_pci.ko.xz: kernel/drivers/virtio/virtio_pci_legacy_dev.ko.xz kernel/drivers/virtio/virtio_pci_modern_dev.ko.xz kernel/drivers/virtio/virtio.ko.xz kernel/drivers/virtio/virtio_ring.ko.xz
kernel/drivers/char/virtio_console.ko.xz: kernel/drivers/virtio/virtio.ko.xz kernel/drivers/virtio/virtio_ring.ko.xz
kernel/drivers/char/hw_random/virtio-rng.ko.xz: kernel/drivers/virtio/virtio.ko.xz kernel/drivers/virtio/virtio_ring.ko.xz
`;

test("modules.dep: closure in load order, dependencies first", () => {
  const { paths: files, deps } = parseModulesDep(SAMPLE_DEP);
  assert.equal(files.get("virtio_rng"), "kernel/drivers/char/hw_random/virtio-rng.ko.xz");
  const order = loadOrder(["virtio_pci", "virtio_console"], deps, new Set());
  assert.deepEqual(order, ["virtio_pci_legacy_dev", "virtio_pci_modern_dev", "virtio_ring", "virtio", "virtio_pci", "virtio_console"]);
  // Every module comes after everything it depends on.
  for (const [i, m] of order.entries()) for (const d of deps.get(m) ?? []) assert.ok(order.indexOf(d) < i, `${d} before ${m}`);
});

test("modules.dep: built-in modules are skipped; all built in gives an empty list", () => {
  const { deps } = parseModulesDep(SAMPLE_DEP);
  const builtin = parseBuiltin("kernel/drivers/virtio/virtio.ko\nkernel/drivers/virtio/virtio_ring.ko\n");
  assert.deepEqual(loadOrder(["virtio_console"], deps, builtin), ["virtio_console"]);
  const all = parseBuiltin("kernel/drivers/virtio/virtio_pci.ko\nkernel/drivers/char/virtio_console.ko\n");
  assert.deepEqual(loadOrder(["virtio_pci", "virtio_console"], new Map(), all), []);
});

test("modules.dep: a missing module or a cycle is a clear error", () => {
  assert.throws(() => loadOrder(["virtio_pci"], new Map([["virtio_pci", ["virtio"]]]), new Set()), /no module virtio \(needed by virtio_pci\)/);
  const cyclic = new Map([["a", ["b"]], ["b", ["a"]]]);
  assert.throws(() => loadOrder(["a"], cyclic, new Set()), /cycle/);
});

test(".ko names: compression, decompressed file name, module name", () => {
  assert.equal(compressionOf("a/virtio.ko"), "none");
  assert.equal(compressionOf("a/virtio.ko.xz"), "xz");
  assert.equal(compressionOf("virtio.ko.zst"), "zst");
  assert.equal(compressionOf("virtio.ko.gz"), "gz");
  assert.equal(compressionOf("modules.dep"), null);
  assert.equal(compressionOf("virtio.ko.bak"), null);
  assert.equal(koFileName("kernel/drivers/char/hw_random/virtio-rng.ko.zst"), "virtio-rng.ko");
  assert.equal(koFileName("virtio_pci.ko"), "virtio_pci.ko");
  assert.equal(moduleName("kernel/drivers/char/hw_random/virtio-rng.ko.zst"), "virtio_rng");
  assert.equal(moduleName("virtio_pci"), "virtio_pci");
});

test("modules.cpio entries: .ko files and the load list", () => {
  const entries = modulesCpioEntries([
    { file: "virtio_ring.ko", data: Buffer.from("r") },
    { file: "virtio.ko", data: Buffer.from("v") },
  ]);
  assert.deepEqual(entries.map((e) => e.path), [
    "lib", "lib/modules", "lib/modules/provium",
    "lib/modules/provium/virtio_ring.ko", "lib/modules/provium/virtio.ko",
    "etc", "etc/provium", "etc/provium/modules",
  ]);
  const list = entries.at(-1);
  assert.ok(list?.type === "file");
  assert.equal(list.data.toString(), "virtio_ring.ko\nvirtio.ko\n");
  const empty = modulesCpioEntries([]).at(-1);
  assert.ok(empty?.type === "file" && empty.data.length === 0, "all built in: an empty list");
});

/** A little-endian ELF64 with the given program header types and named sections. */
function fakeElf(phTypes: number[], sections: Record<string, Buffer>): Buffer {
  const names = Object.keys(sections);
  const shstr = Buffer.from("\0" + names.map((n) => n + "\0").join("") + ".shstrtab\0");
  const ehdr = Buffer.alloc(64);
  ehdr.writeUInt32BE(0x7f454c46, 0);
  ehdr[4] = 2; // 64-bit
  ehdr[5] = 1; // little-endian
  const phoff = 64;
  const ph = Buffer.alloc(56 * phTypes.length);
  phTypes.forEach((t, i) => ph.writeUInt32LE(t, i * 56));
  const bodies = [...names.map((n) => sections[n] ?? Buffer.alloc(0)), shstr];
  let offset = phoff + ph.length;
  const offsets = bodies.map((b) => ((offset += b.length), offset - b.length));
  const shoff = offset;
  const sh = Buffer.alloc(64 * (bodies.length + 1)); // section 0 is the null section
  let nameAt = 1;
  bodies.forEach((b, i) => {
    const at = 64 * (i + 1);
    sh.writeUInt32LE(nameAt, at);
    nameAt += (names[i] ?? ".shstrtab").length + 1;
    sh.writeBigUInt64LE(BigInt(offsets[i] ?? 0), at + 24);
    sh.writeBigUInt64LE(BigInt(b.length), at + 32);
  });
  ehdr.writeBigUInt64LE(BigInt(phoff), 0x20);
  ehdr.writeBigUInt64LE(BigInt(shoff), 0x28);
  ehdr.writeUInt16LE(56, 0x36);
  ehdr.writeUInt16LE(phTypes.length, 0x38);
  ehdr.writeUInt16LE(64, 0x3a);
  ehdr.writeUInt16LE(bodies.length + 1, 0x3c);
  ehdr.writeUInt16LE(bodies.length, 0x3e);
  return Buffer.concat([ehdr, ph, ...bodies, sh]);
}

test("ELF: PT_INTERP tells a dynamic executable", () => {
  assert.equal(hasInterpreter(fakeElf([1, 1, 4], {})), false);
  assert.equal(hasInterpreter(fakeElf([6, 3, 1], {})), true);
  assert.throws(() => hasInterpreter(Buffer.from("#!/bin/sh\n".padEnd(64))), /not an ELF/);
});

test("os-release → kernel metapackage", () => {
  const debian = parseOsRelease('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n');
  assert.equal(debian.PRETTY_NAME, "Debian GNU/Linux 12 (bookworm)");
  assert.equal(kernelMetapackage(debian, "x86_64").metapackage, "linux-image-cloud-amd64");
  assert.equal(kernelMetapackage(debian, "arm64").metapackage, "linux-image-cloud-arm64");
  const ubuntu = parseOsRelease("NAME=\"Ubuntu\"\nID=ubuntu\nID_LIKE=debian\n# comment\n\nVERSION_ID='24.04'\n");
  assert.equal(ubuntu.VERSION_ID, "24.04");
  assert.deepEqual(kernelMetapackage(ubuntu, "x86_64"), { distro: "ubuntu", metapackage: "linux-image-virtual" });
  assert.deepEqual(kernelMetapackage(ubuntu, "arm64"), { distro: "ubuntu", metapackage: "linux-image-virtual" });
  const mint = parseOsRelease('ID=linuxmint\nID_LIKE="ubuntu debian"\n');
  assert.equal(kernelMetapackage(mint, "x86_64").metapackage, "linux-image-virtual");
  assert.throws(() => kernelMetapackage(parseOsRelease("ID=fedora\n"), "x86_64"), /no kernel package known/);
});

test("apt-cache show → versions and dependencies; picking the concrete kernel", () => {
  const text = [
    "Package: linux-image-virtual\nVersion: 6.8.0-45.45\nDepends: linux-image-6.8.0-45-generic, linux-firmware | wireless-regdb\n",
    "Package: linux-image-6.8.0-45-generic\nVersion: 6.8.0-45.45\nPre-Depends: debconf\nDepends: linux-base (>= 4.5ubuntu1~16.04.1), linux-modules-6.8.0-45-generic:amd64\n",
  ].join("\n");
  const info = parseShow(text);
  assert.equal(info.get("linux-image-virtual")?.version, "6.8.0-45.45");
  const image = info.get("linux-image-6.8.0-45-generic");
  assert.deepEqual(image?.depends, ["debconf", "linux-base", "linux-modules-6.8.0-45-generic"]);
  assert.deepEqual(pickImageDep(info.get("linux-image-virtual")?.depends ?? []), { concrete: "linux-image-6.8.0-45-generic" });
  assert.equal(pickModulesDep(image?.depends ?? []), "linux-modules-6.8.0-45-generic");
  assert.deepEqual(pickImageDep(parseDepends("linux-image-6.1.0-56-cloud-amd64 (= 6.1.192-2)")), { concrete: "linux-image-6.1.0-56-cloud-amd64" });
  assert.deepEqual(pickImageDep(parseDepends("linux-image-generic (= 1)")), { meta: "linux-image-generic" });
  assert.equal(parseShow("N: Unable to locate package nope\n").size, 0);
});

test("busybox applet list → rootfs entries", () => {
  const list = "usr/bin/[\nbin/busybox\nbin/sh\nlinuxrc\nusr/bin/env\nsbin/init\nopt/x/tool\nbin/sh\n";
  const entries = rootfsEntries(Buffer.from("ELF"), list);
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const links = entries.filter((e): e is Extract<CpioEntry, { type: "symlink" }> => e.type === "symlink");
  assert.deepEqual(links.map((l) => l.path).sort(), ["bin/sh", "linuxrc", "opt/x/tool", "sbin/init", "usr/bin/[", "usr/bin/env"]);
  assert.ok(links.every((l) => l.target === "/bin/busybox"));
  assert.equal(byPath.get("bin/busybox")?.type, "file");
  assert.equal((byPath.get("tmp") as { mode: number }).mode, 0o1777);
  assert.equal(byPath.get("opt/x")?.type, "dir");
  assert.equal(byPath.get("etc")?.type, "dir");
  assert.equal(byPath.get("etc/passwd"), undefined, "the agent writes /etc basics a root lacks (agent/userspace.c)");
  // Parents come before children, and no path appears twice.
  const seen = new Set<string>();
  for (const e of entries) {
    const parent = e.path.split("/").slice(0, -1).join("/");
    assert.ok(parent === "" || seen.has(parent), `${parent} before ${e.path}`);
    assert.ok(!seen.has(e.path), `${e.path} once`);
    seen.add(e.path);
  }
});

test("PROVIUM_HOME, then XDG_CACHE_HOME, then ~/.cache", () => {
  assert.equal(proviumHome({ PROVIUM_HOME: "/x/ph", XDG_CACHE_HOME: "/c" }), "/x/ph");
  assert.equal(proviumHome({ XDG_CACHE_HOME: "/c" }), "/c/provium");
  assert.match(proviumHome({}), /\/\.cache\/provium$/);
  const p = paths("/h");
  assert.equal(p.baseRootfs, "/h/base/rootfs.cpio");
  assert.equal(p.agent, "/h/agent/provium-agent");
  assert.equal(p.profileDir("minimal"), "/h/profiles/minimal");
});

test("a profile assembled for other target modules (or before they were recorded) is assembled again", async () => {
  const home = tempDir();
  const dir = paths(home).profileDir(PROFILE);
  mkdirSync(dir, { recursive: true });
  for (const file of ["vmlinuz", "modules.cpio"]) writeFileSync(path.join(dir, file), "");
  mkdirSync(path.join(dir, "modules/lib/modules"), { recursive: true });
  const stamp = { packages: "linux-image-x=1", package: "linux-image-x", kernelVersion: "x", modules: ["virtio.ko"] };
  writeFileSync(path.join(dir, STAMP), JSON.stringify(stamp));
  assert.equal(await readStamp(paths(home)), null, "a stamp from before targets were recorded");
  writeFileSync(path.join(dir, STAMP), JSON.stringify({ ...stamp, targets: TARGET_MODULES.join(" ") }));
  assert.equal((await readStamp(paths(home)))?.targets, TARGET_MODULES.join(" "));
});
