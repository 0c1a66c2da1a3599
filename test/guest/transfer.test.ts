// vm.push / vm.pull on a real guest: trees of binary files of several sizes,
// modes, a symlink and an empty directory, compared by content hash on both
// sides; the bad inputs the issue lists.
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { findExecutable } from "../../src/util/executables.ts";
import { CHUNK_BYTES } from "../../src/vm/transfer.ts";
import { createVm, type Vm } from "../../src/vm/vm.ts";
import { tempDir } from "../support/temp.ts";

/** path → "file <sha256> <mode>" | "dir <mode>" | "symlink <target>", for a host tree. */
function hostTree(root: string, relative = ""): Map<string, string> {
  const tree = new Map<string, string>();
  const full = path.join(root, relative);
  const st = lstatSync(full);
  const mode = (st.mode & 0o7777).toString(8);
  if (st.isSymbolicLink()) tree.set(relative, `symlink ${readlinkSync(full)}`);
  else if (st.isDirectory()) {
    tree.set(relative, `dir ${mode}`);
    for (const name of readdirSync(full)) for (const [k, v] of hostTree(root, relative ? `${relative}/${name}` : name)) tree.set(k, v);
  } else tree.set(relative, `file ${createHash("sha256").update(readFileSync(full)).digest("hex")} ${mode}`);
  return tree;
}

/** The same description made inside the guest with find, stat and sha256sum. */
async function guestTree(vm: Vm, root: string): Promise<Map<string, string>> {
  const script = `cd ${root} && find . | sort | while read -r p; do
    r=\${p#./}; [ "$p" = . ] && r=
    if [ -L "$p" ]; then echo "$r|symlink $(readlink "$p")"
    elif [ -d "$p" ]; then echo "$r|dir $(stat -c %a "$p")"
    else echo "$r|file $(sha256sum "$p" | cut -d' ' -f1) $(stat -c %a "$p")"; fi
  done`;
  const r = await vm.exec(script);
  assert.equal(r.ok, true, r.stderr.toString());
  return new Map(r.stdout.toString().trim().split("\n").map((line) => line.split("|") as [string, string]));
}

function makeTree(root: string): void {
  mkdirSync(path.join(root, "bin"), { recursive: true });
  mkdirSync(path.join(root, "empty"));
  mkdirSync(path.join(root, "locked"));
  writeFileSync(path.join(root, "zero"), "");
  writeFileSync(path.join(root, "one"), "x");
  writeFileSync(path.join(root, "bin", "chunk"), randomBytes(CHUNK_BYTES));
  writeFileSync(path.join(root, "bin", "large"), randomBytes(17 * 2 ** 20 + 3)); // > 16 MiB, not a multiple of a chunk
  writeFileSync(path.join(root, "locked", "inside"), randomBytes(1000));
  writeFileSync(path.join(root, "run.sh"), "#!/bin/sh\necho ran\n");
  chmodSync(path.join(root, "run.sh"), 0o755);
  chmodSync(path.join(root, "one"), 0o600);
  chmodSync(path.join(root, "locked"), 0o555);
  symlinkSync("bin/chunk", path.join(root, "link"));
  symlinkSync("/nowhere", path.join(root, "dangling"));
}

describe("push and pull", () => {
  let vm: Vm;
  const host = tempDir();
  before(async () => {
    makeTree(path.join(host, "tree"));
    vm = createVm("minimal");
    await vm.boot();
    await vm.mount("tmpfs", "/tmp");
  });
  after(() => vm.kill());

  test("a tree pushed arrives byte-exact with modes, symlinks and empty directories, and pulls back the same", async () => {
    const bytes = await vm.push(path.join(host, "tree"), "/tmp/deep/er/tree");
    assert.equal(bytes, 0 + 1 + CHUNK_BYTES + 17 * 2 ** 20 + 3 + 1000 + "#!/bin/sh\necho ran\n".length);
    const expected = hostTree(path.join(host, "tree"));
    assert.deepEqual(await guestTree(vm, "/tmp/deep/er/tree"), expected);
    assert.equal((await vm.exec("/tmp/deep/er/tree/run.sh")).stdout.toString(), "ran\n");

    const back = path.join(host, "back", "tree");
    assert.equal(await vm.pull("/tmp/deep/er/tree", back), bytes);
    assert.deepEqual(hostTree(back), expected);
  });

  test("a single file with opts.mode, pushed over an existing one, and pulled to a new name", async () => {
    const file = path.join(host, "single");
    writeFileSync(file, randomBytes(3 * CHUNK_BYTES + 5));
    await vm.exec("mkdir -p /tmp/s && echo previous-and-longer-content-than-nothing > /tmp/s/file");
    assert.equal(await vm.push(file, "/tmp/s/file", { mode: 0o640 }), 3 * CHUNK_BYTES + 5);
    assert.equal((await vm.exec("stat -c %a /tmp/s/file")).stdout.toString(), "640\n");
    assert.equal(await vm.pull("/tmp/s/file", path.join(host, "pulled")), 3 * CHUNK_BYTES + 5);
    assert.deepEqual(readFileSync(path.join(host, "pulled")), readFileSync(file));
  });

  test("a pushed static binary runs", async () => {
    const busybox = findExecutable("busybox"); // busybox-static: setup installs it
    assert.ok(busybox, "busybox is on PATH (npm run setup installs busybox-static)");
    await vm.push(busybox, "/tmp/pushed/busybox");
    const r = await vm.exec(["/tmp/pushed/busybox", "echo", "static and pushed"]);
    assert.equal(r.stdout.toString(), "static and pushed\n");
  });

  test("bad input: a missing host path, an unwritable guest parent, a device or FIFO to pull, a full guest disk", async () => {
    await assert.rejects(vm.push(path.join(host, "missing"), "/tmp/x"), /ENOENT|no such file/i);
    await assert.rejects(vm.push(path.join(host, "tree", "one"), "/proc/provium/one"), /put_files: cannot create directory \/proc\/provium/);
    await assert.rejects(vm.pull("/dev/null", path.join(host, "null")), /\/dev\/null is a device, FIFO or socket/);
    await vm.exec("mkfifo /tmp/fifo");
    await assert.rejects(vm.pull("/tmp", path.join(host, "tmp-with-fifo")), /\/tmp\/fifo is a device, FIFO or socket/);
    await vm.mount("tmpfs", "/tmp/small", { data: "size=1m" });
    await assert.rejects(vm.push(path.join(host, "tree", "bin", "chunk"), "/tmp/small/chunk"), /\/tmp\/small\/chunk: No space left on device/);
    assert.equal((await vm.exec("echo still serving")).stdout.toString(), "still serving\n");
  });
});
