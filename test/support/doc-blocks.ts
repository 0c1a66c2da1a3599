// The `lua runnable` blocks of the documentation (docs/*.md and README.md):
// checked for form by test/unit/docs.test.ts, run by test/guest/docs-examples.test.ts.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface Block {
  /** Where it is, for messages: docs/lua-api.md:12. */
  where: string;
  doc: string;
  /** Set for `lua runnable fixture=<name>`. */
  fixture?: string;
  code: string;
}

/** The `lua runnable` blocks of one Markdown file. */
export function runnableBlocks(file: string, text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split("\n");
  const doc = path.basename(file, ".md");
  let open: { fence: string; info: string; start: number; body: string[] } | undefined;
  lines.forEach((line, i) => {
    if (open) {
      if (line.trimEnd() === open.fence) {
        const words = open.info.split(/\s+/);
        if (words[0] === "lua" && words[1] === "runnable") {
          const where = `${path.relative(ROOT, file)}:${open.start + 1}`;
          const attributes = words.slice(2);
          const fixture = attributes.find((a) => a.startsWith("fixture="))?.slice("fixture=".length);
          const unknown = attributes.filter((a) => !a.startsWith("fixture="));
          assert.deepEqual(unknown, [], `${where}: unknown attribute in \`lua runnable\` (known: fixture=<name>)`);
          if (fixture !== undefined) assert.match(fixture, /^[\w.-]+$/, `${where}: fixture=<name> needs a name`);
          blocks.push({ where, doc, fixture, code: open.body.join("\n") + "\n" });
        }
        open = undefined;
      } else open.body.push(line);
      return;
    }
    const fence = /^(`{3,}|~{3,})\s*(.*)$/.exec(line);
    if (fence) open = { fence: fence[1]!, info: fence[2]!.trim(), start: i, body: [] };
  });
  assert.equal(open, undefined, `${file}: a code block opened at line ${(open?.start ?? 0) + 1} is never closed`);
  return blocks;
}

function documentationFiles(): string[] {
  const docs = readdirSync(path.join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join(ROOT, "docs", name));
  return [...docs, path.join(ROOT, "README.md")];
}

export function allBlocks(): Block[] {
  return documentationFiles().flatMap((file) => runnableBlocks(file, readFileSync(file, "utf8")));
}
