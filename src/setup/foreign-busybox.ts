// Another architecture's busybox-static, for its guests' base root
// filesystem: the distribution's package of that architecture, unpacked (not
// installed). Its applet list comes from running it under QEMU's user-mode
// emulator (qemu-user), as `busybox --list-full` does on the host.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { findExecutable } from "../util/executables.ts";
import type { ProviumPaths } from "../util/home.ts";
import { guestArch } from "../vm/guest-arch.ts";
import type { PackageArchive } from "./apt.ts";
import { SetupError } from "./errors.ts";
import { downloadDebs } from "./kernel-package.ts";
import { run } from "./proc.ts";
import type { Busybox } from "./rootfs.ts";

const PACKAGE = "busybox-static";

/** The emulator that runs the architecture's programs here (qemu-user's, or qemu-user-static's). */
export function userEmulator(name: string): string | undefined {
  return findExecutable(name) ?? findExecutable(`${name}-static`);
}

export async function foreignBusybox(archive: PackageArchive, p: ProviumPaths, scratch: string): Promise<Busybox> {
  const emulator = guestArch(p.arch).userEmulator;
  const runner = userEmulator(emulator);
  if (!runner) throw new SetupError(`${emulator} was not found: it lists the applets of ${p.arch}'s busybox`, "install qemu-user (apt-get install qemu-user), then re-run setup");
  const version = (await archive.showAfterUpdate([PACKAGE])).get(PACKAGE)?.version;
  if (!version) throw new SetupError(`the ${p.arch} archive has no ${PACKAGE}`, "check the archive setup uses (its sources.list is under $PROVIUM_HOME), then re-run setup");
  const { files } = await downloadDebs([{ name: PACKAGE, version }], join(p.downloads, "busybox"), archive);
  const into = join(scratch, "busybox");
  await run("dpkg-deb", ["-x", files[0]!, into]);
  const file = join(into, "bin", "busybox");
  const bytes = await readFile(file).catch(() => {
    throw new SetupError(`${PACKAGE} ${version} (${p.arch}) has no bin/busybox`);
  });
  return { what: `${p.arch}'s ${PACKAGE} ${version}`, bytes, runner: [runner], file, fix: "report it: the package is expected to hold a static busybox" };
}
