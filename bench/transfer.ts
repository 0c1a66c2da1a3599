// Moving files: vm.push / vm.pull of a 64 MiB file and of a 2,000-file tree,
// and beside them the single-call read_file / write_file they replace.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createVm } from "../src/vm/vm.ts";
import { median, row, timeMs } from "./stats.ts";

const FILE_BYTES = 64 << 20;
const TREE_FILES = 2000;
const ROUNDS = 3;
const mbps = (bytes: number, ms: number) => `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;

export async function benchTransfer(): Promise<void> {
  console.log("moving files (profile minimal, guest tmpfs; 512 MiB guest)");
  const host = mkdtempSync(path.join(tmpdir(), "provium-bench-"));
  const vm = createVm("minimal", { memoryMiB: 512 });
  try {
    const file = path.join(host, "big");
    const data = randomBytes(FILE_BYTES);
    writeFileSync(file, data);
    const tree = path.join(host, "tree");
    for (let i = 0; i < TREE_FILES; i++) {
      const dir = path.join(tree, `d${i % 40}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `f${i}`), randomBytes(1 + (i % 4096)));
    }
    await vm.boot();
    await vm.mount("tmpfs", "/tmp");

    const push: number[] = [];
    const pull: number[] = [];
    const write: number[] = [];
    const read: number[] = [];
    const treePush: number[] = [];
    const treePull: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      push.push(await timeMs(() => vm.push(file, "/tmp/big")));
      pull.push(await timeMs(() => vm.pull("/tmp/big", path.join(host, "back"))));
      await vm.exec("rm -f /tmp/big");
      // what a test had before: write_file / read_file in 16 MiB calls
      write.push(await timeMs(async () => {
        for (let offset = 0; offset < FILE_BYTES; offset += 16 << 20) await vm.writeFile("/tmp/big", data.subarray(offset, offset + (16 << 20)), { append: offset > 0 });
      }));
      read.push(await timeMs(async () => {
        for (let n = 0; n < FILE_BYTES / (16 << 20); n++) await vm.readFile("/tmp/big"); // each call: the first 16 MiB
      }));
      await vm.exec("rm -rf /tmp/big /tmp/tree");
      treePush.push(await timeMs(() => vm.push(tree, "/tmp/tree")));
      rmSync(path.join(host, "tree-back"), { recursive: true, force: true });
      treePull.push(await timeMs(() => vm.pull("/tmp/tree", path.join(host, "tree-back"))));
    }
    row(`vm:push of 64 MiB (median of ${ROUNDS})`, `${mbps(FILE_BYTES, median(push))}  (write_file in 16 MiB calls: ${mbps(FILE_BYTES, median(write))}, ${(median(write) / median(push)).toFixed(1)}×)`);
    row(`vm:pull of 64 MiB (median of ${ROUNDS})`, `${mbps(FILE_BYTES, median(pull))}  (read_file in 16 MiB calls: ${mbps(FILE_BYTES, median(read))}, ${(median(read) / median(pull)).toFixed(1)}×)`);
    row(`vm:push of a ${TREE_FILES}-file tree (median of ${ROUNDS})`, `${(TREE_FILES / (median(treePush) / 1000)).toFixed(0)} files/s`);
    row(`vm:pull of a ${TREE_FILES}-file tree (median of ${ROUNDS})`, `${(TREE_FILES / (median(treePull) / 1000)).toFixed(0)} files/s`);
  } finally {
    await vm.kill();
    rmSync(host, { recursive: true, force: true });
  }
}
