// One run request for both front ends: the CLI's flags and the action's
// inputs go through validateRunRequest, so a mistake reads the same
// whichever front end made it.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { readInputs } from "../../src/action/inputs.ts";
import { runRequest } from "../../src/cli/args.ts";
import { DEFAULT_TEST_TIMEOUT_S, validateRunRequest, type RawRunRequest } from "../../src/run/request.ts";
import { UsageError } from "../../src/util/errors.ts";
import { FAKE_ARM64_IMAGE, FAKE_BZIMAGE, tempDir } from "../support/temp.ts";

const raw = (fields: Partial<RawRunRequest>): RawRunRequest => ({ paths: [], tags: [], verbose: false, quiet: false, allowKernelWarnings: false, ...fields });

test("a good request comes back typed, kernel files made absolute", () => {
  const dir = tempDir({ bzImage: FAKE_BZIMAGE, "initrd.cpio": "" });
  const { request, error } = validateRunRequest(raw({ accel: "tcg", timeout: "1.5", jobs: "2", shard: "2/3", filter: "^net", kernel: "bzImage", initrd: "initrd.cpio", cmdline: "quiet" }), dir);
  assert.equal(error, undefined);
  assert.deepEqual(
    { ...request, filter: String(request!.filter) },
    { ...raw({}), accel: "tcg", arches: undefined, timeoutS: 1.5, jobs: 2, shard: { index: 2, count: 3 }, filter: "/^net/", modules: undefined, rootfs: undefined, dirs: undefined, retries: undefined, baseline: undefined, history: undefined, historyKeep: 50, failOn: "any", generated: undefined, kernelUnderTest: { kernel: path.join(dir, "bzImage"), initrd: path.join(dir, "initrd.cpio"), cmdline: "quiet", arch: "x86_64" } },
  );
  assert.equal(validateRunRequest(raw({})).request?.timeoutS, DEFAULT_TEST_TIMEOUT_S);
  const known = tempDir({ "known.toml": '[[known_failures]]\ntest = "net › *"\nreason = "bug 1"\n' });
  const withKnown = validateRunRequest(raw({ knownFailures: "known.toml", retries: "2" }), known).request;
  assert.deepEqual([withKnown?.knownFailures, withKnown?.retries], [[{ test: "net › *", reason: "bug 1", file: undefined }], 2]);
});

test("architectures: named, or the kernel's own; a kernel of another one than named is refused", () => {
  const dir = tempDir({ bzImage: FAKE_BZIMAGE, Image: FAKE_ARM64_IMAGE });
  assert.deepEqual(validateRunRequest(raw({ arch: "arm64,x86_64,aarch64" })).request?.arches, ["arm64", "x86_64"]);
  assert.equal(validateRunRequest(raw({ kernel: "Image" }), dir).request?.kernelUnderTest?.arch, "arm64");
  assert.equal(validateRunRequest(raw({ kernel: "Image", arch: "arm64" }), dir).request?.kernelUnderTest?.arch, "arm64");
  assert.equal(validateRunRequest(raw({ kernel: "bzImage" }), dir).request?.kernelUnderTest?.arch, "x86_64");
});

/** One mistake as each front end is told it: the CLI's arguments, the action's inputs, and the message. */
interface Mistake {
  cli: string[];
  action: Record<string, string>;
  message: RegExp;
}

const kernel = path.join(tempDir({ bzImage: FAKE_BZIMAGE }), "bzImage");
const arm64Kernel = path.join(tempDir({ Image: FAKE_ARM64_IMAGE }), "Image");
const badKnown = path.join(tempDir({ "bad.toml": '[[known_failures]]\ntest = "x"\n' }), "bad.toml");
const notKernel = path.join(tempDir({ "vmlinux.o": "not a kernel at all" }), "vmlinux.o");
const MISTAKES: Mistake[] = [
  { cli: ["--accel", "fast"], action: { accel: "fast" }, message: /^accel must be one of auto, kvm, tcg, got 'fast'$/ },
  { cli: ["--timeout", "soon"], action: { timeout: "soon" }, message: /^timeout must be a positive number \(seconds\), got 'soon'$/ },
  { cli: ["--jobs=-2"], action: { jobs: "-2" }, message: /^jobs must be a positive number \(test files at once\), got '-2'$/ },
  { cli: ["--shard", "3/2"], action: { shard: "3/2" }, message: /^shard must be i\/n with 1 ≤ i ≤ n \(for example 1\/4 … 4\/4\), got '3\/2'$/ },
  { cli: ["--filter", "(net"], action: { filter: "(net" }, message: /^filter must be a regular expression \(Invalid regular expression: .*\), got '\(net'$/ },
  { cli: ["--kernel", "build/bzImage"], action: { kernel: "build/bzImage" }, message: /^kernel <base>\/build\/bzImage does not exist: build it before the run, or fix the path$/ },
  { cli: ["--kernel", notKernel], action: { kernel: notKernel }, message: /^kernel .*vmlinux\.o is not a kernel image \(neither a bzImage, an arm64 Image nor an ELF vmlinux\): give your build's arch\/x86\/boot\/bzImage or arch\/arm64\/boot\/Image$/ },
  { cli: ["--initrd", "initrd.cpio"], action: { initrd: "initrd.cpio" }, message: /^initrd and cmdline need kernel/ },
  { cli: ["--cmdline", "quiet"], action: { "kernel-cmdline": "quiet" }, message: /^initrd and cmdline need kernel/ },
  { cli: ["--retries=-1"], action: { retries: "-1" }, message: /^retries must be a whole number >= 0, got '-1'$/ },
  { cli: ["--retries", "2.5"], action: { retries: "2.5" }, message: /^retries must be a whole number >= 0, got '2.5'$/ },
  { cli: ["--known-failures", "known.toml"], action: { "known-failures": "known.toml" }, message: /^known-failures: <base>\/known.toml does not exist: write it before the run, or fix the path$/ },
  { cli: ["--known-failures", badKnown], action: { "known-failures": badKnown }, message: /known_failures\[1\]\.reason must be a non-empty string$/ },
  { cli: ["--fail-on", "old"], action: { "fail-on": "old" }, message: /^fail-on must be one of any, new, got 'old'$/ },
  { cli: ["--fail-on", "new"], action: { "fail-on": "new" }, message: /^fail-on new needs something to compare with: a baseline \(--baseline FILE\|DIR, or the action's baseline input\) or a history \(--history DIR, or the action's history input\)$/ },
  { cli: ["--baseline", "last.json"], action: { baseline: "last.json" }, message: /^baseline: <base>\/last.json does not exist: give the results.json of an earlier run/ },
  { cli: ["--kernel", kernel, "--profile", "mine"], action: { kernel, profile: "mine" }, message: /^give either kernel .* or profile .*, not both$/ },
  { cli: ["--arch", "riscv64"], action: { arch: "riscv64" }, message: /^arch must be one of x86_64, arm64, got 'riscv64'$/ },
  { cli: ["--arch", "x86_64,arm64", "--history", "h"], action: { arch: "x86_64,arm64", history: "h" }, message: /^baseline and history compare one architecture at a time, and arch names x86_64, arm64: run each architecture on its own/ },
  { cli: ["--arch", ","], action: { arch: "," }, message: /^arch must be one of x86_64, arm64, or several separated by commas, got ','$/ },
  { cli: ["--arch", "arm64", "--kernel", kernel], action: { arch: "arm64", kernel }, message: /^kernel .*bzImage is an x86-64 kernel, but arch names arm64: give a kernel built for arm64 \(arch\/arm64\/boot\/Image\), or leave arch out/ },
  { cli: ["--arch", "x86_64,arm64", "--kernel", arm64Kernel], action: { arch: "x86_64,arm64", kernel: arm64Kernel }, message: /^kernel .*Image is an arm64 kernel, but arch names x86_64: .*a run of several architectures tests the built-in guests or profiles of the suite$/ },
];

/** What the CLI says about its arguments (after "run"), as a UsageError (exit 2). */
function fromCli(args: string[]): string {
  try {
    runRequest([...args, "examples/tests"]);
  } catch (error) {
    assert.ok(error instanceof UsageError, String(error));
    return error.message;
  }
  assert.fail(`the CLI accepted ${args.join(" ")}`);
}

/** What the action says about its inputs (read from INPUT_* variables, as on a runner), relative to workspace. */
function fromAction(inputs: Record<string, string>, workspace: string): string {
  const names = Object.keys(inputs).map((name) => `INPUT_${name.toUpperCase()}`);
  Object.entries(inputs).forEach(([name, value]) => (process.env[`INPUT_${name.toUpperCase()}`] = value));
  try {
    readInputs(workspace);
  } catch (error) {
    return (error as Error).message;
  } finally {
    for (const name of names) delete process.env[name];
  }
  assert.fail(`the action accepted ${JSON.stringify(inputs)}`);
}

test("each mistake gets one message, the same from the CLI and from the action", () => {
  const workspace = tempDir();
  for (const { cli, action, message } of MISTAKES) {
    const said = fromCli(cli).replaceAll(process.cwd(), "<base>");
    assert.match(said, message, cli.join(" "));
    assert.equal(fromAction(action, workspace).replaceAll(workspace, "<base>"), said, `${cli.join(" ")}: the action says it in other words`);
  }
});
