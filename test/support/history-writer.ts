// One writer of the history stress test: adds N runs of 2,000 results to a
// history directory as fast as it can (`node --import tsx history-writer.ts DIR WRITER N`).
import { recordOf } from "../../src/history/record.ts";
import { appendRecord } from "../../src/history/store.ts";
import { ENV } from "./history.ts";

const [dir, writer, count] = process.argv.slice(2);
const tests = Array.from({ length: 2000 }, (_, i) => ({
  file: `f${i % 20}.test.lua`, name: `test ${i}`, line: 1, status: i % 13 ? ("passed" as const) : ("failed" as const), durationMs: i, tags: [], logs: [], warnings: [],
}));
for (let i = 0; i < Number(count); i++) {
  const time = new Date(Date.UTC(2026, 0, 1, 0, Number(writer), i)).toISOString();
  appendRecord(dir!, recordOf(tests, { id: `w${writer}-${i}`, time, ...ENV }), 1000);
}
