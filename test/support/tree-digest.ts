// A digest of a host directory tree: every entry's relative name, type, mode,
// link target and contents. Tests compare it before and after a run to show
// that nothing a guest did reached the host's tree.
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";

export function treeDigest(root: string): string {
  const hash = createHash("sha256");
  const walk = (relative: string): void => {
    const full = path.join(root, relative);
    const st = lstatSync(full);
    hash.update(`${relative}\0${st.mode}\0`);
    if (st.isSymbolicLink()) hash.update(readlinkSync(full));
    else if (st.isFile()) hash.update(readFileSync(full));
    else if (st.isDirectory()) for (const name of readdirSync(full).sort()) walk(path.join(relative, name));
    hash.update("\0");
  };
  walk(".");
  return hash.digest("hex");
}
