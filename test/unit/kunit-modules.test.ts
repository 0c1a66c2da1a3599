// Which modules of a modules tree hold KUnit suites, and their names, read
// from real relocatable objects that gcc compiles here the way the kernel
// lays suites out: a .kunit_test_suites array of pointers to structs whose
// first member is the name.
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { before, test } from "node:test";
import { execa } from "execa";
import { pointedStrings, sectionNames } from "../../src/util/elf.ts";
import { kunitModules } from "../../src/vm/kunit-modules.ts";
import { tempDir } from "../support/temp.ts";

const SUITES = `
struct kunit_suite { const char name[256]; void *test_cases; };
static struct kunit_suite alpha = { .name = "alpha" };
static struct kunit_suite beta = { .name = "beta-suite" };
static struct kunit_suite *suites[] __attribute__((used, section(".kunit_test_suites"))) = { &beta, &alpha };
`;
const PLAIN = "int provium_plain_module(void) { return 42; }\n";

const dir = tempDir({ "suites.c": SUITES, "plain.c": PLAIN });
const object = (name: string) => path.join(dir, `${name}.o`);
before(async () => {
  for (const name of ["suites", "plain"]) await execa("gcc", ["-c", "-O2", "-o", object(name), path.join(dir, `${name}.c`)]);
});

test("the strings a section's relocated pointers point to, in the array's order", () => {
  const bytes = readFileSync(object("suites"));
  assert.ok(sectionNames(bytes).includes(".kunit_test_suites"));
  assert.deepEqual(pointedStrings(bytes, ".kunit_test_suites", 256), ["beta-suite", "alpha"]);
  assert.equal(pointedStrings(readFileSync(object("plain")), ".kunit_test_suites", 256), undefined);
  assert.throws(() => pointedStrings(Buffer.from("#!/bin/sh\n".padEnd(64)), ".x", 1), /not an ELF file/);
  assert.throws(() => pointedStrings(bytes.subarray(0, 200), ".kunit_test_suites", 256), /truncated ELF/);
});

test("a modules tree's KUnit modules, plain or compressed, by the names modprobe takes", async () => {
  const tree = path.join(dir, "lib/modules/6.1.0");
  mkdirSync(path.join(tree, "kernel/lib"), { recursive: true });
  copyFileSync(object("suites"), path.join(tree, "kernel/lib/suites-test.ko"));
  writeFileSync(path.join(tree, "kernel/lib/zipped.ko.gz"), gzipSync(readFileSync(object("suites"))));
  copyFileSync(object("plain"), path.join(tree, "kernel/lib/plain.ko"));
  writeFileSync(path.join(tree, "modules.dep"), "kernel/lib/suites-test.ko:\nkernel/lib/zipped.ko.gz: kernel/lib/plain.ko\nkernel/lib/plain.ko:\n");
  const modules = await kunitModules({ dir: tree, release: "6.1.0", target: "/lib/modules/6.1.0" });
  assert.deepEqual(modules, [
    { name: "suites_test", file: "kernel/lib/suites-test.ko", suites: ["beta-suite", "alpha"] },
    { name: "zipped", file: "kernel/lib/zipped.ko.gz", suites: ["beta-suite", "alpha"] },
  ]);
});
