// Guest architectures without a guest: names, kernels told by their headers,
// the check before an arm64 distro root is built, known failures of one
// architecture.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { KnownFailures } from "../../src/engine/known-failures.ts";
import { requestArches } from "../../src/run/arches.ts";
import { validateRunRequest, type RawRunRequest } from "../../src/run/request.ts";
import type { TestResult } from "../../src/engine/results.ts";
import { checkForeignRunnable } from "../../src/setup/distro.ts";
import { defaultArch, parseArch } from "../../src/util/arch.ts";
import { identifyKernel, kernelRelease } from "../../src/vm/kernel-image.ts";
import { FAKE_ARM64_IMAGE, FAKE_BZIMAGE, tempDir } from "../support/temp.ts";

/** The first bytes of an ELF64 executable for machine (little-endian). */
function elf(machine: number): Buffer {
  const head = Buffer.alloc(64);
  head.write("\x7fELF", 0, "latin1");
  head[4] = 2; // ELFCLASS64
  head[5] = 1; // little-endian
  head.writeUInt16LE(machine, 18);
  return head;
}

test("architecture names: the ones users write, in any spelling", () => {
  assert.deepEqual(["x86_64", "amd64", "X64", "arm64", " aarch64 "].map((name) => parseArch(name)), ["x86_64", "x86_64", "x86_64", "arm64", "arm64"]);
  assert.throws(() => parseArch("riscv64", "--arch"), /^ProviumError: --arch must be one of x86_64, arm64, got 'riscv64'$/);
});

test("a kernel's architecture and format from its header", () => {
  const image = Buffer.from(FAKE_ARM64_IMAGE, "latin1");
  assert.deepEqual(identifyKernel(Buffer.from(FAKE_BZIMAGE, "latin1")), { arch: "x86_64", format: "bzImage" });
  assert.deepEqual(identifyKernel(image), { arch: "arm64", format: "Image" });
  assert.deepEqual(identifyKernel(gzipSync(image)), { arch: "arm64", format: "Image.gz" });
  assert.deepEqual(identifyKernel(gzipSync(image).subarray(0, 12)), "a gzip file that holds no arm64 Image", "a gzip stream cut before the magic");
  assert.deepEqual(identifyKernel(elf(183)), { arch: "arm64", format: "vmlinux" });
  assert.deepEqual(identifyKernel(elf(62)), { arch: "x86_64", format: "vmlinux" });
  assert.equal(identifyKernel(elf(243)), "an ELF file for machine 243, which Provium does not run");
  assert.equal(identifyKernel(gzipSync(Buffer.from("#!/bin/sh\n"))), "a gzip file that holds no arm64 Image");
  const zboot = Buffer.alloc(64);
  zboot.write("MZ\0\0zimg", 0, "latin1");
  assert.match(identifyKernel(zboot) as string, /an EFI zboot image \(vmlinuz\.efi\), which QEMU 7\.2 cannot boot directly: give the build's arch\/arm64\/boot\/Image/);
  assert.match(identifyKernel(Buffer.alloc(4096)) as string, /^not a kernel image .*arch\/x86\/boot\/bzImage or arch\/arm64\/boot\/Image$/);
});

test("an arm64 Image's release comes from its version banner, gzipped or not", () => {
  const dir = tempDir({ Image: FAKE_ARM64_IMAGE });
  writeFileSync(path.join(dir, "Image.gz"), gzipSync(Buffer.from(FAKE_ARM64_IMAGE, "latin1")));
  assert.equal(kernelRelease(path.join(dir, "Image")), "6.1.0-fake-arm64");
  assert.equal(kernelRelease(path.join(dir, "Image.gz")), "6.1.0-fake-arm64");
  writeFileSync(path.join(dir, "vmlinux"), elf(183));
  assert.equal(kernelRelease(path.join(dir, "vmlinux")), undefined, "a vmlinux is not searched");
});

test("an arm64 distro root is built only where the host runs arm64 programs, else setup says what to install", async () => {
  const binfmt = tempDir();
  const refused = (why: RegExp) => assert.rejects(checkForeignRunnable("arm64", binfmt), (error: Error) => {
    assert.match(error.message, why);
    assert.match(String((error as { hint?: string }).hint ?? error.message), /install qemu-user-static and binfmt-support/);
    return true;
  });
  await refused(/--distro for arm64 runs arm64 programs while it builds the root filesystem, and this host cannot \(.*qemu-aarch64 does not exist\)/);
  writeFileSync(path.join(binfmt, "qemu-aarch64"), "disabled\ninterpreter /usr/libexec/qemu-binfmt/aarch64-binfmt-P\n");
  await refused(/qemu-aarch64 is disabled/);
  writeFileSync(path.join(binfmt, "qemu-aarch64"), "enabled\ninterpreter /usr/libexec/qemu-binfmt/aarch64-binfmt-P\nflags: OCF\n");
  await checkForeignRunnable("arm64", binfmt);
});

test("a known failure of one architecture applies there only", () => {
  const known = new KnownFailures([
    { test: "jit › *", reason: "arm64 JIT", arch: "arm64" },
    { test: "everywhere", reason: "bug 1" },
  ]);
  const verdict = (list: KnownFailures, name: string) => {
    const result: Pick<TestResult, "status" | "reason" | "knownFailure"> = { status: "failed" };
    list.classify("t.lua", name, [], result);
    return result.status;
  };
  assert.equal(verdict(known.forArch("arm64"), "jit › ld_imm64"), "xfail");
  assert.equal(verdict(known.forArch("x86_64"), "jit › ld_imm64"), "failed");
  assert.equal(verdict(known.forArch("x86_64"), "everywhere"), "xfail");
  assert.equal(known.forArch("x86_64").size, 1);
});

test("the architectures a request runs on, before any guest is set up (what the action sets up): named, the kernel's, the profile's, else the host's", () => {
  const suite = tempDir({ Image: FAKE_ARM64_IMAGE, bzImage: FAKE_BZIMAGE, "provium.toml": '[profiles.board]\nkernel = "Image"\n[profiles.pc]\nkernel = "bzImage"\n' });
  const request = (fields: Partial<RawRunRequest>) => {
    const { request, error } = validateRunRequest({ paths: [suite], tags: [], verbose: false, quiet: false, allowKernelWarnings: false, ...fields }, suite);
    assert.ok(request, error);
    return request;
  };
  assert.deepEqual(requestArches(request({ arch: "x86_64,arm64" })), ["x86_64", "arm64"]);
  assert.deepEqual(requestArches(request({ kernel: "Image" })), ["arm64"]);
  assert.deepEqual(requestArches(request({ profile: "board" })), ["arm64"]);
  assert.deepEqual(requestArches(request({ profile: "pc" })), ["x86_64"]);
  assert.deepEqual(requestArches(request({})), [defaultArch()]);
  assert.deepEqual(requestArches(request({ profile: "no-such" })), [defaultArch()], "the run reports the unknown profile");
});
