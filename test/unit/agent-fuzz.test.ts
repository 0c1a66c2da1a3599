// Both ends of the agent protocol under fuzzing, side by side for a bounded
// time (PROVIUM_FUZZ_SECONDS, default 20):
// - the agent's request path (decode, op lookup, reply encoding, the
//   read-only ops) under its coverage-guided fuzzer with AddressSanitizer and
//   UBSan: every file of agent/fuzz/corpus/ is replayed first; an input that
//   crashes is written there as crash-<hash>;
// - the host's reply decoders (framing, the schema check of results, the
//   check of a pull's listing; test/support/reply-fuzz.ts), since a guest may
//   answer anything: every file of agent/fuzz/replies/ is replayed first; an
//   input that ends in anything but a refusal is written there as crash-<hash>.
// Fix the code, and commit the file as a regression test.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { test } from "node:test";
import { AGENT_DIR, buildHostAgent, SANITIZER_ENV } from "../support/host-agent.ts";
import { fuzzReplies } from "../support/reply-fuzz.ts";
import { tempDir } from "../support/temp.ts";

const SECONDS = Number(process.env.PROVIUM_FUZZ_SECONDS ?? 20);
const CORPUS = `${AGENT_DIR}fuzz/corpus`;
const REPLIES = `${AGENT_DIR}fuzz/replies`;

test(`the agent survives ${SECONDS} s of fuzzing its request path, and the host its replies`, { timeout: (SECONDS + 120) * 1000 }, async (t) => {
  buildHostAgent();
  const fuzzer = spawn(`${AGENT_DIR}build/host/provium-agent-fuzz`, [`--seconds=${SECONDS}`, `--crashes=${CORPUS}`, CORPUS], {
    env: { ...process.env, ...SANITIZER_ENV, TMPDIR: tempDir() }, // its scratch files go with the test, even after a crash
    stdio: ["ignore", "inherit", "pipe"],
  });
  let stderr = "";
  fuzzer.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  const exited = new Promise<number | null>((resolve) => fuzzer.on("exit", resolve));
  const replies = await fuzzReplies(REPLIES, SECONDS);
  const code = await exited;
  assert.equal(code, 0, `${stderr}\nfix the agent; the input saved above stays in agent/fuzz/corpus/ as a regression test`);
  assert.equal(replies.failure, undefined, `${replies.failure?.error}\nfix the host; the input saved as ${replies.failure?.file} stays as a regression test`);
  t.diagnostic(stderr.trim()); // runs, seed (to reproduce: --seed=N), corpus growth, edges
  t.diagnostic(`host reply decoders: ${replies.runs} inputs (${replies.seeds} seeds replayed), no failure`);
});
