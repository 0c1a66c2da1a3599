// Where Provium keeps what `npm run setup` builds (kernel profiles, the base
// rootfs, the agent binary, downloaded packages). It is a cache: everything
// in it can be rebuilt by running setup again.

import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { defaultArch, type Arch } from "./arch.ts";

/** `$PROVIUM_HOME`, else `$XDG_CACHE_HOME/provium`, else `~/.cache/provium` (always absolute). */
export function proviumHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PROVIUM_HOME) return resolve(env.PROVIUM_HOME);
  if (env.XDG_CACHE_HOME) return resolve(env.XDG_CACHE_HOME, "provium");
  return join(homedir(), ".cache", "provium");
}

export interface ProviumPaths {
  home: string;
  /** The guest architecture the agent, base rootfs and profiles below are for. */
  arch: Arch;
  /** The guest agent, built from agent/ by setup. */
  agent: string;
  /** Busybox rootfs shared by every profile (user profiles bring only a kernel + modules). */
  baseRootfs: string;
  /** .deb files fetched by setup; kept so a re-assembly needs no network. */
  downloads: string;
  profilesDir: string;
  profileDir: (name: string) => string;
}

/**
 * x86-64's guest files are at the top of home (where they were before there
 * were other architectures); another architecture's are in home/<arch>/, laid
 * out alike (its downloads too: setup prunes a kernel's old packages). The
 * caches of images and initrds are shared: their names are content keys.
 */
export function paths(home: string = proviumHome(), arch: Arch = defaultArch()): ProviumPaths {
  const own = arch === "x86_64" ? home : join(home, arch);
  return {
    home,
    arch,
    agent: join(own, "agent", "provium-agent"),
    baseRootfs: join(own, "base", "rootfs.cpio"),
    downloads: join(own, "downloads"),
    profilesDir: join(own, "profiles"),
    profileDir: (name: string) => join(own, "profiles", name),
  };
}
