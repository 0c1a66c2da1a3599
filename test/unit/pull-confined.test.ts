// vm:pull against a guest that lies: the hostile agent (a test double, see
// test/support/hostile-agent.ts) answers through the real agent built for the
// host, serving a temporary directory as the guest's files, and rewrites the
// replies a test picks. Every refused pull must name the operation and the
// VM, create and change nothing (in the results directory or outside it), and
// leave the connection usable for the next request.
import assert from "node:assert/strict";
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { after, before, test } from "node:test";
import type { AgentClient } from "../../src/agent/client.ts";
import { pullPath } from "../../src/vm/pull.ts";
import { CHUNK_BYTES, type AgentRequest } from "../../src/vm/transfer.ts";
import { buildHostAgent } from "../support/host-agent.ts";
import { HostileAgent, requester, type Tamper } from "../support/hostile-agent.ts";
import { tempDir } from "../support/temp.ts";

let hostile: HostileAgent;
let client: AgentClient;
let request: AgentRequest;

before(async () => {
  buildHostAgent();
  hostile = await HostileAgent.start();
  client = await hostile.client();
  request = requester(client);
});
after(async () => {
  client.close();
  await hostile.stop();
});

/** A fresh guest tree, results directory and outside directory (what an escape would reach). */
function place() {
  const base = tempDir();
  const dirs = { guest: path.join(base, "guest"), results: path.join(base, "results"), outside: path.join(base, "outside") };
  for (const dir of Object.values(dirs)) mkdirSync(dir);
  hostile.tamper = () => undefined;
  return {
    ...dirs,
    pull: (guest: string, destination: string) => pullPath(request, path.join(dirs.guest, guest), path.join(dirs.results, destination), { beneath: dirs.results, what: `vm:pull of ${guest} from VM 'hostile-1'` }),
  };
}

/** Every entry below dir: kind, and a link's target or a file's bytes (what "nothing changed" compares). */
function treeOf(dir: string): Record<string, string> {
  const tree: Record<string, string> = {};
  const walk = (at: string, rel: string) => {
    for (const name of readdirSync(at).sort()) {
      const full = path.join(at, name);
      const key = path.join(rel, name);
      const st = lstatSync(full);
      if (st.isSymbolicLink()) tree[key] = `link ${readlinkSync(full)}`;
      else if (st.isDirectory()) {
        tree[key] = `dir ${(st.mode & 0o7777).toString(8)}`;
        walk(full, key);
      } else tree[key] = `file ${(st.mode & 0o7777).toString(8)} ${readFileSync(full).toString("hex").slice(0, 64)}`;
    }
  };
  walk(dir, "");
  return tree;
}

/** The pull fails with a message matching what (naming the operation and the VM), and changes nothing anywhere. */
async function refused(p: ReturnType<typeof place>, run: () => Promise<unknown>, what: RegExp): Promise<void> {
  const before = [treeOf(p.results), treeOf(p.outside)];
  await assert.rejects(run, (error: Error) => {
    assert.match(error.message, /^vm:pull of \S+ from VM 'hostile-1': /);
    assert.match(error.message, what);
    assert.doesNotMatch(error.stack ?? "", /TypeError|RangeError/);
    return true;
  });
  assert.deepEqual([treeOf(p.results), treeOf(p.outside)], before, "a refused pull changed the host's files");
  // the connection still answers
  hostile.tamper = () => undefined;
  assert.equal((await request("read_file", { path: "/proc/self/stat", max: 1 })).data.length, 1);
}

/** Rewrites list_tree's entries (the honest ones given). */
const listing = (rewrite: (entries: Record<string, unknown>[]) => unknown[]): Tamper => (op, _args, honest) =>
  op === "list_tree" && honest.ok ? { ok: true, result: { entries: rewrite(honest.result!.entries as Record<string, unknown>[]) } } : undefined;

const entry = (fields: Record<string, unknown>) => ({ path: "x", kind: "file", mode: 0o644, size: 1, target: "", ...fields });

test("the issue's example: a directory where the host has the guest's earlier link is refused, nothing reaches what the link points at", async () => {
  const p = place();
  mkdirSync(path.join(p.guest, "d"));
  symlinkSync(p.outside, path.join(p.guest, "d", "link"));
  await p.pull("d", "d");
  assert.equal(readlinkSync(path.join(p.results, "d", "link")), p.outside, "a guest's symlink arrives as a symlink");
  rmSync(path.join(p.guest, "d", "link"));
  mkdirSync(path.join(p.guest, "d", "link"));
  writeFileSync(path.join(p.guest, "d", "link", "escape"), "pwned");
  await refused(p, () => p.pull("d", "d"), new RegExp(`results/d/link is a symlink to ${p.outside}, where the guest has the directory .*/d/link: vm:pull never writes through a link`));
  assert.equal(existsSync(path.join(p.outside, "escape")), false);
  // a single pull into a results directory that holds such a link already: the same
  await refused(p, () => p.pull("d/link", "d/link/deeper"), /results\/d\/link is a symlink to .*, not a directory: vm:pull never writes through a link/);
});

test("a link anywhere on the way to the destination is never followed; a link or file at the destination itself is replaced, not written through", async () => {
  const p = place();
  writeFileSync(path.join(p.guest, "f"), "guest data");
  symlinkSync(p.outside, path.join(p.results, "planted"));
  await refused(p, () => p.pull("f", "planted/f"), /planted is a symlink to .*outside, not a directory/);
  writeFileSync(path.join(p.outside, "target"), "host data");
  symlinkSync(path.join(p.outside, "target"), path.join(p.results, "f"));
  assert.equal(await p.pull("f", "f"), 10);
  assert.equal(readFileSync(path.join(p.outside, "target"), "utf8"), "host data", "the link's target is untouched");
  assert.equal(lstatSync(path.join(p.results, "f")).isFile(), true);
  symlinkSync("/", path.join(p.guest, "root-link"));
  await p.pull("root-link", "f"); // a file replaced by a link to /
  assert.equal(readlinkSync(path.join(p.results, "f")), "/");
  mkdirSync(path.join(p.guest, "tree"));
  writeFileSync(path.join(p.guest, "tree", "inner"), "x");
  await refused(p, () => p.pull("tree", "f"), /results\/f is a symlink to \/, where the guest has the directory/);
});

test("a guest directory replaced by a link between two pulls: the host's directory stays, the pull is refused", async () => {
  const p = place();
  mkdirSync(path.join(p.guest, "d", "sub"), { recursive: true });
  writeFileSync(path.join(p.guest, "d", "sub", "f"), "one");
  await p.pull("d", "d");
  rmSync(path.join(p.guest, "d", "sub"), { recursive: true });
  symlinkSync("/etc", path.join(p.guest, "d", "sub"));
  await refused(p, () => p.pull("d", "d"), /results\/d\/sub is a directory, where the guest has a symlink .*\/d\/sub: remove it, or pull elsewhere/);
});

test("names that could climb out, and listings that are no tree, are refused before anything is written", async () => {
  const p = place();
  mkdirSync(path.join(p.guest, "d"));
  writeFileSync(path.join(p.guest, "d", "f"), "data");
  const cases: [string, (entries: Record<string, unknown>[]) => unknown[], RegExp][] = [
    ["../", (e) => [...e, entry({ path: "../escape" })], /the entry "\.\.\/escape" has the name '\.\.'/],
    ["deep ../", (e) => [...e, entry({ path: "f/../../escape" })], /has the name '\.\.'/],
    ["absolute", (e) => [...e, entry({ path: `${p.outside}/escape` })], /has an empty name \(a leading, trailing or doubled \/\)/],
    ["doubled /", (e) => [...e, entry({ path: "a//b" })], /has an empty name/],
    [".", (e) => [...e, entry({ path: "." })], /has the name '\.'/],
    ["NUL", (e) => [...e, entry({ path: "a\0b" })], /is malformed \(entries\[3\]\.path is not a string without NUL bytes\)/],
    ["long name", (e) => [...e, entry({ path: "n".repeat(256) })], /a name longer than 255 bytes/],
    ["deep", (e) => [...e, ...Array.from({ length: 130 }, (_, i) => entry({ path: Array(i + 1).fill("a").join("/"), kind: "dir" }))], /130 directories deep, more than 128|129 directories deep/],
    ["twice", (e) => [...e, e[1]!], /it lists "f" twice/],
    ["no parent", (e) => [...e, entry({ path: "nodir/f" })], /the entry "nodir\/f" comes without its directory "nodir" before it/],
    ["root not first", (e) => [...e.slice(1), e[0]!], /its first entry is "f", not the path itself/],
    ["device", (e) => [...e, entry({ path: "dev", kind: "other" })], /\/d\/dev is a device, FIFO or socket/],
    ["unknown kind", (e) => [...e, entry({ path: "h", kind: "hardlink" })], /of an unknown kind "hardlink"/],
    ["empty", () => [], /it is empty/],
    ["huge size", (e) => [e[0]!, { ...e[1]!, size: 2n ** 60n }], /claims 1152921504606846976 bytes/],
    ["size not a number", (e) => [e[0]!, { ...e[1]!, size: "5" }], /is malformed \(entries\[2\]\.size is not of type u64\)/],
    ["missing field", (e) => [e[0]!, { path: "f", kind: "file", mode: 0o644, size: 4 }], /entries\[2\]\.target is missing/],
    ["link with NUL", (e) => [...e, entry({ path: "l", kind: "symlink", target: "/a\0b" })], /is malformed/],
    ["empty link", (e) => [...e, entry({ path: "l", kind: "symlink", target: "" })], /an empty target/],
    ["not a list", () => 7 as unknown as unknown[], /is malformed \(entries is not of type record_list\)/],
  ];
  for (const [name, rewrite, message] of cases) {
    hostile.tamper = listing(rewrite);
    await refused(p, () => p.pull("d", "d"), message).catch((error: Error) => {
      throw new Error(`case '${name}': ${error.message}`);
    });
  }
  // and a file whose listing lies that it is a directory with entries under it
  writeFileSync(path.join(p.guest, "plain"), "x");
  hostile.tamper = listing((e) => [...e, entry({ path: "under" })]);
  await refused(p, () => p.pull("plain", "plain"), /plain is listed as a file, with entries under it/);
});

test("read_file replies that disagree with the listing: more than asked, a file that ends early, endless or empty streams", async () => {
  const p = place();
  const big = randomBytes(CHUNK_BYTES * 2 + 10);
  writeFileSync(path.join(p.guest, "big"), big);
  writeFileSync(path.join(p.guest, "small"), "small");
  const cases: [string, string, Tamper, RegExp][] = [
    ["more than asked", "small", (op, _a, honest) => (op === "read_file" ? { ok: true, result: { data: Buffer.alloc(CHUNK_BYTES + 1), truncated: false } } : undefined), /the guest sent 2097153 bytes of .*small at offset 0, asked for at most 2097152/],
    ["ends early", "big", (op, args, honest) => (op === "read_file" && args.offset === CHUNK_BYTES ? { ok: true, result: { data: Buffer.alloc(100), truncated: true } } : undefined), /big ended at 2097252 bytes while it was pulled \(it was listed with 4194314\)/],
    ["endless", "small", (op) => (op === "read_file" ? { ok: true, result: { data: Buffer.alloc(CHUNK_BYTES), truncated: true } } : undefined), /small grew past \d+ bytes while it was pulled \(it was listed with 5; at most 64 MiB more are taken\)/],
    ["empty but more", "small", (op) => (op === "read_file" ? { ok: true, result: { data: Buffer.alloc(0), truncated: true } } : undefined), /the guest said .*small goes on past 0 bytes, but sent none of it/],
    ["data of another type", "small", (op) => (op === "read_file" ? { ok: true, result: { data: "text", truncated: false } } : undefined), /the agent's reply to 'read_file' is malformed \(data is not of type bytes\)/],
  ];
  for (const [name, file, tamper, message] of cases) {
    hostile.tamper = tamper;
    await refused(p, () => p.pull(file, file), message).catch((error: Error) => {
      throw new Error(`case '${name}': ${error.message}`);
    });
  }
  hostile.tamper = () => undefined;
  assert.equal(await p.pull("big", "big"), big.length);
  assert.deepEqual(readFileSync(path.join(p.results, "big")), big);
});

test("an error reply's text is bounded and its errno kept only when it is one", async () => {
  const p = place();
  hostile.tamper = (op) => (op === "list_tree" ? { ok: false, error: "\x1b]0;owned\x07".padEnd(100_000, "x"), errno: -5 } : undefined);
  await assert.rejects(p.pull("nothing", "nothing"), (error: Error & { errno?: number }) => {
    assert.ok(error.message.length < 2200, `${error.message.length} characters`);
    assert.match(error.message, /… \(\d+ more characters\)$/);
    assert.equal(error.errno, 0);
    return true;
  });
});

test("honest pulls still work: a tree merged into an earlier pull, modes kept but for setuid/setgid/sticky, read-only directories filled", async () => {
  const p = place();
  mkdirSync(path.join(p.guest, "t", "ro", "inner"), { recursive: true });
  writeFileSync(path.join(p.guest, "t", "ro", "inner", "f"), "f");
  writeFileSync(path.join(p.guest, "t", "suid"), "#!/bin/sh\n");
  chmodSync(path.join(p.guest, "t", "suid"), 0o4755);
  symlinkSync("../suid", path.join(p.guest, "t", "ro", "link"));
  chmodSync(path.join(p.guest, "t", "ro", "inner"), 0o500);
  chmodSync(path.join(p.guest, "t", "ro"), 0o555);
  assert.equal(await p.pull("t", "t"), 11);
  const first = treeOf(path.join(p.results, "t"));
  assert.equal(first.suid, `file 755 ${Buffer.from("#!/bin/sh\n").toString("hex")}`);
  assert.equal(first["ro/inner"], "dir 500");
  assert.equal(first.ro, "dir 555");
  assert.equal(first["ro/link"], "link ../suid");
  // again, with an extra host file in it (kept) and a changed guest file (replaced)
  writeFileSync(path.join(p.results, "t", "host-only"), "mine");
  writeFileSync(path.join(p.guest, "t", "suid"), "new");
  assert.equal(await p.pull("t", "t"), 4);
  const second = treeOf(path.join(p.results, "t"));
  assert.equal(readFileSync(path.join(p.results, "t", "host-only"), "utf8"), "mine");
  assert.equal(second.suid, `file 755 ${Buffer.from("new").toString("hex")}`);
  assert.deepEqual(readdirSync(p.results), ["t"], "no staging directory is left behind");
  for (const dir of [path.join(p.results, "t", "ro"), path.join(p.results, "t", "ro", "inner")]) chmodSync(dir, 0o755);
  assert.equal(statSync(path.join(p.results, "t")).isDirectory(), true);
});

test("stress: 240 pulls, 8 at once, honest and hostile mixed, into shared and separate places: every honest one whole, no refused one leaves anything, nothing escapes", async () => {
  const p = place();
  mkdirSync(path.join(p.guest, "tree", "sub"), { recursive: true });
  const files: Record<string, Buffer> = {};
  for (let i = 0; i < 40; i++) files[`f${i}`] = randomBytes(1 + ((i * 997) % 20000));
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(p.guest, "tree", name.endsWith("7") ? `sub/${name}` : name), data);
  symlinkSync(p.outside, path.join(p.guest, "tree", "link"));
  const expected = treeOf(path.join(p.guest, "tree"));
  // Every third pull is lied to: a name that climbs out, or a file cut short, picked by the pull's own destination.
  hostile.tamper = (op, args, honest) => {
    const lie = String(args.path).match(/#lie-(\w+)/)?.[1];
    if (!lie) return undefined;
    if (op === "list_tree" && lie === "name") return { ok: true, result: { entries: [...(honest.result!.entries as object[]), entry({ path: "../../escape" })] } };
    if (op === "read_file" && lie === "short") return { ok: true, result: { data: Buffer.alloc(0), truncated: true } };
    return undefined;
  };
  // the lie is chosen by the guest path: copies of the tree named for it
  for (const lie of ["name", "short"]) cpSync(path.join(p.guest, "tree"), path.join(p.guest, `#lie-${lie}`), { recursive: true, verbatimSymlinks: true });
  const outcomes = { whole: 0, refused: 0 };
  const pulls = Array.from({ length: 240 }, (_, i) => async () => {
    const lie = i % 3 === 1 ? "name" : i % 3 === 2 ? "short" : undefined;
    const source = lie ? `#lie-${lie}` : "tree";
    const destination = i % 2 ? "shared" : `own-${i}`;
    try {
      await p.pull(source, destination);
      assert.equal(lie, undefined, `pull ${i} was lied to and still succeeded`);
      outcomes.whole++;
    } catch (error) {
      assert.ok(lie, `honest pull ${i} failed: ${(error as Error).message}`);
      assert.match((error as Error).message, /^vm:pull of .* from VM 'hostile-1': /);
      outcomes.refused++;
    }
  });
  const running = new Set<Promise<void>>();
  for (const pull of pulls) {
    if (running.size >= 8) await Promise.race(running);
    const done: Promise<void> = pull().finally(() => running.delete(done));
    running.add(done);
  }
  await Promise.all(running);
  assert.deepEqual(outcomes, { whole: 80, refused: 160 });
  assert.deepEqual(readdirSync(p.outside), [], "nothing escaped");
  for (const name of readdirSync(p.results)) assert.deepEqual(treeOf(path.join(p.results, name)), expected, `${name} holds the honest tree, whole`);
  assert.equal(readdirSync(p.results).filter((name) => name.startsWith(".provium-pull-")).length, 0, "no staging directory is left");
  assert.equal(readdirSync(p.results).length, 1 + 40, "shared, and one directory per honest pull of its own");
});
