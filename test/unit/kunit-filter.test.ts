// KUnit's filter globs (matched as the kernel's lib/glob.c does) and the
// suite list kunit.action=list prints on the console.
import assert from "node:assert/strict";
import { test } from "node:test";
import { badGlob, kunitFilter, listedSuites } from "../../src/ktap/kunit-filter.ts";

test("a glob matches suites, and after a '.' their cases, as glob(7)", () => {
  const list = kunitFilter("list*");
  assert.ok(list.suite.test("list-kunit-test") && !list.suite.test("example"));
  assert.equal(list.test, undefined);
  const cases = kunitFilter("example.*skip*");
  assert.ok(cases.suite.test("example") && !cases.suite.test("example2"));
  assert.ok(cases.test!.test("example_skip_test") && !cases.test!.test("example_simple_test"));
  const classes = kunitFilter("provium_[pf]*");
  assert.deepEqual(["provium_pass", "provium_fail", "provium_crash"].map((s) => classes.suite.test(s)), [true, true, false]);
  const negated = kunitFilter("provium_[!pf]?ash");
  assert.ok(negated.suite.test("provium_crash") && !negated.suite.test("provium_frash"));
  assert.ok(kunitFilter("*[!hg]").suite.test("provium_crash"), "as in lib/glob.c, a negated class matches the end of the string");
  assert.ok(kunitFilter("a+b(c)").suite.test("a+b(c)"), "regular expression characters are plain");
  assert.ok(kunitFilter("x?z").suite.test("x-z") && !kunitFilter("x?z").suite.test("xz"));
});

test("a glob the kernel command line cannot carry is refused, saying why", () => {
  assert.equal(badGlob("list*.*del*"), undefined);
  assert.match(badGlob("")!, /empty/);
  assert.match(badGlob("my suite")!, /space/);
  assert.match(badGlob("it's")!, /quote/);
  assert.match(badGlob(".case")!, /no suite part/);
});

test("kunit.action=list's console output: suites in order, with their cases; a kernel that ran its tests instead lists none", () => {
  const console = [
    "[    0.500000] i8042: PNP: No PS/2 controller found.",
    "[    0.869608] KTAP version 1",
    "[    0.869700] example.example_simple_test",
    "[    0.869701] example.example_skip_test",
    "[    0.869702] random: crng init done",
    "[    0.869703] list-kunit-test.list_test_list_init",
    "[    0.869704] example2.only_case",
    "[    1.000000] Run /provium/agent as init process",
  ].join("\n");
  assert.deepEqual(listedSuites(console), [
    { name: "example", cases: ["example_simple_test", "example_skip_test"] },
    { name: "list-kunit-test", cases: ["list_test_list_init"] },
    { name: "example2", cases: ["only_case"] },
  ]);
  assert.equal(listedSuites("[    0.8] KTAP version 1\n[    0.8] 1..2\n[    0.8]     KTAP version 1\n"), undefined);
  assert.equal(listedSuites("[    0.8] no KUnit here\n"), undefined);
});
