// What the guest says lies at a path (list_tree's reply), checked before any
// of it reaches the host's file system. The guest is untrusted: a name could
// climb out of the destination ("..", "/x", "a//b"), two entries could claim
// one place, a child could come without its directory, a size could be no
// size. What passes is a tree, parents first, whose every name is one plain
// path segment.
import { ProviumError } from "../util/errors.ts";

/** One entry of a checked listing; path "" is the pulled path itself. */
export interface GuestEntry {
  /** Relative to the pulled path, "/"-separated; "" for the pulled path itself. */
  path: string;
  /** The path's segments (none for the pulled path itself). */
  segments: string[];
  kind: "file" | "dir" | "symlink";
  mode: number;
  size: number;
  target: string;
}

/** Linux's NAME_MAX: no file system takes a longer name. */
export const MAX_NAME_BYTES = 255;
/** A pulled tree's deepest entry, counted in directories below the pulled path. */
export const MAX_DEPTH = 128;
/** A relative path's length: with the host's destination in front, it stays under PATH_MAX (4096). */
export const MAX_PATH_BYTES = 3072;
/** A symlink's target, as readlink gives it (PATH_MAX less its NUL). */
export const MAX_TARGET_BYTES = 4095;

type ListedEntry = { path: string; kind: string; mode: number; size: number | bigint; target: string };

/** A segment's problem, if it is not one plain name. */
function segmentProblem(segment: string): string | undefined {
  if (segment === "") return "an empty name (a leading, trailing or doubled /)";
  if (segment === "." || segment === "..") return `the name '${segment}'`;
  if (segment.includes("\0")) return "a NUL byte";
  if (Buffer.byteLength(segment) > MAX_NAME_BYTES) return `a name longer than ${MAX_NAME_BYTES} bytes`;
  return undefined;
}

/**
 * Checks list_tree's entries for a pull of guestPath; returns them typed, in
 * the order given (parents before children, as the agent lists them). Throws
 * a ProviumError naming the first entry that is not acceptable.
 */
export function checkGuestTree(guestPath: string, entries: readonly ListedEntry[], what: string): GuestEntry[] {
  const refuse = (why: string): never => {
    throw new ProviumError(`${what}: the guest's listing of ${guestPath} cannot be pulled: ${why}; nothing was pulled`);
  };
  const shown = (p: string) => JSON.stringify(p).slice(0, 300);
  const dirs = new Set<string>();
  const seen = new Set<string>();
  const checked: GuestEntry[] = [];
  for (const [i, entry] of entries.entries()) {
    const { path } = entry;
    if (i === 0 && path !== "") refuse(`its first entry is ${shown(path)}, not the path itself`);
    if (i > 0 && path === "") refuse("it lists the path itself twice");
    const segments = path === "" ? [] : path.split("/");
    for (const segment of segments) {
      const problem = segmentProblem(segment);
      if (problem) refuse(`the entry ${shown(path)} has ${problem}`);
    }
    if (segments.length > MAX_DEPTH) refuse(`the entry ${shown(path.slice(0, 200))}… is ${segments.length} directories deep, more than ${MAX_DEPTH}`);
    if (Buffer.byteLength(path) > MAX_PATH_BYTES) refuse(`the entry ${shown(path.slice(0, 200))}… is longer than ${MAX_PATH_BYTES} bytes`);
    if (seen.has(path)) refuse(`it lists ${shown(path)} twice`);
    seen.add(path);
    const parent = segments.slice(0, -1).join("/");
    if (i > 0 && !dirs.has(parent))
      refuse(parent === "" ? `${guestPath} is listed as a ${checked[0]!.kind}, with entries under it` : `the entry ${shown(path)} comes without its directory ${shown(parent)} before it`);
    if (entry.kind === "other")
      refuse(`${guestJoin(guestPath, path)} is a device, FIFO or socket: only regular files, directories and symlinks can be pulled (reading it could block forever)`);
    if (entry.kind !== "file" && entry.kind !== "dir" && entry.kind !== "symlink") refuse(`the entry ${shown(path)} is of an unknown kind ${shown(entry.kind)}`);
    const size = Number(entry.size);
    if (!Number.isSafeInteger(size)) refuse(`the entry ${shown(path)} claims ${entry.size} bytes, more than any file has`);
    if (entry.kind === "symlink") {
      if (entry.target === "" || entry.target.includes("\0")) refuse(`the symlink ${shown(path)} has an empty target or a NUL in it`);
      if (Buffer.byteLength(entry.target) > MAX_TARGET_BYTES) refuse(`the symlink ${shown(path)} has a target longer than ${MAX_TARGET_BYTES} bytes`);
    }
    if (entry.kind === "dir") dirs.add(path);
    checked.push({ path, segments, kind: entry.kind as GuestEntry["kind"], mode: entry.mode, size, target: entry.target });
  }
  if (checked.length === 0) refuse("it is empty");
  return checked;
}

export const guestJoin = (root: string, relative: string): string => (relative ? `${root.replace(/\/+$/, "")}/${relative}` : root);
