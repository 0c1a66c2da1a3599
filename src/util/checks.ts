// The one wording of a bad value, wherever it was given (a CLI flag, an
// action input, a Lua option): "<what> must be <expected>, got <value>".

export function mustBe(what: string, expected: string, value: string | number): string {
  return `${what} must be ${expected}, got ${typeof value === "string" ? `'${value}'` : value}`;
}

/** What mustBe expects of a choice: "one of a, b, c". */
export function oneOf(allowed: readonly string[]): string {
  return `one of ${allowed.join(", ")}`;
}

export function isOneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}
