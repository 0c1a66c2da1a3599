// The initrd a VM boots: the profile's initrds followed by a cpio overlay
// holding the agent (started with rdinit=/provium/agent). The kernel merges
// concatenated archives, so the user's files are never modified; the result
// is cached by the inputs' identity so a boot does not rewrite it.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ProviumError } from "../util/errors.ts";
import { paths } from "../util/home.ts";
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

/** Path of the composed initrd for these inputs, building it on first use. */
export function composeInitrd(initrds: string[], mountsConfig = ""): string {
  const { agent, home } = paths();
  if (!existsSync(agent)) throw new ProviumError(`the guest agent is not built (${agent} is missing): run \`npm run setup\``);
  const key = createHash("sha256").update([...initrds, agent].map(identity).join("\n")).update(mountsConfig).digest("hex").slice(0, 16);
  const dir = path.join(home, "initrd-cache");
  const target = path.join(dir, `${key}.cpio`);
  if (existsSync(target)) return target;
  mkdirSync(dir, { recursive: true });
  const parts: Buffer[] = initrds.map((file) => readFileSync(file));
  parts.push(agentOverlay(readFileSync(agent), mountsConfig));
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat(parts));
  renameSync(temporary, target); // atomic: parallel boots never see half a file
  return target;
}
