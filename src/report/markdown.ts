// Markdown for GitHub (job summaries): tables, inline text and code that
// the content cannot break out of, whatever it holds.

/** The first textColumns left-aligned (names), the rest right-aligned (numbers and times). */
export function table(header: string[], rows: (string | number)[][], textColumns = 1): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((cell) => tableCell(String(cell))).join(" | ")} |`;
  const align = `|${" :--- |".repeat(textColumns)}${" ---: |".repeat(header.length - textColumns)}`;
  return [line(header), align, ...rows.map(line)].join("\n");
}

/** Text on one Markdown line: no line breaks, no HTML. */
export function inline(text: string): string {
  return text.replace(/\r?\n|\r/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A pipe would end the cell. */
function tableCell(text: string): string {
  return inline(text).replace(/\|/g, "\\|");
}

/** A fence longer than any run of backticks inside, so the content cannot close it. */
export function fence(text: string): string {
  const marker = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${marker}text\n${text}\n${marker}`;
}

/** The same rule for inline code; padded when the content starts or ends with a backtick. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n|\r/g, " ");
  const marker = "`".repeat(longestBacktickRun(flat) + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${marker}${pad}${flat}${pad}${marker}`;
}

function longestBacktickRun(text: string): number {
  return (text.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0);
}
