// The container image, built from the repository's Dockerfile and run as
// users run it: `npm run test:container` (its pretest finds or installs an
// engine). The base image is the Dockerfile's, or a stand-in made here where
// no registry is reachable (test/support/container-base.ts). Prints how long
// the base, the build and the smoke tests took, and the image's size.
import assert from "node:assert/strict";
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { findEngine } from "../support/container-engine.ts";
import { baseImage, readDockerfile } from "../support/container-base.ts";
import { buildImage, IMAGE_VARIABLE, imageBytes, removeLeftContainers, runImage, TEST_IMAGE } from "../support/container-image.ts";
import { tempDir } from "../support/temp.ts";
import { treeDigest } from "../support/tree-digest.ts";

/** The target for the image (all layers, uncompressed). */
const MAX_IMAGE_BYTES = 600e6;

const engine = await findEngine();
const given = process.env[IMAGE_VARIABLE];
const image = given ?? TEST_IMAGE;
const figures: string[] = [];
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Not root: the invoking user, as `--user "$(id -u):$(id -g)"` gives it. Root: a user the image does not know. */
const uid = process.getuid!() === 0 ? 4242 : process.getuid!();
const gid = process.getuid!() === 0 ? 4242 : process.getgid!();
const user = `${uid}:${gid}`;

/** A checkout as a user has it: the examples, and an empty results directory the user owns. */
function checkout(): string {
  const dir = tempDir();
  chmodSync(dir, 0o755); // made 0700: the container's user must get in
  cpSync("examples", path.join(dir, "examples"), { recursive: true });
  mkdirSync(path.join(dir, "provium-results"));
  chownSync(path.join(dir, "provium-results"), uid, gid);
  return dir;
}

/** One boot of the built-in guest. */
const BOOT_TEST = 'local vm = provium.create("minimal")\nvm:boot()\nassert(vm:exec("true").ok)\n';

/** Mounted read-only, all but its results directory. */
const readOnlyCheckout = (dir: string) => [`${dir}:/work:ro`, `${path.join(dir, "provium-results")}:/work/provium-results`];

/** Every entry under dir with its owner. */
function owners(dir: string, relative = ""): string[] {
  return readdirSync(path.join(dir, relative)).flatMap((name) => {
    const entry = path.join(relative, name);
    const st = lstatSync(path.join(dir, entry));
    return [`${entry} ${st.uid}:${st.gid}`, ...(st.isDirectory() ? owners(dir, entry) : [])];
  });
}

let smokeStarted = 0;

before(async () => {
  if (given) {
    figures.push(`image: ${given} (given by ${IMAGE_VARIABLE}, not built here)`);
  } else {
    let started = Date.now();
    const base = await baseImage(engine, await readDockerfile("."), (line) => console.log(line));
    figures.push(`base: ${base.how} (${seconds(started)})`);
    started = Date.now();
    await buildImage(engine, base.image);
    figures.push(`build: ${image} with ${engine.name} (${seconds(started)})`);
  }
  smokeStarted = Date.now();
});

after(async () => {
  await removeLeftContainers(engine);
  figures.push(`smoke tests: ${seconds(smokeStarted)}`);
  console.log(figures.map((line) => `container tier: ${line}`).join("\n"));
});

describe("the image", () => {
  test("is lean: at most 600 MB, no compiler, no npm cache, no node_modules, no apt lists", async () => {
    const bytes = await imageBytes(engine, image);
    figures.push(`size: ${(bytes / 1e6).toFixed(0)} MB`);
    assert.ok(bytes <= MAX_IMAGE_BYTES, `the image is ${(bytes / 1e6).toFixed(0)} MB, over ${MAX_IMAGE_BYTES / 1e6} MB`);
    const look = await runImage(engine, image, [
      "-c",
      "for t in cc gcc make tsx esbuild; do command -v $t; done; ls -d /root/.npm /opt/provium/node_modules 2>/dev/null; ls /var/lib/apt/lists | grep -v -x -e lock -e partial; ls -A /opt/provium; ls -A /opt/provium/dist; echo end",
    ], { entrypoint: "sh" });
    assert.equal(look.exitCode, 0, look.all);
    assert.deepEqual(look.stdout.trim().split("\n"), ["dist", "package.json", "cli.js", "end"], "only the bundled CLI and package.json under /opt/provium; nothing else listed");
  });

  test("any user may write the caches a run keeps, not the prebuilt guest", async () => {
    const r = await runImage(engine, image, [
      "-c",
      'cd "$PROVIUM_HOME" && for d in . images initrd-cache durations; do test -w "$d" || echo "not writable: $d"; done; for d in profiles profiles/minimal agent base; do test -w "$d" && echo "writable: $d"; done; echo end',
    ], { entrypoint: "sh", user });
    assert.equal(r.exitCode, 0, r.all);
    assert.equal(r.stdout.trim(), "end");
  });

  test("--help (also with no arguments), --version, and a usage error", async () => {
    for (const args of [[], ["--help"]]) {
      const help = await runImage(engine, image, args);
      assert.equal(help.exitCode, 0, help.all);
      assert.match(help.stdout, /^usage: provium <command> \[options\]/);
    }
    const version = await runImage(engine, image, ["--version"]);
    assert.equal(version.stdout.trim(), (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version);
    const bad = await runImage(engine, image, ["frobnicate"]);
    assert.equal(bad.exitCode, 2, bad.all);
    assert.match(bad.stderr, /^provium: unknown command 'frobnicate'/);
    const badFlag = await runImage(engine, image, ["run", "--jobs", "many"]);
    assert.equal(badFlag.exitCode, 2, badFlag.all);
  });

  test("without the checkout mounted: no tests found, exit 2", async () => {
    const r = await runImage(engine, image, ["run"]);
    assert.equal(r.exitCode, 2, r.all);
    assert.match(r.stderr, /^provium: tests does not exist \(give a directory of \*\.test\.lua files or a test file\)$/m);
  });

  test("runs the example suite as the user, the checkout read-only but its results directory, results owned by the user", async () => {
    const dir = checkout();
    const before = treeDigest(path.join(dir, "examples"));
    const r = await runImage(engine, image, ["run", "examples/tests", "--junit", "provium-results/junit.xml", "--json", "provium-results/results.json"], {
      user,
      volumes: readOnlyCheckout(dir),
    });
    assert.equal(r.exitCode, 0, r.all);
    // No /dev/kvm passed in: TCG, with the usual warning. The image has no compiler, so the example that builds a C program skips.
    assert.match(r.stderr, /^provium: warning: KVM is not usable \(\/dev\/kvm does not exist/m);
    assert.match(r.stdout, /skipped a static C program built on the host runs in the guest \(no C compiler \(cc\) on this host\)/);
    assert.match(r.stdout, /^26 passed, 0 failed, 4 skipped$/m);
    const json = JSON.parse(readFileSync(path.join(dir, "provium-results", "results.json"), "utf8")) as { summary: { passed: number; failed: number; skipped: number } };
    assert.deepEqual([json.summary.passed, json.summary.failed, json.summary.skipped], [26, 0, 4]);
    const written = owners(path.join(dir, "provium-results"));
    assert.deepEqual(written.sort(), ["example", "example/dmesg.txt", "junit.xml", "results.json"].map((entry) => `${entry} ${user}`));
    assert.equal(treeDigest(path.join(dir, "examples")), before, "the checkout is as it was");
  });

  const hint = `give a path this user \\(uid ${uid}\\) may write; in a container, mount the checkout \\(or the results directory\\) writable`;
  const assertions = ["run", "examples/tests/assertions.test.lua"];

  test("a checkout mounted read-only, results directory and all: exit 2 before any test runs, saying what to do", async () => {
    const dir = checkout();
    const r = await runImage(engine, image, [...assertions, "--junit", "provium-results/junit.xml"], { user, volumes: [`${dir}:/work:ro`] });
    assert.equal(r.exitCode, 2, r.all);
    assert.match(r.stderr, new RegExp(`^provium: cannot write the JUnit report provium-results/junit.xml: .+ — ${hint}`));
    assert.doesNotMatch(r.stdout, /passed/, "no test ran");
  });

  test("a results directory, or a report, of root's and not the user's: exit 2 before any test runs, saying what to do", async (t) => {
    if (process.getuid!() !== 0) return t.skip("needs root: it leaves root's results where the user runs");
    const dir = checkout(); // provium-results is the user's; in it, what an earlier run as root left:
    writeFileSync(path.join(dir, "provium-results", "junit.xml"), "");
    mkdirSync(path.join(dir, "provium-results", "more"));
    for (const [flag, target, what] of [["--junit", "provium-results/junit.xml", "the JUnit report"], ["--artifacts", "provium-results/more", "the artifacts directory"]]) {
      const r = await runImage(engine, image, [...assertions, flag!, target!], { user, volumes: [`${dir}:/work`] });
      assert.equal(r.exitCode, 2, r.all);
      assert.match(r.stderr, new RegExp(`^provium: cannot write ${what} ${target}: EACCES: permission denied.* — ${hint}`));
      assert.doesNotMatch(r.stdout, /passed/, "no test ran");
    }
  });

  test("the failing example: exit 1, and the report names the Lua lines", async () => {
    const dir = checkout();
    const r = await runImage(engine, image, ["run", "examples/failing"], { user, volumes: readOnlyCheckout(dir) });
    assert.equal(r.exitCode, 1, r.all);
    assert.match(r.stdout, /examples\/failing\/failing.test.lua:7: the answer: expected "42\\n", got "41\\n"/);
    assert.match(r.stdout, /at examples\/failing\/helpers.lua:5, called from examples\/failing\/failing.test.lua:11/);
    assert.match(r.stdout, /^1 passed, 2 failed, 0 skipped$/m);
  });

  test("the prebuilt guest is used as it is, by root and by any user: no image of it made at run time", async () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, "boot.test.lua"), BOOT_TEST);
    for (const as of [undefined, user]) {
      const r = await runImage(engine, image, [
        "-e", "-c",
        'ls "$PROVIUM_HOME/images" > /tmp/before; provium run --accel tcg boot.test.lua; ls "$PROVIUM_HOME/images" | diff /tmp/before -',
      ], { entrypoint: "sh", user: as, volumes: [`${dir}:/work:ro`] });
      assert.equal(r.exitCode, 0, `as ${as ?? "root"}: ${r.all}`);
      assert.match(r.stdout, /^1 passed, 0 failed, 0 skipped$/m);
    }
  });

  test("as a workflow's `container:` runs it: entrypoint replaced, a shell step in the workspace, no setup at job time", async () => {
    // What GitHub does: the image's entrypoint replaced, the workspace mounted elsewhere, each step a shell command as root.
    const dir = checkout();
    const r = await runImage(engine, image, ["-e", "-c", "provium run examples/tests/exec.test.lua --junit provium-results/junit.xml"], {
      entrypoint: "sh",
      workdir: "/__w/repo/repo",
      volumes: [`${dir}:/__w/repo/repo`],
    });
    assert.equal(r.exitCode, 0, r.all);
    assert.match(r.stdout, /^5 passed, 0 failed, 0 skipped$/m);
    assert.doesNotMatch(r.all, /Provium setup into|npm run setup/);
    assert.ok(existsSync(path.join(dir, "provium-results", "junit.xml")));
  });

  test("/dev/kvm passed in: the user joins its group with --group-add; without it, the warning says so", async (t) => {
    if (!existsSync("/dev/kvm")) return t.skip("this host has no /dev/kvm to pass in");
    if (process.getuid!() !== 0) return t.skip("needs root: it makes a /dev/kvm node open to a group of its own");
    // A node for the host's KVM device, open to group 4243 only (the host's /dev/kvm stays as it is).
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const node = path.join(dir, "kvm");
    const { rdev } = statSync("/dev/kvm");
    execFileSync("mknod", ["-m", "0660", node, "c", String(Math.floor(rdev / 256)), String(rdev % 256)]);
    chownSync(node, 0, 4243);
    writeFileSync(path.join(dir, "boot.test.lua"), BOOT_TEST);
    const run = (groups: string[]) => runImage(engine, image, ["run", "boot.test.lua"], { user, groups, devices: [`${node}:/dev/kvm`], volumes: [`${dir}:/work:ro`] });

    const outside = await run([]);
    assert.equal(outside.exitCode, 0, outside.all);
    assert.match(outside.stderr, new RegExp(`KVM is not usable \\(/dev/kvm cannot be opened by this user \\(uid ${uid}\\): it is open to group 4243 only; join that group \\(the kvm group\\), or in a container add --group-add 4243\\); guests run under TCG`));

    const member = await run(["4243"]);
    assert.equal(member.exitCode, 0, member.all);
    // The device opened: KVM runs, or the probe booted a guest and said why not (on hosts where a KVM guest hangs).
    assert.doesNotMatch(member.stderr, /cannot be opened|does not exist/, member.all);
    figures.push(`KVM in the container: ${/KVM is not usable \((.*)\); guests run/.exec(member.stderr)?.[1] ?? "used"}`);
  });
});
