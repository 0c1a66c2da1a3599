// The QMP client against a socket that behaves as a QEMU that fails right
// after opening its QMP socket (a kernel it cannot load): the connection is
// accepted, then closed before any greeting. The connect must fail with the
// close, not wait on a greeting nothing will send (under load the whole test
// process once ended with that promise still pending).
import assert from "node:assert/strict";
import net from "node:net";
import path from "node:path";
import { test } from "node:test";
import { Deadline } from "../../src/util/clock.ts";
import { QmpClient } from "../../src/vm/qmp.ts";
import { tempDir } from "../support/temp.ts";

// The time limit only bounds the broken case (it waited forever); the connect itself takes milliseconds.
test("a QMP socket closed before its greeting fails the connect with the close, once QEMU is gone", { timeout: 20_000 }, async () => {
  const socketPath = path.join(tempDir(), "qmp.sock");
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted++;
    socket.destroy(); // QEMU exited: no greeting
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  // Alive for the first connection (QEMU had not exited yet when the connect began), then gone.
  let checks = 0;
  const isAlive = () => checks++ < 1;
  try {
    await assert.rejects(QmpClient.connect(socketPath, Deadline.NEVER, isAlive), /cannot connect to QMP at .*qmp\.sock: the QMP connection closed \(QEMU exited\)/);
    assert.equal(accepted, 2, "it retried while QEMU was alive, and stopped when it was not");
  } finally {
    server.close();
  }
});

test("a command sent after QEMU closed its QMP socket fails at once, instead of waiting for a close that came before it", { timeout: 20_000 }, async () => {
  const socketPath = path.join(tempDir(), "qmp.sock");
  let peer: net.Socket | undefined;
  const server = net.createServer((socket) => {
    peer = socket;
    socket.on("data", () => socket.write('{"return": {}}\n')); // qmp_capabilities
    socket.write('{"QMP": {"version": {}, "capabilities": []}}\n');
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  try {
    const qmp = await QmpClient.connect(socketPath, Deadline.NEVER, () => true);
    peer!.destroy(); // QEMU exited
    await assert.rejects(qmp.execute("stop"), /the QMP connection closed \(QEMU exited\)/, "in flight when it closed");
    await assert.rejects(qmp.execute("cont"), /the QMP connection closed \(QEMU exited\)/, "sent after the close");
  } finally {
    server.close();
  }
});
