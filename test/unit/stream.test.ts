// StreamReader over a scripted source: reads, lines, expect's consumption,
// bounds, and the messages of timeouts and ended streams. Signal names too.
import assert from "node:assert/strict";
import { test } from "node:test";
import { signalNumber } from "../../src/vm/signals.ts";
import { plainMatcher, StreamReader, type Chunk, type StreamSource } from "../../src/vm/stream.ts";

/** A source that hands out the given chunks, one per fetch; then waits out each fetch's timeout (or ends, when eof). */
function scripted(chunks: (string | Chunk)[], end = false): StreamSource {
  const queue = chunks.map((c) => (typeof c === "string" ? { data: Buffer.from(c), eof: false } : c));
  return {
    what: "the test stream",
    endReason: () => "the test process exited with status 4",
    async fetch(max, timeoutMs) {
      const next = queue.shift();
      if (next) {
        assert.ok(max > 0, "asks for something");
        if (next.data.length > max) queue.unshift({ data: next.data.subarray(max), eof: next.eof });
        return { ...next, data: next.data.subarray(0, max), eof: next.data.length <= max && next.eof };
      }
      if (end) return { data: Buffer.alloc(0), eof: true };
      await new Promise((resolve) => setTimeout(resolve, timeoutMs));
      return { data: Buffer.alloc(0), eof: false };
    },
  };
}

const text = (b: Buffer | undefined) => b?.toString();

test("read returns what is there, '' when nothing came in time, undefined at the end", async () => {
  const r = new StreamReader(scripted(["ab", "cd"], true));
  assert.equal(text(await r.read(1)), "a");
  assert.equal(text(await r.read()), "b");
  assert.equal(text(await r.read()), "cd");
  assert.equal(await r.read(), undefined);
  assert.equal(text(await new StreamReader(scripted([])).read(10, 20)), "");
});

test("read_line joins chunks, strips \\r\\n, returns the last unterminated line, then undefined", async () => {
  const r = new StreamReader(scripted(["one\r\ntw", "o\nthr", "ee"], true));
  assert.deepEqual([await r.readLine(100), await r.readLine(100), await r.readLine(100), await r.readLine(100)].map(text), ["one", "two", "three", undefined]);
});

test("expect consumes through the match and keeps what follows", async () => {
  const r = new StreamReader(scripted(["login", ": rest\n"]));
  const m = await r.expect(plainMatcher(Buffer.from(": ")), '": "', 1000);
  assert.deepEqual([text(m.before), text(m.match)], ["login", ": "]);
  assert.equal(text(await r.readLine(100)), "rest");
});

test("expect fails at once when the stream ends, with how it ended and its output", async () => {
  const started = Date.now();
  const r = new StreamReader(scripted(["bye\n"], true));
  await assert.rejects(r.expect(plainMatcher(Buffer.from("never")), '"never"', 60_000), /expect: the test process exited with status 4 before "never" appeared in the test stream; unread output \(4 bytes\):\nbye\n/);
  assert.ok(Date.now() - started < 1000);
});

test("a timeout names the stream and shows the output so far", async () => {
  const r = new StreamReader(scripted(["partial"]));
  await assert.rejects(r.expect(plainMatcher(Buffer.from("x")), '"x"', 50), /"x" did not appear in the test stream within 0.1 s; unread output \(7 bytes\):\npartial/);
  await assert.rejects(r.readLine(50), /no complete line from the test stream within 0.1 s; unread output \(7 bytes\):\npartial/);
});

test("the buffer is bounded: reads ask for no more than the room left, expect drops the oldest unmatched bytes", async () => {
  const r = new StreamReader(scripted(["aaaaaaaa", "bbbbbbbb", "cccc", "MATCH"]), 10);
  const m = await r.expect(plainMatcher(Buffer.from("MATCH")), '"MATCH"', 1000);
  assert.equal(text(m.match), "MATCH");
  assert.ok(r.dropped > 0, "what expect discarded is counted");
  const guest = new StreamReader(scripted([{ data: Buffer.from("x"), eof: false, dropped: 5 }]));
  await guest.read();
  assert.equal(guest.dropped, 5, "what the guest dropped is counted too");
});

test("signals by name or number; unknown ones are refused with the known names", () => {
  assert.equal(signalNumber("SIGUSR1"), 10);
  assert.equal(signalNumber("term"), 15);
  assert.equal(signalNumber("SIGRTMIN+2"), 36);
  assert.equal(signalNumber(9), 9);
  assert.throws(() => signalNumber("SIGNOPE"), /unknown signal 'SIGNOPE' \(known: SIGHUP, SIGINT/);
  assert.throws(() => signalNumber(65), /signal 65 does not exist: Linux signals are 1-64/);
});
