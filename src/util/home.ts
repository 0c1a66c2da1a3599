// Where Provium keeps what `npm run setup` builds (kernel profiles, the base
// rootfs, the agent binary, downloaded packages). It is a cache: everything
// in it can be rebuilt by running setup again.

import { homedir } from "node:os";
import { join, resolve } from "node:path";

/** `$PROVIUM_HOME`, else `$XDG_CACHE_HOME/provium`, else `~/.cache/provium` (always absolute). */
export function proviumHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PROVIUM_HOME) return resolve(env.PROVIUM_HOME);
  if (env.XDG_CACHE_HOME) return resolve(env.XDG_CACHE_HOME, "provium");
  return join(homedir(), ".cache", "provium");
}

export interface ProviumPaths {
  home: string;
  /** The guest agent, built from agent/ by setup. */
  agent: string;
  /** Busybox rootfs shared by every profile (user profiles bring only a kernel + modules). */
  baseRootfs: string;
  /** .deb files fetched by setup; kept so a re-assembly needs no network. */
  downloads: string;
  profilesDir: string;
  profileDir: (name: string) => string;
}

export const paths = (home: string = proviumHome()): ProviumPaths => ({
  home,
  agent: join(home, "agent", "provium-agent"),
  baseRootfs: join(home, "base", "rootfs.cpio"),
  downloads: join(home, "downloads"),
  profilesDir: join(home, "profiles"),
  profileDir: (name: string) => join(home, "profiles", name),
});
