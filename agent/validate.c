/* Checks each request against the protocol schema (protocol/agent.json, via
 * the generated protocol.h/.c) before any handler sees it: an unknown op, an
 * unknown, missing or wrongly typed argument, or a value over its maximum is
 * answered with an error naming it; nothing is silently ignored. */
#include "agent.h"
#include <errno.h>
#include <inttypes.h>
#include <string.h>

static const char *type_name(const mp_val *v) {
  switch (v->type) {
  case MP_NIL: return "nil";
  case MP_BOOL: return "a boolean";
  case MP_INT: return "a negative integer";
  case MP_UINT: return "an unsigned integer";
  case MP_FLOAT: return "a float";
  case MP_STR: return "a string";
  case MP_BIN: return "bytes";
  case MP_ARRAY: return "a list";
  case MP_MAP: return "a table";
  }
  return "an unknown type";
}

static int is_text(const mp_val *v) {
  return mp_is_str(v) && memchr(v->v.raw.ptr, 0, v->v.raw.len) == NULL;
}

/* Whether a text value is name (values are not NUL-terminated). */
static int is_name(const mp_val *v, const char *name) {
  return strlen(name) == v->v.raw.len && memcmp(name, v->v.raw.ptr, v->v.raw.len) == 0;
}

/* The index of a text value in a NULL-terminated list of names; -1 if absent. */
static int value_index(const mp_val *v, const char *const *values) {
  for (int i = 0; values[i]; i++)
    if (is_name(v, values[i])) return i;
  return -1;
}

static int has_type(const mp_val *v, const arg_spec *spec) {
  switch (spec->type) {
  case ARG_U32: return v->type == MP_UINT && v->v.u <= UINT32_MAX;
  case ARG_I32: return (v->type == MP_UINT && v->v.u <= INT32_MAX) || (v->type == MP_INT && v->v.i >= INT32_MIN);
  case ARG_U64: return v->type == MP_UINT;
  case ARG_I64: return (v->type == MP_UINT && v->v.u <= INT64_MAX) || v->type == MP_INT;
  case ARG_BOOL: return v->type == MP_BOOL;
  case ARG_STR: return is_text(v);
  case ARG_BYTES: return mp_is_str(v);
  case ARG_STR_LIST:
    if (v->type != MP_ARRAY) return 0;
    for (uint32_t i = 0; i < v->v.array.len; i++)
      if (!is_text(&v->v.array.items[i])) return 0;
    return 1;
  case ARG_STR_MAP:
    if (v->type != MP_MAP) return 0;
    for (uint32_t i = 0; i < v->v.map.len; i++)
      if (!is_text(&v->v.map.keys[i]) || !is_text(&v->v.map.values[i])) return 0;
    return 1;
  case ARG_SYSCALL_ARGS: return v->type == MP_ARRAY && v->v.array.len <= 6;
  case ARG_RECORD_LIST: /* the records' fields: validate_fields */
    if (v->type != MP_ARRAY) return 0;
    for (uint32_t i = 0; i < v->v.array.len; i++)
      if (v->v.array.items[i].type != MP_MAP) return 0;
    return 1;
  case ARG_ENUM: return is_text(v) && value_index(v, spec->values) >= 0;
  }
  return 0;
}

/* An enum's wrong value is quoted: "must be one of stdout, stderr, got 'stdin'". */
static int wrong_type(const arg_spec *spec, const mp_val *v, op_error *err) {
  if (spec->type == ARG_ENUM && is_text(v))
    return fail(err, EINVAL, "argument '%s' must be %s, got '%.*s'", spec->name, spec->expected, (int)(v->v.raw.len > 64 ? 64 : v->v.raw.len), v->v.raw.ptr);
  return fail(err, EINVAL, "argument '%s' must be %s, got %s", spec->name, spec->expected, type_name(v));
}

const op_spec *find_op(const mp_val *name, op_error *err) {
  if (!name) { fail(err, EINVAL, "the request has no op"); return NULL; }
  if (!is_text(name)) { fail(err, EINVAL, "the request's op is %s, not a string", type_name(name)); return NULL; }
  for (int i = 0; i < OP_COUNT; i++)
    if (is_name(name, op_specs[i].name)) return &op_specs[i];
  fail(err, ENOSYS, "unknown op '%.*s' (this agent speaks protocol %d)", (int)(name->v.raw.len > 64 ? 64 : name->v.raw.len),
       name->v.raw.ptr, PROTOCOL_VERSION);
  return NULL;
}

int validate_fields(const arg_spec *fields, int count, const mp_val *map, const mp_val **vals, op_error *err) {
  for (int i = 0; i < count; i++) vals[i] = NULL;
  if (map && map->type != MP_MAP && map->type != MP_NIL) return fail(err, EINVAL, "expected a table, got %s", type_name(map));
  uint32_t given = map && map->type == MP_MAP ? map->v.map.len : 0;
  for (uint32_t k = 0; k < given; k++) {
    const mp_val *key = &map->v.map.keys[k], *value = &map->v.map.values[k];
    if (!is_text(key)) return fail(err, EINVAL, "an argument name is %s, not a string", type_name(key));
    int found = -1;
    for (int i = 0; i < count && found < 0; i++)
      if (is_name(key, fields[i].name)) found = i;
    if (found < 0) return fail(err, EINVAL, "unknown argument '%.*s'", (int)(key->v.raw.len > 64 ? 64 : key->v.raw.len), key->v.raw.ptr);
    const arg_spec *spec = &fields[found];
    if (value->type == MP_NIL) continue; /* nil is absent */
    if (!has_type(value, spec)) return wrong_type(spec, value, err);
    if (spec->max && value->type == MP_UINT && value->v.u > spec->max)
      return fail(err, EINVAL, "argument '%s' is %" PRIu64 ", at most %" PRIu64 " (%s)", spec->name, value->v.u, spec->max, spec->why_max);
    if (spec->type == ARG_RECORD_LIST) {
      if (spec->max && value->v.array.len > spec->max)
        return fail(err, EINVAL, "argument '%s' has %u items, at most %" PRIu64 " (%s)", spec->name, value->v.array.len, spec->max, spec->why_max);
      const mp_val *record[OP_MAX_ARGS];
      for (uint32_t i = 0; i < value->v.array.len; i++)
        if (validate_fields(spec->fields, spec->field_count, &value->v.array.items[i], record, err) < 0) {
          char inner[sizeof err->message];
          memcpy(inner, err->message, sizeof inner);
          return fail(err, EINVAL, "%s[%u]: %s", spec->name, i + 1, inner);
        }
    }
    vals[found] = value;
  }
  for (int i = 0; i < count; i++)
    if (fields[i].required && !vals[i]) return fail(err, EINVAL, "argument '%s' is required", fields[i].name);
  return 0;
}

uint64_t arg_u64(const mp_val *v, uint64_t fallback) {
  if (!v) return fallback;
  return v->type == MP_INT ? (uint64_t)v->v.i : v->v.u;
}

int arg_bool(const mp_val *v, int fallback) { return v ? v->v.boolean : fallback; }

int arg_enum(const mp_val *v, const char *const *values, int fallback) { return v ? value_index(v, values) : fallback; }
