// `dirs` entries — a guest path and the host directory shown there — as the
// three places that take them give them: provium.create's option in Lua, a
// profile's table in provium.toml, and --dir on the command line. One reader
// for the first two (the same shape) and one for the flag, with the same words.
import { ProviumError } from "../util/errors.ts";

export interface DirEntry {
  /** The guest path (checked where the entry is used). */
  target: string;
  /** The host directory (relative to where the entry was given, until resolved). */
  dir: string;
  /** The guest may write there, into a layer of its own; read-only otherwise. */
  writable?: boolean;
}

function describe(value: unknown): string {
  if (value === undefined || value === null) return "nothing";
  if (typeof value === "string") return `the string '${value}'`;
  return Array.isArray(value) ? "a list" : `a ${typeof value}`;
}

/** guest path → host directory (read-only), or → { path = "…", writable = true }. */
export function readDirEntries(table: unknown, where: string): DirEntry[] {
  if (typeof table !== "object" || table === null || Array.isArray(table))
    throw new ProviumError(`${where} must be a table of guest paths to host directories, e.g. { ["/opt/tests"] = "build/tests" }, got ${describe(table)}`);
  return Object.entries(table).map(([target, value]) => {
    const entry = `${where}['${target}']`;
    if (typeof value === "string") return { target, dir: value };
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new ProviumError(`${entry} must be a host directory or a table { path = "…", writable = true }, got ${describe(value)}`);
    const fields = value as Record<string, unknown>;
    const unknown = Object.keys(fields).find((key) => key !== "path" && key !== "writable");
    if (unknown !== undefined) throw new ProviumError(`${entry}: unknown field '${unknown}' (known: path, writable)`);
    if (typeof fields.path !== "string") throw new ProviumError(`${entry}.path must be the host directory (a string), got ${describe(fields.path)}`);
    if (fields.writable !== undefined && typeof fields.writable !== "boolean")
      throw new ProviumError(`${entry}.writable must be true or false, got ${describe(fields.writable)}`);
    return fields.writable ? { target, dir: fields.path, writable: true } : { target, dir: fields.path };
  });
}

const WRITABLE_SUFFIX = ",writable";

/** --dir GUEST=HOST, or GUEST=HOST,writable. */
export function parseDirFlag(value: string): DirEntry {
  const eq = value.indexOf("=");
  if (eq <= 0 || eq === value.length - 1)
    throw new ProviumError(`--dir must be GUEST_PATH=HOST_DIR (add ,writable to let the guest write), got '${value}'`);
  const target = value.slice(0, eq);
  const rest = value.slice(eq + 1);
  return rest.endsWith(WRITABLE_SUFFIX) ? { target, dir: rest.slice(0, -WRITABLE_SUFFIX.length), writable: true } : { target, dir: rest };
}
