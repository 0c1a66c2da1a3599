// The initrd a VM boots: the profile's initrds followed by a cpio overlay
// holding the agent (started with rdinit=/provium/agent). The kernel merges
// concatenated archives, so the user's files are never modified; the result
// is cached by the inputs' identity so a boot does not rewrite it (a bounded
// cache: host/cache.ts).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { cachedEntry, type CachePolicy } from "../host/cache.ts";
import { ProviumError } from "../util/errors.ts";
import type { Arch } from "../util/arch.ts";
import { paths } from "../util/home.ts";
import { setupCommand } from "./guest-arch.ts";
import { writeCpio, type CpioEntry } from "./cpio.ts";
import { GUEST_MOUNTS_FILE } from "./guest-mounts.ts";

export const AGENT_GUEST_PATH = "/provium/agent";

function identity(file: string): string {
  const s = statSync(file);
  return `${file}:${s.size}:${s.mtimeMs}`;
}

/** The agent, and the list of images it mounts at boot (when there are any). */
export function agentOverlay(agentBinary: Buffer, mountsConfig = ""): Buffer {
  const entries: CpioEntry[] = [
    { type: "dir", path: "provium", mode: 0o755 },
    { type: "file", path: AGENT_GUEST_PATH, mode: 0o755, data: agentBinary },
  ];
  if (mountsConfig)
    entries.push(
      { type: "dir", path: "etc", mode: 0o755 },
      { type: "dir", path: "etc/provium", mode: 0o755 },
      { type: "file", path: GUEST_MOUNTS_FILE, mode: 0o644, data: Buffer.from(mountsConfig) },
    );
  return writeCpio(entries);
}

/** Composed initrds (a few MiB each) beyond this go, least recently used first, except those used in the last hour. */
const INITRDS_POLICY: CachePolicy = { maxBytes: 256 * 2 ** 20 };

/** Path of the composed initrd for these inputs (the agent of arch), building it on first use. */
export async function composeInitrd(initrds: string[], mountsConfig: string, arch: Arch): Promise<string> {
  const { agent, home } = paths(undefined, arch);
  if (!existsSync(agent)) throw new ProviumError(`the guest agent for ${arch} is not built (${agent} is missing): run ${setupCommand(arch)}`);
  const key = createHash("sha256").update([...initrds, agent].map(identity).join("\n")).update(mountsConfig).digest("hex").slice(0, 16);
  const compose = async (file: string) => {
    const parts: Buffer[] = initrds.map((initrd) => readFileSync(initrd));
    parts.push(agentOverlay(readFileSync(agent), mountsConfig));
    await writeFile(file, Buffer.concat(parts));
  };
  return cachedEntry(path.join(home, "initrd-cache"), `${key}.cpio`, compose, INITRDS_POLICY);
}
