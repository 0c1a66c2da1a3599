// `npm test`'s pretest step: what the project's tests need beyond what
// `npm run setup` gives users. Installed with apt like setup does (as root,
// or through sudo), then the arm64 guest (setup --arch arm64), the test
// kernel, the distro guest and the installed kselftests are built (cached
// after the first time). Prints one line per step, as setup does.
import { Apt } from "../../src/setup/apt.ts";
import { buildDistro } from "../../src/setup/distro.ts";
import { runSetup } from "../../src/setup/setup.ts";
import { paths } from "../../src/util/home.ts";
import { installKselftests, RUNNER_COLLECTIONS } from "./kselftest-install.ts";
import { buildOwnKernel } from "./own-kernel.ts";

const TEST_PACKAGES = [
  "libxml2-utils", // xmllint validates the JUnit output against its schema
  "linux-source", // the metapackage: the distribution's current kernel source
  "make", "gcc", "flex", "bison", "bc", "libelf-dev", "xz-utils", "bzip2", // to build it (Ubuntu ships the source as .tar.bz2)
  "libc6-dev", // static libc for the kselftests test/support/kselftests.ts builds
  "rsync", // `make -C tools/testing/selftests install` copies with it (test/support/kselftest-install.ts)
];

async function step(what: string, work: () => Promise<string>): Promise<void> {
  const started = Date.now();
  const detail = await work();
  console.log(`test prerequisites: ${what}: ${detail} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

try {
  await step("packages", async () => {
    const installed = await new Apt("npm test").ensure(TEST_PACKAGES);
    return installed.length ? `installed ${installed.join(", ")}` : "all present";
  });
  // test/guest/arch.test.ts runs guests of both architectures: setup's own steps, as a user runs them.
  await step("arm64 guest", async () => {
    if ((await runSetup({ arches: ["arm64"] })) !== 0) throw new Error("npm run setup -- --arch arm64 failed (its steps are above)");
    return "set up";
  });
  await step("test kernel", buildOwnKernel);
  // The distro guest's tests need it: built once (~1-3 min), then kept like the test kernel.
  await step("distro guest", async () => (await buildDistro(paths(), new Apt("npm test"), { packages: [] })).detail);
  await step("installed kselftests", async () => `${RUNNER_COLLECTIONS.join(", ")} in ${await installKselftests(RUNNER_COLLECTIONS)}`);
} catch (error) {
  const e = error as Error & { hint?: string };
  console.error(`test prerequisites: ${e.message}${e.hint ? `\n  ${e.hint}` : ""}`);
  process.exit(1);
}
