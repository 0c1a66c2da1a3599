// The distro root's image (src/setup/root-tree.ts): a tree only root can
// read is listed, imaged and removed by commands run as root (through
// `sudo -n` for a user: checked by hand as a user with sudo, since a test
// cannot become another user), and its image keeps every owner and mode.
import assert from "node:assert/strict";
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { execa } from "execa";
import { summarizeTree, treeSize } from "../../src/host/images.ts";
import { Apt } from "../../src/setup/apt.ts";
import { parseFindListing, removeAbandonedTrees, removeRootTree, rootTreeImage } from "../../src/setup/root-tree.ts";
import type { RunResult } from "../../src/setup/proc.ts";
import { findSbin } from "../../src/util/executables.ts";
import { tempDir } from "../support/temp.ts";

/** Records the commands it runs as root. */
class RecordingApt extends Apt {
  readonly ran: string[] = [];
  override tryAsRoot(cmd: string, args: string[]): Promise<RunResult> {
    this.ran.push(path.basename(cmd));
    return super.tryAsRoot(cmd, args);
  }
}

function sampleTree(): string {
  const root = path.join(tempDir(), "root");
  mkdirSync(path.join(root, "etc/with space"), { recursive: true });
  mkdirSync(path.join(root, "root"));
  writeFileSync(path.join(root, "etc/shadow"), "root:*:19000:0:99999:7:::\n");
  writeFileSync(path.join(root, "etc/with space/big"), Buffer.alloc(300_000, 1));
  symlinkSync("x".repeat(80), path.join(root, "etc/long-link")); // a target too long for the inode
  symlinkSync("shadow", path.join(root, "etc/short-link"));
  return root;
}

test("find's listing sizes a tree as the walk does", async () => {
  const root = sampleTree();
  const listing = await execa("find", [root, "-printf", "%y %s %P\\0"]);
  const { blocks, entries } = summarizeTree(root);
  assert.deepEqual(treeSize(parseFindListing(listing.stdout)), { blocks, entries });
  assert.deepEqual(parseFindListing("d 4096 \0f 3 a b\0p 0 fifo\0"), [
    { rel: "", type: "d", size: 4096 },
    { rel: "a b", type: "f", size: 3 },
    { rel: "fifo", type: "o", size: 0 },
  ]);
});

test("a root-only tree: imaged and removed by root's commands, its owners and modes kept", { skip: process.getuid?.() !== 0 && "needs root (as CI runs)" }, async () => {
  const root = sampleTree();
  chownSync(path.join(root, "etc/shadow"), 0, 42);
  chmodSync(path.join(root, "etc/shadow"), 0o640);
  chmodSync(path.join(root, "root"), 0o700);
  chownSync(path.join(root, "etc/with space/big"), 1234, 1234);
  const image = path.join(tempDir(), "root.ext4");
  const apt = new RecordingApt();
  await rootTreeImage(root, image, apt);
  assert.deepEqual(apt.ran, ["find", "mke2fs", "debugfs"], "every read of the tree runs as root");
  assert.equal(statSync(image).uid, process.getuid?.(), "the image file is this user's");
  const stat = async (file: string) => (await execa(findSbin("debugfs")!, ["-R", `stat "${file}"`, image])).stdout;
  assert.match(await stat("/etc/shadow"), /Mode:\s+0640[\s\S]*User:\s+0\s+Group:\s+42\s/);
  assert.match(await stat("/root"), /Type: directory\s+Mode:\s+0700/);
  assert.match(await stat("/etc/with space/big"), /User:\s+1234\s+Group:\s+1234\s+Project:\s+\d+\s+Size: 300000/);
  assert.doesNotMatch((await execa(findSbin("debugfs")!, ["-R", "ls /", image])).stdout, /lost\+found/);
  await removeRootTree(root, apt);
  assert.equal(existsSync(root), false);
  assert.deepEqual(apt.ran.slice(3), ["rm"]);
  await removeRootTree(root, apt); // nothing there: not an error
});

test("the staging trees of setups that are gone are removed as root; a live setup's and other names stay", { skip: process.getuid?.() !== 0 && "needs root (as CI runs)" }, async () => {
  const parent = tempDir();
  const child = execa("true");
  const gone = child.pid!;
  await child; // exited and reaped: no such process now
  const STAGING = /^\.distro-(\d+)\.tmp$/;
  for (const name of [`.distro-${gone}.tmp`, `.distro-${process.pid}.tmp`, "distro", ".distro-x.tmp"]) {
    mkdirSync(path.join(parent, name, "root"), { recursive: true });
    chmodSync(path.join(parent, name, "root"), 0o700);
  }
  const apt = new RecordingApt();
  assert.deepEqual(await removeAbandonedTrees(parent, STAGING, apt), [`.distro-${gone}.tmp`]);
  assert.deepEqual(apt.ran, ["rm"]);
  assert.deepEqual(readdirSync(parent).sort(), [`.distro-${process.pid}.tmp`, ".distro-x.tmp", "distro"].sort());
});
