// A Lua pattern's syntax, checked before a wait: string.find only notices a
// malformed pattern when the subject gets that far, so `expect("50%")` would
// otherwise wait out its timeout on output that never reaches the '%'.
// The messages are the ones string.find gives (fengari's lstrlib).

/** What makes string.find treat a pattern as a pattern (without them it searches plain text). */
const SPECIALS = /[\^$*+?.(\[%-]/;

/** Lua's message for a malformed pattern, or undefined when it is well-formed. */
export function luaPatternProblem(pattern: Buffer): string | undefined {
  const text = pattern.toString("latin1");
  if (!SPECIALS.test(text)) return undefined;
  const finished: boolean[] = []; // per capture, in order of its '('
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "%") {
      const next = text[i + 1];
      if (next === undefined) return "malformed pattern (ends with '%')";
      if (next === "b") {
        if (i + 3 >= text.length) return "malformed pattern (missing arguments to '%b'";
        i += 3;
      } else if (next === "f") {
        if (text[i + 2] !== "[") return "missing '[' after '%f' in pattern";
        i += 1; // the set follows
      } else {
        if (/[1-9]/.test(next) && !finished[Number(next) - 1]) return `invalid capture index %${next}`;
        i += 1;
      }
    } else if (c === "[") {
      let j = i + 1;
      if (text[j] === "^") j++;
      do {
        if (j >= text.length) return "malformed pattern (missing ']')";
        if (text[j] === "%") j++;
        j++;
      } while (text[j] !== "]");
      i = j;
    } else if (c === "(") finished.push(false);
    else if (c === ")") {
      const open = finished.lastIndexOf(false);
      if (open < 0) return "invalid pattern capture";
      finished[open] = true;
    }
  }
  return finished.includes(false) ? "unfinished capture" : undefined;
}
