// Generates both sides of the agent protocol from protocol/agent.json:
// agent/protocol.h + agent/protocol.c (the agent's constants and argument
// tables) and src/agent/protocol-schema.ts (the host's types and the same
// tables). `--check` compares instead of writing and exits 1 when stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schemaPath = "protocol/agent.json";
const schema = JSON.parse(readFileSync(path.join(root, schemaPath), "utf8"));
const HEADER = `generated from ${schemaPath} by scripts/gen-protocol.mjs: do not edit`;

/** Each argument type and what a value of it is, in the words both sides' errors use ("argument 'env' must be ..."). */
const ARG_TYPE_NAMES = {
  u32: "an unsigned 32-bit integer",
  i32: "a signed 32-bit integer",
  u64: "an unsigned 64-bit integer",
  i64: "a signed 64-bit integer",
  bool: "a boolean",
  str: "a string without NUL bytes",
  bytes: "bytes",
  str_list: "a list of strings without NUL bytes",
  str_map: "a table of strings to strings without NUL bytes",
  syscall_args: "a list of at most 6 syscall arguments",
  record_list: "a list of tables",
  enum: "one of", // followed by the argument's values
};
const ARG_TYPES = Object.keys(ARG_TYPE_NAMES);
const RESULT_TYPES = ["u32", "i32", "u64", "i64", "bool", "str", "bytes", "bytes_list", "record_list"];
const ops = Object.entries(schema.ops);

/** What a value of an argument must be, in words. */
const expected = (arg) => (arg.type === "enum" ? `${ARG_TYPE_NAMES.enum} ${arg.values.join(", ")}` : ARG_TYPE_NAMES[arg.type]);

function validateSchema() {
  const problems = [];
  const checkArgs = (where, args) => {
    for (const [name, arg] of Object.entries(args)) {
      if (!ARG_TYPES.includes(arg.type)) problems.push(`${where}.${name}: unknown type '${arg.type}'`);
      if (arg.max !== undefined && !["u32", "u64", "record_list"].includes(arg.type)) problems.push(`${where}.${name}: max on a ${arg.type}`);
      if (arg.max !== undefined && !arg.why_max) problems.push(`${where}.${name}: max without why_max`);
      if ((arg.type === "record_list") !== (arg.fields !== undefined)) problems.push(`${where}.${name}: fields belong to (and only to) a record_list`);
      if ((arg.type === "enum") !== (arg.values !== undefined)) problems.push(`${where}.${name}: values belong to (and only to) an enum`);
      // each value names a C constant (<OP>_<ARG>_<VALUE>)
      if (arg.values && !(arg.values.length && arg.values.every((v, i) => /^[a-z][a-z0-9_]*$/.test(v) && arg.values.indexOf(v) === i && v !== "values")))
        problems.push(`${where}.${name}: values must be distinct lower-case names (not "values")`);
      if (arg.fields) checkArgs(`${where}.${name}.fields`, arg.fields);
    }
  };
  const checkResult = (where, fields) => {
    for (const [name, field] of Object.entries(fields)) {
      if (!RESULT_TYPES.includes(field.type)) problems.push(`${where}.${name}: unknown type '${field.type}'`);
      if (field.fields) checkResult(`${where}.${name}.fields`, field.fields);
    }
  };
  for (const [op, spec] of ops) {
    if (!/^[a-z][a-z0-9_]*$/.test(op)) problems.push(`op name '${op}'`);
    checkArgs(`${op}.args`, spec.args);
    checkResult(`${op}.result`, spec.result);
  }
  if (problems.length) throw new Error(`${schemaPath}: ${problems.join("; ")}`);
}

const upper = (s) => s.toUpperCase();
const cString = (s) => JSON.stringify(s);
/** Every record_list's fields, with the C name of its table: [prefix, fields]. */
const records = (prefix, specs) =>
  Object.entries(specs).flatMap(([name, s]) => (s.fields ? [[`${prefix}_${name}`, s.fields], ...records(`${prefix}_${name}`, s.fields)] : []));
/** Every enum argument, in records too, with the C name of its values: [prefix, values]. */
const enums = (prefix, specs) =>
  Object.entries(specs).flatMap(([name, s]) => [...(s.values ? [[`${prefix}_${name}`, s.values]] : []), ...(s.fields ? enums(`${prefix}_${name}`, s.fields) : [])]);

function cHeader() {
  const lines = [
    `/* ${HEADER} */`,
    "#ifndef PROVIUM_PROTOCOL_H",
    "#define PROVIUM_PROTOCOL_H",
    "#include <stdint.h>",
    "",
    `#define PROTOCOL_VERSION ${schema.version}`,
    `#define AGENT_PORT_NAME ${cString(schema.port_name)}`,
    `#define FRAME_MAGIC ${cString(schema.frame.magic)}`,
    `#define FRAME_HEADER_BYTES ${schema.frame.header_bytes}`,
    `#define FRAME_MAX_BYTES ${schema.frame.max_bytes}u`,
    `#define FRAME_MAX_TEXT ${cString(`${schema.frame.max_bytes / 2 ** 20} MiB`)}`,
    "/* Room kept in a frame for everything but an op's bulk data. */",
    `#define FRAME_RESERVE_BYTES ${schema.frame.reserve_bytes}u`,
    "",
    `enum arg_type { ${ARG_TYPES.map((t) => `ARG_${upper(t)}`).join(", ")} };`,
    "",
    "typedef struct arg_spec {",
    "  const char *name;",
    "  enum arg_type type;",
    "  int required;",
    "  uint64_t max; /* 0: no maximum (of a number, or of a record_list's items) */",
    "  const char *why_max;",
    "  const char *expected; /* what a value must be, in words: errors say it */",
    "  const struct arg_spec *fields; /* a record_list's fields */",
    "  int field_count;",
    "  const char *const *values; /* an enum's values, NULL-terminated */",
    "} arg_spec;",
    "",
    "typedef struct {",
    "  const char *name;",
    "  const arg_spec *args;",
    "  int argc;",
    "  int result_fields;",
    "} op_spec;",
    "",
    `enum op_id { ${ops.map(([op]) => `OP_${upper(op)}`).join(", ")}, OP_COUNT };`,
    "extern const op_spec op_specs[OP_COUNT];",
  ];
  const counts = [];
  const indexEnums = [];
  const resultCounts = [];
  for (const [op, spec] of ops) {
    counts.push(Object.keys(spec.args).length);
    indexEnums.push(`enum { ${[...Object.keys(spec.args).map((a) => `${upper(op)}_${upper(a)}`), `${upper(op)}_ARGC`].join(", ")} };`);
    for (const [name, arg] of Object.entries(spec.args))
      if (arg.max !== undefined && arg.type !== "record_list") indexEnums.push(`#define ${upper(op)}_${upper(name)}_MAX ${arg.max}ull /* the schema's maximum */`);
    for (const [table, fields] of records(op, spec.args)) {
      counts.push(Object.keys(fields).length);
      lines.push(`extern const arg_spec ${table}_fields[];`);
      indexEnums.push(`enum { ${[...Object.keys(fields).map((f) => `${upper(table)}_${upper(f)}`), `${upper(table)}_FIELDS`].join(", ")} };`);
    }
    for (const [name, values] of enums(op, spec.args)) {
      lines.push(`extern const char *const ${name}_values[];`);
      indexEnums.push(`enum { ${[...values.map((v) => `${upper(name)}_${upper(v)}`), `${upper(name)}_VALUES`].join(", ")} }; /* arg_enum's answers */`);
    }
    resultCounts.push(`#define ${upper(op)}_RESULT_FIELDS ${Object.keys(spec.result).length}`);
    for (const [table, fields] of records(`${op}_result`, spec.result)) resultCounts.push(`#define ${upper(table)}_FIELDS ${Object.keys(fields).length}`);
  }
  lines.push(
    "/* The most arguments (or record fields) any op has: the size of the array validate_fields fills. */",
    `#define OP_MAX_ARGS ${Math.max(1, ...counts)}`,
    "",
    "/* Each op's arguments (and each record's fields), as indices into that array; each enum's values, as arg_enum gives them. */",
    ...indexEnums,
    "",
    "/* The number of fields each result map (and each result record) holds. */",
    ...resultCounts,
    "",
    "#endif",
    "",
  );
  return lines.join("\n");
}

function cSource() {
  const lines = [`/* ${HEADER} */`, '#include "protocol.h"', ""];
  const table = (name, args, linkage) => {
    lines.push(`${linkage}const arg_spec ${name}[] = {`);
    for (const [arg, a] of Object.entries(args)) {
      const prefix = `${name.replace(/_(args|fields)$/, "")}_${arg}`;
      const fields = a.fields ? `${prefix}_fields, ${Object.keys(a.fields).length}` : "0, 0";
      const values = a.values ? `${prefix}_values` : "0";
      lines.push(`  { ${cString(arg)}, ARG_${upper(a.type)}, ${a.required ? 1 : 0}, ${a.max ?? 0}u, ${a.why_max ? cString(a.why_max) : "0"}, ${cString(expected(a))}, ${fields}, ${values} },`);
    }
    lines.push("};");
  };
  for (const [op, spec] of ops) {
    for (const [name, values] of enums(op, spec.args)) lines.push(`const char *const ${name}_values[] = { ${[...values.map(cString), "0"].join(", ")} };`);
    for (const [name, fields] of records(op, spec.args).reverse()) table(`${name}_fields`, fields, "");
    if (Object.keys(spec.args).length) table(`${op}_args`, spec.args, "static ");
  }
  lines.push("", "const op_spec op_specs[OP_COUNT] = {");
  for (const [op, spec] of ops) {
    const argc = Object.keys(spec.args).length;
    lines.push(`  [OP_${upper(op)}] = { ${cString(op)}, ${argc ? `${op}_args` : "0"}, ${argc}, ${Object.keys(spec.result).length} },`);
  }
  lines.push("};", "");
  return lines.join("\n");
}

const TS_SCALAR = {
  u32: "number",
  i32: "number",
  u64: "number | bigint",
  i64: "number | bigint",
  bool: "boolean",
  str: "string",
  bytes: "Uint8Array",
  str_list: "string[]",
  str_map: "Record<string, string>",
  syscall_args: "SyscallArg[]",
  bytes_list: "Uint8Array[]",
};

/** A TypeScript object type for args (optional unless required) or results (nullable where said). */
function tsFields(specs, isResult) {
  const list = Object.entries(specs).map(([n, s]) => {
    const type = s.type === "record_list" ? `Array<${tsFields(s.fields, isResult)}>` : s.type === "enum" ? s.values.map(cString).join(" | ") : TS_SCALAR[s.type];
    return isResult ? `${n}: ${type}${s.nullable ? " | null" : ""}` : `${n}${s.required ? "" : "?"}: ${type}`;
  });
  return list.length ? `{ ${list.join("; ")} }` : "Record<string, never>";
}

/** The ops with every argument's expected wording added (the host's checkArgs says it). */
function withExpected(ops) {
  const args = (specs) =>
    Object.fromEntries(Object.entries(specs).map(([n, a]) => [n, { ...a, expected: expected(a), ...(a.fields ? { fields: args(a.fields) } : {}) }]));
  return Object.fromEntries(Object.entries(ops).map(([op, spec]) => [op, { ...spec, args: args(spec.args) }]));
}

function tsSource() {
  const lines = [
    `// ${HEADER}`,
    "",
    `export const PROTOCOL_VERSION = ${schema.version};`,
    `export const AGENT_PORT_NAME = ${cString(schema.port_name)};`,
    `export const FRAME = { magic: ${cString(schema.frame.magic)}, headerBytes: ${schema.frame.header_bytes}, maxBytes: ${schema.frame.max_bytes}, reserveBytes: ${schema.frame.reserve_bytes} } as const;`,
    "",
    "/** A syscall argument: integer (bigint beyond 2^53), string, or buffer. */",
    "export type SyscallArg = number | bigint | string | null | { in: Uint8Array } | { inout: Uint8Array } | { out: number };",
    "",
    `export type ArgType = ${ARG_TYPES.map(cString).join(" | ")};`,
    `export type ResultType = ${RESULT_TYPES.map(cString).join(" | ")};`,
    "/** expected: what a value must be, in words (the agent's errors say the same). */",
    "export interface ArgSpec { readonly type: ArgType; readonly expected: string; readonly required?: boolean; readonly max?: number; readonly why_max?: string; readonly fields?: Readonly<Record<string, ArgSpec>>; readonly values?: readonly string[] }",
    "export interface ResultSpec { readonly type: ResultType; readonly nullable?: boolean; readonly fields?: Readonly<Record<string, ResultSpec>> }",
    "export interface OpSpec { readonly doc: string; readonly args: Readonly<Record<string, ArgSpec>>; readonly result: Readonly<Record<string, ResultSpec>> }",
    "",
    "export interface OpTypes {",
  ];
  for (const [op, spec] of ops) {
    lines.push(`  /** ${spec.doc} */`);
    lines.push(`  ${op}: { args: ${tsFields(spec.args, false)}; result: ${tsFields(spec.result, true)} };`);
  }
  lines.push("}", "", `export const OP_SPECS: { readonly [O in keyof OpTypes]: OpSpec } = ${JSON.stringify(withExpected(schema.ops), null, 2)};`, "");
  return lines.join("\n");
}

validateSchema();
const outputs = {
  "agent/protocol.h": cHeader(),
  "agent/protocol.c": cSource(),
  "src/agent/protocol-schema.ts": tsSource(),
};
const check = process.argv.includes("--check");
const stale = [];
for (const [file, text] of Object.entries(outputs)) {
  const full = path.join(root, file);
  let current = "";
  try {
    current = readFileSync(full, "utf8");
  } catch {}
  if (current === text) continue;
  if (check) stale.push(file);
  else writeFileSync(full, text);
}
if (stale.length) {
  console.error(`stale: ${stale.join(", ")} (run npm run gen:protocol after changing ${schemaPath})`);
  process.exit(1);
}
