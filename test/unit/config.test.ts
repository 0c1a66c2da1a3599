// Bad profiles and configuration, found before any guest starts: each gives
// one clear error naming the file, the key and the fix.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadConfig } from "../../src/config/config.ts";
import { ProviumError } from "../../src/util/errors.ts";
import { createVm } from "../../src/vm/vm.ts";
import { FAKE_BZIMAGE, tempDir } from "../support/temp.ts";

test("unknown profile: the error lists the known ones and the config key to add", () => {
  const suite = tempDir({ "provium.toml": '[profiles.mine]\nkernel = "bzImage"\n' });
  const config = loadConfig(suite);
  assert.throws(() => createVm("nope", { config }), /unknown profile 'nope' \(known: minimal, distro, mine\): add \[profiles.nope\] to .*provium.toml/);
});

test("a profile whose kernel file is missing names the file and the config key", () => {
  const suite = tempDir({ "provium.toml": '[profiles.mine]\nkernel = "build/bzImage"\n' });
  assert.throws(
    () => createVm("mine", { config: loadConfig(suite) }),
    (e: unknown) => e instanceof ProviumError && e.message.includes(`${suite}/build/bzImage does not exist`) && e.message.includes("profiles.mine.kernel"),
  );
});

test("an unreadable initrd is reported with its config key", () => {
  const suite = tempDir({ "provium.toml": `[profiles.mine]\nkernel = "bzImage"\ninitrd = "missing.cpio"\n`, bzImage: FAKE_BZIMAGE });
  assert.throws(() => createVm("mine", { config: loadConfig(suite) }), /initrd \(profiles.mine.initrd in .*\) .*missing.cpio does not exist/);
});

test("bad config keys and types name the file and the key", () => {
  assert.throws(() => loadConfig(tempDir({ "provium.toml": "[profiles.a]\nmemory = \"lots\"\n" })), /provium.toml: profiles.a.memory must be a positive integer \(MiB\)/);
  assert.throws(() => loadConfig(tempDir({ "provium.toml": "[profiles.a]\nkernal = \"x\"\n" })), /profiles.a.kernal is not a profile setting/);
  assert.throws(() => loadConfig(tempDir({ "provium.toml": "[profiles\n" })), /provium.toml:1: /);
});
