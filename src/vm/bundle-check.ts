// A kept-VM bundle read as untrusted input: it may come from another machine
// (a CI runner's artifact), and every field of it would otherwise reach a
// path, a command line or QEMU. Before anything is unpacked, the tar's
// members are listed and must be exactly the regular files a bundle holds;
// the manifest's fields are checked one by one, and what names a host file
// (the kernel, images, a disk's source image, a profile's directories) is
// never taken from it: the reader puts its own unpacked files there.
import { totalmem } from "node:os";
import { execa } from "execa";
import type { Manifest } from "./bundle.ts";
import { checkGuestPath, type GuestMount } from "./guest-mounts.ts";
import { COMPRESSORS, type Compression } from "./migration.ts";
import type { Profile } from "./profile.ts";
import type { LaunchSpec } from "./qemu.ts";

/** A member of the tar as `tar -tv` lists it: its type letter ('-' a regular file), size and name. */
export interface TarMember {
  type: string;
  size: number;
  name: string;
}

/** The bundle's fields, checked; launch and profile hold no host path of the writer's machine yet. */
export type CheckedManifest = Omit<Manifest, "launch" | "profile"> & {
  launch: Omit<LaunchSpec, "kernel" | "initrd" | "mounts" | "disks"> & { mounts: Omit<GuestMount, "image">[]; disks: { sizeMiB?: number }[] };
  profile: Pick<Profile, "name" | "cmdline" | "memoryMiB" | "cpus">;
};

/** Every member of the tar, with its type; a line tar prints that is not a member as expected is itself refused. */
export async function listMembers(file: string, refuse: (why: string) => Error): Promise<TarMember[]> {
  const { stdout } = await execa("tar", ["-tvf", file, "--quoting-style=escape"]);
  return stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => {
      const m = /^(\S)\S+\s+\S+\s+(\d+)\s+\S+\s+\S+\s+(.+)$/.exec(line);
      if (!m) throw refuse(`it holds a member tar lists as ${JSON.stringify(line.slice(0, 120))} (a device, or not a plain file)`);
      return { type: m[1]!, size: Number(m[2]), name: m[3]! };
    });
}

/** The names a bundle's members may have, besides the manifest. */
const MEMBER_NAME = /^(state|disk-\d{1,3}\.raw|kernel\.(zst|gz)|image-\d{1,3}\.(zst|gz))$/;

/** Checks the tar's members: each a regular file of a bundle's names, none twice. */
export function checkMembers(members: TarMember[], manifestName: string, refuse: (why: string) => Error): void {
  const seen = new Set<string>();
  for (const { type, name } of members) {
    const shown = JSON.stringify(name.slice(0, 120));
    if (type !== "-") throw refuse(`its member ${shown} is not a regular file (a link, device, FIFO or directory: tar type '${type}')`);
    if (name !== manifestName && !MEMBER_NAME.test(name)) throw refuse(`it holds a member ${shown}, which no Provium bundle has`);
    if (seen.has(name)) throw refuse(`it holds the member ${shown} twice`);
    seen.add(name);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** Text a message or a guest may show: bounded, no control characters. */
const isText = (v: unknown, max: number): v is string => typeof v === "string" && v.length <= max && !/[\0-\x1f\x7f]/.test(v);
const isCount = (v: unknown, min: number, max: number): v is number => typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
/** A name that becomes part of a host path (a VM's run directory): one plain segment. */
const isName = (v: unknown): v is string => typeof v === "string" && /^[A-Za-z0-9._-]{1,64}$/.test(v) && !/^\.+$/.test(v);

/**
 * Checks the manifest's fields (what JSON.parse gave) and keeps only those
 * the reader uses; refuse(why) makes the error to throw. The member names must
 * be those of the tar, and the disks and images those the launch names.
 */
export function checkManifest(raw: unknown, tarNames: string[], refuse: (why: string) => Error): CheckedManifest {
  const bad = (field: string, what: string): never => {
    throw refuse(`its manifest's ${field} is not ${what}`);
  };
  if (!isRecord(raw)) bad("top level", "an object");
  const m = raw as Record<string, unknown>;
  if (!isCount(m.format, 0, 1_000_000)) bad("format", "a number");
  if (!isText(m.provium, 64)) bad("provium", "a version");
  if (!isCount(m.protocol, 0, 1_000_000)) bad("protocol", "a number");
  if (!isText(m.qemu, 32) || !/^\d+\.\d+(\.\d+)?$/.test(m.qemu as string)) bad("qemu", "a version");
  if (!isText(m.created, 64)) bad("created", "a date");
  if (!isRecord(m.test) || !isText(m.test.file, 4096) || !isText(m.test.name, 4096)) bad("test", "a test's file and name");
  if (!isText(m.vm, 128)) bad("vm", "a VM's name");
  if (typeof m.compression !== "string" || !Object.hasOwn(COMPRESSORS, m.compression)) bad("compression", `one of ${Object.keys(COMPRESSORS).join(", ")}`);
  const maxMemory = Math.floor(totalmem() / 2 ** 20);
  const resources = (r: Record<string, unknown>, field: string) => {
    if (!isCount(r.memoryMiB, 16, maxMemory)) bad(`${field}.memoryMiB`, `a size this machine has (16 to ${maxMemory} MiB)`);
    if (!isCount(r.cpus, 1, 255)) bad(`${field}.cpus`, "a vCPU count (1 to 255)");
    if (!isText(r.cmdline, 4096)) bad(`${field}.cmdline`, "a kernel command line");
  };
  if (!isRecord(m.launch)) bad("launch", "an object");
  const l = m.launch as Record<string, unknown>;
  if (l.accel !== "kvm" && l.accel !== "tcg") bad("launch.accel", "kvm or tcg");
  if (!isName(l.machine)) bad("launch.machine", "a machine type's name");
  resources(l, "launch");
  const disks = (l.disks ?? []) as unknown[];
  if (!Array.isArray(disks) || disks.length > 64 || !disks.every((d) => isRecord(d) && (d.sizeMiB === undefined || isCount(d.sizeMiB, 0, 2 ** 24))))
    bad("launch.disks", "a list of disk sizes");
  const mounts = (l.mounts ?? []) as unknown[];
  if (!Array.isArray(mounts) || mounts.length > 64) bad("launch.mounts", "a list of images");
  const checkedMounts = mounts.map((mount, i) => {
    const field = `launch.mounts[${i + 1}]`;
    if (!isRecord(mount)) return bad(field, "an image's target and type");
    let target = "";
    try {
      if (typeof mount.target === "string") target = mount.target === "/" ? "/" : checkGuestPath(mount.target, field);
    } catch {
      // said below
    }
    if (target === "") bad(`${field}.target`, "an absolute guest path");
    if (!isName(mount.fstype)) bad(`${field}.fstype`, "a filesystem type");
    if (mount.writable !== undefined && typeof mount.writable !== "boolean") bad(`${field}.writable`, "true or false");
    return { target, fstype: mount.fstype as string, ...(mount.writable === true && { writable: true }) };
  });
  if (!isRecord(m.profile)) bad("profile", "an object");
  const p = m.profile as Record<string, unknown>;
  if (!isName(p.name)) bad("profile.name", "a profile's name (letters, digits, '.', '_', '-')");
  resources(p, "profile");
  if (!isRecord(m.members)) bad("members", "an object");
  const members = m.members as Record<string, unknown>;
  const names = Object.keys(members).sort();
  const listed = [...tarNames].sort();
  if (names.join("\n") !== listed.join("\n")) bad("members", `the tar's members (it names ${names.join(", ") || "none"}; the tar holds ${listed.join(", ") || "none"})`);
  for (const name of names) if (!isCount(members[name], 0, Number.MAX_SAFE_INTEGER)) bad(`members.${name}`, "a size");
  if (m.sha256 !== undefined) {
    if (!isRecord(m.sha256)) bad("sha256", "an object");
    for (const [name, sum] of Object.entries(m.sha256 as Record<string, unknown>))
      if (!Object.hasOwn(members, name) || typeof sum !== "string" || !/^[0-9a-f]{64}$/.test(sum)) bad(`sha256.${name}`, "a SHA-256 of one of its members");
  }
  const suffix = COMPRESSORS[m.compression as Compression].suffix;
  const expected = ["state", `kernel.${suffix}`, ...disks.map((_, i) => `disk-${i}.raw`), ...mounts.map((_, i) => `image-${i}.${suffix}`)].sort();
  if (expected.join("\n") !== names.join("\n")) bad("members", `what its launch needs (${expected.join(", ")})`);
  return {
    format: m.format as number,
    provium: m.provium as string,
    protocol: m.protocol as number,
    qemu: m.qemu as string,
    created: m.created as string,
    test: { file: (m.test as Record<string, string>).file!, name: (m.test as Record<string, string>).name! },
    vm: m.vm as string,
    compression: m.compression as Compression,
    launch: {
      accel: l.accel as LaunchSpec["accel"],
      machine: l.machine as string,
      cmdline: l.cmdline as string,
      memoryMiB: l.memoryMiB as number,
      cpus: l.cpus as number,
      disks: (disks as Record<string, unknown>[]).map((d) => (d.sizeMiB === undefined ? {} : { sizeMiB: d.sizeMiB as number })),
      mounts: checkedMounts,
    },
    profile: { name: p.name as string, cmdline: p.cmdline as string, memoryMiB: p.memoryMiB as number, cpus: p.cpus as number },
    members: members as Record<string, number>,
    ...(m.sha256 !== undefined && { sha256: m.sha256 as Record<string, string> }),
  };
}
