// The accelerator probe proves a KVM vCPU runs a kernel; presence of
// /dev/kvm is not enough (on these machines it exists but a guest hangs).
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { chooseAccel, probeKvm } from "../../src/vm/accel.ts";
import { paths } from "../../src/util/home.ts";
import { setWarningSink } from "../../src/util/log.ts";
import { tempDir } from "../support/temp.ts";

const kernel = `${paths().profileDir("minimal")}/vmlinuz`;

test("auto and kvm follow what the probe proves", async () => {
  process.env.PROVIUM_HOME = tempDir(); // no cached verdict
  const warnings: string[] = [];
  setWarningSink((message) => warnings.push(message));
  const verdict = await probeKvm(kernel, "x86_64");
  if (verdict.kvm) {
    assert.equal(await chooseAccel("auto", kernel), "kvm");
    assert.equal(await chooseAccel("kvm", kernel), "kvm");
    assert.deepEqual(warnings, []);
  } else {
    assert.equal(await chooseAccel("auto", kernel), "tcg");
    assert.equal(await chooseAccel("auto", kernel), "tcg");
    assert.equal(warnings.length, 1, "one clear warning, once");
    assert.match(warnings[0]!, /KVM is not usable \(.+\); guests run under TCG/);
    await assert.rejects(chooseAccel("kvm", kernel), /accel 'kvm' was requested but KVM does not work here: .+; use accel 'auto' or 'tcg'/);
  }
  assert.equal(await chooseAccel("tcg", kernel), "tcg");
});

test("the verdict is cached for this host boot", async () => {
  const home = tempDir();
  process.env.PROVIUM_HOME = home;
  await chooseAccel("auto", kernel);
  const cacheFile = path.join(home, "accel-probe.json");
  const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as { bootId: string; kvm: boolean };
  assert.equal(cached.bootId, readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim());
  // A forged verdict is believed: proof that no new probe ran.
  writeFileSync(cacheFile, JSON.stringify({ ...cached, kvm: !cached.kvm, reason: "forged" }));
  assert.equal(await chooseAccel("auto", kernel), cached.kvm ? "tcg" : "kvm");
  writeFileSync(cacheFile, JSON.stringify({ ...cached, bootId: "another boot", kvm: !cached.kvm }));
  assert.equal(await chooseAccel("auto", kernel), cached.kvm ? "kvm" : "tcg", "a verdict from another boot is probed again");
});
