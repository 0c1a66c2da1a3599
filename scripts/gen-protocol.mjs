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

const ARG_TYPES = ["u32", "i32", "u64", "i64", "bool", "str", "bytes", "str_list", "str_map", "syscall_args"];
const RESULT_TYPES = ["u32", "i32", "u64", "i64", "bool", "str", "bytes", "bytes_list"];

function validateSchema() {
  const problems = [];
  for (const [op, spec] of Object.entries(schema.ops)) {
    if (!/^[a-z][a-z0-9_]*$/.test(op)) problems.push(`op name '${op}'`);
    for (const [name, arg] of Object.entries(spec.args)) {
      if (!ARG_TYPES.includes(arg.type)) problems.push(`${op}.args.${name}: unknown type '${arg.type}'`);
      if (arg.max !== undefined && !["u32", "u64"].includes(arg.type)) problems.push(`${op}.args.${name}: max on a ${arg.type}`);
      if (arg.max !== undefined && !arg.why_max) problems.push(`${op}.args.${name}: max without why_max`);
    }
    for (const [name, field] of Object.entries(spec.result))
      if (!RESULT_TYPES.includes(field.type)) problems.push(`${op}.result.${name}: unknown type '${field.type}'`);
  }
  if (problems.length) throw new Error(`${schemaPath}: ${problems.join("; ")}`);
}

const upper = (s) => s.toUpperCase();
const cString = (s) => JSON.stringify(s);

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
    "/* Room kept in a frame for everything but an op's bulk data. */",
    `#define FRAME_RESERVE_BYTES ${schema.frame.reserve_bytes}u`,
    "",
    `enum arg_type { ${ARG_TYPES.map((t) => `ARG_${upper(t)}`).join(", ")} };`,
    "",
    "typedef struct {",
    "  const char *name;",
    "  enum arg_type type;",
    "  int required;",
    "  uint64_t max; /* 0: no maximum */",
    "  const char *why_max;",
    "} arg_spec;",
    "",
    "typedef struct {",
    "  const char *name;",
    "  const arg_spec *args;",
    "  int argc;",
    "  int result_fields;",
    "} op_spec;",
    "",
    `enum op_id { ${Object.keys(schema.ops).map((op) => `OP_${upper(op)}`).join(", ")}, OP_COUNT };`,
    "extern const op_spec op_specs[OP_COUNT];",
    "/* The most arguments any op has: the size of the array validate_args fills. */",
    `#define OP_MAX_ARGS ${Math.max(1, ...Object.values(schema.ops).map((o) => Object.keys(o.args).length))}`,
    "",
    "/* Each op's arguments, as indices into the array validate_args fills. */",
  ];
  for (const [op, spec] of Object.entries(schema.ops)) {
    const names = Object.keys(spec.args).map((a) => `${upper(op)}_${upper(a)}`);
    lines.push(`enum { ${[...names, `${upper(op)}_ARGC`].join(", ")} };`);
  }
  lines.push("", "/* The number of fields each op's result map holds. */");
  for (const [op, spec] of Object.entries(schema.ops)) lines.push(`#define ${upper(op)}_RESULT_FIELDS ${Object.keys(spec.result).length}`);
  lines.push("", "#endif", "");
  return lines.join("\n");
}

function cSource() {
  const lines = [`/* ${HEADER} */`, '#include "protocol.h"', ""];
  for (const [op, spec] of Object.entries(schema.ops)) {
    const args = Object.entries(spec.args);
    if (!args.length) continue;
    lines.push(`static const arg_spec ${op}_args[] = {`);
    for (const [name, a] of args)
      lines.push(`  { ${cString(name)}, ARG_${upper(a.type)}, ${a.required ? 1 : 0}, ${a.max ?? 0}u, ${a.why_max ? cString(a.why_max) : "0"} },`);
    lines.push("};");
  }
  lines.push("", "const op_spec op_specs[OP_COUNT] = {");
  for (const [op, spec] of Object.entries(schema.ops)) {
    const argc = Object.keys(spec.args).length;
    lines.push(`  [OP_${upper(op)}] = { ${cString(op)}, ${argc ? `${op}_args` : "0"}, ${argc}, ${Object.keys(spec.result).length} },`);
  }
  lines.push("};", "");
  return lines.join("\n");
}

const TS_ARG = {
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
};
// What the host's decoder yields: 64-bit integers beyond 2^53 arrive as bigint.
const TS_RESULT = { ...TS_ARG, u32: "number", bytes_list: "Uint8Array[]" };

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
    "export interface ArgSpec { readonly type: ArgType; readonly required?: boolean; readonly max?: number; readonly why_max?: string }",
    "export interface ResultSpec { readonly type: ResultType; readonly nullable?: boolean }",
    "export interface OpSpec { readonly doc: string; readonly args: Readonly<Record<string, ArgSpec>>; readonly result: Readonly<Record<string, ResultSpec>> }",
    "",
    "export interface OpTypes {",
  ];
  for (const [op, spec] of Object.entries(schema.ops)) {
    const args = Object.entries(spec.args).map(([n, a]) => `${n}${a.required ? "" : "?"}: ${TS_ARG[a.type]}`);
    const result = Object.entries(spec.result).map(([n, f]) => `${n}: ${TS_RESULT[f.type]}${f.nullable ? " | null" : ""}`);
    lines.push(`  /** ${spec.doc} */`);
    const fields = (list) => (list.length ? `{ ${list.join("; ")} }` : "Record<string, never>");
    lines.push(`  ${op}: { args: ${fields(args)}; result: ${fields(result)} };`);
  }
  lines.push("}", "", `export const OP_SPECS: { readonly [O in keyof OpTypes]: OpSpec } = ${JSON.stringify(schema.ops, null, 2)};`, "");
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
