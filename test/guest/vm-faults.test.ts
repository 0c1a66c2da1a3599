// Bad input and faults: each gives one clear error naming the thing and the fix.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadConfig } from "../../src/config/config.ts";
import { ProviumError, VmError } from "../../src/util/errors.ts";
import { paths } from "../../src/util/home.ts";
import { createVm } from "../../src/vm/vm.ts";
import { tempDir } from "../support/temp.ts";

const minimalKernel = () => `${paths().profileDir("minimal")}/vmlinuz`;

test("QEMU missing from PATH: the error names it and the setup command", async () => {
  const saved = process.env.PATH;
  process.env.PATH = "/nonexistent";
  try {
    const vm = createVm("minimal", { accel: "tcg" });
    await assert.rejects(vm.boot(), (e: unknown) => e instanceof ProviumError && /qemu-system-x86_64 was not found.*npm run setup/.test(e.message));
    assert.equal(vm.state, "stopped");
  } finally {
    process.env.PATH = saved;
  }
});

test("QEMU refusing to start (an ELF that is no kernel): its own words are the error, not a socket that never opened", async () => {
  const suite = tempDir({ "provium.toml": `[profiles.elf]\nkernel = "${process.execPath}"\n` });
  const vm = createVm("elf", { config: loadConfig(suite), accel: "tcg" });
  await assert.rejects(vm.boot(), (e: unknown) => {
    assert.ok(e instanceof VmError, String(e));
    assert.match(e.message, /^VM 'elf-\d+': QEMU exited with status 1 \(QEMU said: .*PVH ELF Note/);
    assert.doesNotMatch(e.message, /QMP|ECONNREFUSED/);
    return true;
  });
  assert.equal(vm.state, "stopped");
});

test("a guest that panics fails the boot with the panic and the console tail", async () => {
  // A user profile with the built-in kernel whose init does not exist: the kernel panics.
  const suite = tempDir({ "provium.toml": `[profiles.broken]\nkernel = "${minimalKernel()}"\ncmdline = "rdinit=/no/such/init"\n` });
  const vm = createVm("broken", { config: loadConfig(suite), accel: "tcg" });
  await assert.rejects(vm.boot(), (e: unknown) => {
    assert.ok(e instanceof VmError, String(e));
    assert.match(e.message, /the guest kernel panicked: Kernel panic - not syncing/);
    assert.match(e.message, /full log: .*console.log/);
    assert.match(e.consoleTail, /Kernel panic/);
    return true;
  });
});

test("a kernel without the virtio drivers fails the boot as soon as the agent says so, not at the timeout", async () => {
  // The distribution kernel has virtio as modules; without an initrd the guest gets busybox only, no modules.
  const suite = tempDir({ "provium.toml": `[profiles.no-virtio]\nkernel = "${minimalKernel()}"\n` });
  const vm = createVm("no-virtio", { config: loadConfig(suite), accel: "tcg" });
  await assert.rejects(vm.boot(), (e: unknown) => {
    assert.ok(e instanceof VmError, String(e));
    assert.match(e.message, /VM 'no-virtio-\d+' did not become ready: the guest agent cannot serve: no virtio port named org.provium.agent: the kernel needs CONFIG_VIRTIO_PCI and CONFIG_VIRTIO_CONSOLE/);
    assert.doesNotMatch(e.message, /boot timeout/, "it did not wait for the 60 s boot timeout");
    return true;
  });
  assert.equal(vm.state, "stopped");
});

test("an agent that does not answer within the boot timeout: error with the console tail", async () => {
  const vm = createVm("minimal", { bootTimeoutMs: 1500 });
  const started = Date.now();
  await assert.rejects(vm.boot(), (e: unknown) => {
    assert.ok(e instanceof VmError, String(e));
    assert.match(e.message, /did not become ready: the guest agent did not answer within the boot timeout \(1.5 s\)/);
    assert.match(e.message, /last lines of the console \(full log: .*console.log\)/);
    return true;
  });
  assert.ok(Date.now() - started < 5000);
  assert.equal(vm.state, "stopped");
});

test("QEMU dying mid-request fails that request promptly with its exit and console tail", async () => {
  const vm = createVm("minimal");
  await vm.boot();
  const request = vm.exec("sleep 60");
  setTimeout(() => process.kill(vm.pid!, "SIGKILL"), 300);
  const started = Date.now();
  await assert.rejects(request, (e: unknown) => {
    assert.ok(e instanceof VmError, String(e));
    assert.match(e.message, /QEMU was killed by SIGKILL/);
    assert.match(e.message, /full log: /);
    return true;
  });
  assert.ok(Date.now() - started < 5000, "failed promptly");
  // Later requests say why the VM is gone, not "was shut down" (the host did not stop it).
  await assert.rejects(vm.readFile("/proc/version"), /cannot read_file: VM 'minimal-\d+' is gone: QEMU was killed by SIGKILL/);
});
