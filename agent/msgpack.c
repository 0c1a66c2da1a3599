#include "msgpack.h"
#include <stdlib.h>
#include <string.h>

#define MP_MAX_DEPTH 32

static uint64_t be(const uint8_t *p, int n) {
  uint64_t v = 0;
  for (int i = 0; i < n; i++) v = (v << 8) | p[i];
  return v;
}

static long decode(const uint8_t *buf, size_t len, mp_val *out, int depth);

static long decode_items(const uint8_t *buf, size_t len, size_t pos, mp_val *items, uint32_t n, int depth) {
  for (uint32_t i = 0; i < n; i++) {
    long used = decode(buf + pos, len - pos, &items[i], depth + 1);
    if (used < 0) {
      for (uint32_t j = 0; j < i; j++) mp_free(&items[j]);
      return -1;
    }
    pos += (size_t)used;
  }
  return (long)pos;
}

static long container(const uint8_t *buf, size_t len, size_t hdr, uint32_t n, int is_map, mp_val *out, int depth) {
  if (depth > MP_MAX_DEPTH || n > len) return -1; /* every item needs at least one byte */
  uint32_t count = is_map ? n * 2 : n;
  mp_val *items = calloc(count ? count : 1, sizeof(mp_val));
  if (!items) return -1;
  long end = decode_items(buf, len, hdr, items, count, depth);
  if (end < 0) { free(items); return -1; }
  if (is_map) {
    /* keys and values interleaved on the wire; split them for lookup */
    mp_val *keys = calloc(n ? n : 1, sizeof(mp_val)), *values = calloc(n ? n : 1, sizeof(mp_val));
    for (uint32_t i = 0; i < n; i++) { keys[i] = items[2 * i]; values[i] = items[2 * i + 1]; }
    free(items);
    out->type = MP_MAP; out->v.map.keys = keys; out->v.map.values = values; out->v.map.len = n;
  } else {
    out->type = MP_ARRAY; out->v.array.items = items; out->v.array.len = n;
  }
  return end;
}

static long raw(const uint8_t *buf, size_t len, size_t hdr, uint64_t n, enum mp_type t, mp_val *out) {
  if (hdr + n > len) return -1;
  out->type = t; out->v.raw.ptr = (const char *)buf + hdr; out->v.raw.len = (uint32_t)n;
  return (long)(hdr + n);
}

static long decode(const uint8_t *buf, size_t len, mp_val *out, int depth) {
  if (len < 1) return -1;
  uint8_t tag = buf[0];
  memset(out, 0, sizeof *out);
  if (tag <= 0x7f) { out->type = MP_UINT; out->v.u = tag; return 1; }
  if (tag >= 0xe0) { out->type = MP_INT; out->v.i = (int8_t)tag; return 1; }
  if ((tag & 0xf0) == 0x80) return container(buf, len, 1, tag & 0x0f, 1, out, depth);
  if ((tag & 0xf0) == 0x90) return container(buf, len, 1, tag & 0x0f, 0, out, depth);
  if ((tag & 0xe0) == 0xa0) return raw(buf, len, 1, tag & 0x1f, MP_STR, out);
  switch (tag) {
  case 0xc0: out->type = MP_NIL; return 1;
  case 0xc2: case 0xc3: out->type = MP_BOOL; out->v.boolean = tag == 0xc3; return 1;
  case 0xc4: case 0xc5: case 0xc6: {
    int n = 1 << (tag - 0xc4);
    if (len < (size_t)1 + n) return -1;
    return raw(buf, len, 1 + n, be(buf + 1, n), MP_BIN, out);
  }
  case 0xd9: case 0xda: case 0xdb: {
    int n = 1 << (tag - 0xd9);
    if (len < (size_t)1 + n) return -1;
    return raw(buf, len, 1 + n, be(buf + 1, n), MP_STR, out);
  }
  case 0xca: case 0xcb: {
    int n = tag == 0xca ? 4 : 8;
    if (len < (size_t)1 + n) return -1;
    uint64_t bits = be(buf + 1, n);
    out->type = MP_FLOAT;
    if (n == 4) { uint32_t b32 = (uint32_t)bits; float f; memcpy(&f, &b32, 4); out->v.f = f; }
    else memcpy(&out->v.f, &bits, 8);
    return 1 + n;
  }
  case 0xcc: case 0xcd: case 0xce: case 0xcf: {
    int n = 1 << (tag - 0xcc);
    if (len < (size_t)1 + n) return -1;
    out->type = MP_UINT; out->v.u = be(buf + 1, n);
    return 1 + n;
  }
  case 0xd0: case 0xd1: case 0xd2: case 0xd3: {
    int n = 1 << (tag - 0xd0);
    if (len < (size_t)1 + n) return -1;
    uint64_t bits = be(buf + 1, n);
    int64_t v = n == 8 ? (int64_t)bits : (int64_t)(bits << (64 - 8 * n)) >> (64 - 8 * n);
    if (v >= 0) { out->type = MP_UINT; out->v.u = (uint64_t)v; }
    else { out->type = MP_INT; out->v.i = v; }
    return 1 + n;
  }
  case 0xdc: case 0xdd: case 0xde: case 0xdf: {
    int n = (tag == 0xdc || tag == 0xde) ? 2 : 4;
    if (len < (size_t)1 + n) return -1;
    return container(buf, len, 1 + n, (uint32_t)be(buf + 1, n), tag >= 0xde, out, depth);
  }
  default: return -1; /* ext types are not used */
  }
}

long mp_decode(const uint8_t *buf, size_t len, mp_val *out) { return decode(buf, len, out, 0); }

void mp_free(mp_val *val) {
  if (val->type == MP_ARRAY) {
    for (uint32_t i = 0; i < val->v.array.len; i++) mp_free(&val->v.array.items[i]);
    free(val->v.array.items);
  } else if (val->type == MP_MAP) {
    for (uint32_t i = 0; i < val->v.map.len; i++) { mp_free(&val->v.map.keys[i]); mp_free(&val->v.map.values[i]); }
    free(val->v.map.keys); free(val->v.map.values);
  }
  val->type = MP_NIL;
}

const mp_val *mp_get(const mp_val *map, const char *key) {
  if (!map || map->type != MP_MAP) return NULL;
  size_t klen = strlen(key);
  for (uint32_t i = 0; i < map->v.map.len; i++) {
    const mp_val *k = &map->v.map.keys[i];
    if (k->type == MP_STR && k->v.raw.len == klen && memcmp(k->v.raw.ptr, key, klen) == 0) {
      const mp_val *v = &map->v.map.values[i];
      return v->type == MP_NIL ? NULL : v;
    }
  }
  return NULL;
}

int mp_as_u64(const mp_val *val, uint64_t *out) {
  if (!val) return 0;
  switch (val->type) {
  case MP_UINT: *out = val->v.u; return 1;
  case MP_INT: *out = (uint64_t)val->v.i; return 1;
  case MP_FLOAT:
    if (val->v.f != (double)(int64_t)val->v.f) return 0;
    *out = (uint64_t)(int64_t)val->v.f; return 1;
  default: return 0;
  }
}

int mp_is_str(const mp_val *val) { return val && (val->type == MP_STR || val->type == MP_BIN); }

char *mp_strdup(const mp_val *val) {
  if (!mp_is_str(val)) return NULL;
  char *s = malloc(val->v.raw.len + 1);
  if (!s) return NULL;
  memcpy(s, val->v.raw.ptr, val->v.raw.len);
  s[val->v.raw.len] = 0;
  return s;
}

static void put(mp_buf *b, const void *data, size_t n) {
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n) cap *= 2;
    uint8_t *grown = realloc(b->data, cap);
    if (!grown) abort(); /* out of memory in the agent: nothing sensible left to do */
    b->data = grown; b->cap = cap;
  }
  memcpy(b->data + b->len, data, n);
  b->len += n;
}

static void put_tagged(mp_buf *b, uint8_t tag, uint64_t value, int n) {
  uint8_t tmp[9];
  tmp[0] = tag;
  for (int i = 0; i < n; i++) tmp[1 + i] = (uint8_t)(value >> (8 * (n - 1 - i)));
  put(b, tmp, 1 + (size_t)n);
}

void mp_put_nil(mp_buf *b) { put_tagged(b, 0xc0, 0, 0); }
void mp_put_bool(mp_buf *b, int value) { put_tagged(b, value ? 0xc3 : 0xc2, 0, 0); }

void mp_put_uint(mp_buf *b, uint64_t v) {
  if (v <= 0x7f) put_tagged(b, (uint8_t)v, 0, 0);
  else if (v <= 0xff) put_tagged(b, 0xcc, v, 1);
  else if (v <= 0xffff) put_tagged(b, 0xcd, v, 2);
  else if (v <= 0xffffffffu) put_tagged(b, 0xce, v, 4);
  else put_tagged(b, 0xcf, v, 8);
}

void mp_put_int(mp_buf *b, int64_t v) {
  if (v >= 0) mp_put_uint(b, (uint64_t)v);
  else if (v >= -32) put_tagged(b, (uint8_t)(int8_t)v, 0, 0);
  else if (v >= INT8_MIN) put_tagged(b, 0xd0, (uint64_t)v, 1);
  else if (v >= INT16_MIN) put_tagged(b, 0xd1, (uint64_t)v, 2);
  else if (v >= INT32_MIN) put_tagged(b, 0xd2, (uint64_t)v, 4);
  else put_tagged(b, 0xd3, (uint64_t)v, 8);
}

static void put_raw_header(mp_buf *b, size_t len, uint8_t fix, uint8_t tag8) {
  if (fix && len < 32) put_tagged(b, (uint8_t)(fix | len), 0, 0);
  else if (len <= 0xff) put_tagged(b, tag8, len, 1);
  else if (len <= 0xffff) put_tagged(b, tag8 + 1, len, 2);
  else put_tagged(b, tag8 + 2, len, 4);
}

void mp_put_str(mp_buf *b, const char *s, size_t len) { put_raw_header(b, len, 0xa0, 0xd9); put(b, s, len); }
void mp_put_cstr(mp_buf *b, const char *s) { mp_put_str(b, s, strlen(s)); }
void mp_put_bin(mp_buf *b, const void *data, size_t len) { put_raw_header(b, len, 0, 0xc4); if (len) put(b, data, len); }

void mp_put_array(mp_buf *b, uint32_t len) {
  if (len < 16) put_tagged(b, (uint8_t)(0x90 | len), 0, 0);
  else if (len <= 0xffff) put_tagged(b, 0xdc, len, 2);
  else put_tagged(b, 0xdd, len, 4);
}

void mp_put_map(mp_buf *b, uint32_t len) {
  if (len < 16) put_tagged(b, (uint8_t)(0x80 | len), 0, 0);
  else if (len <= 0xffff) put_tagged(b, 0xde, len, 2);
  else put_tagged(b, 0xdf, len, 4);
}

void mp_put_encoded(mp_buf *b, const mp_buf *value) { put(b, value->data, value->len); }

void mp_buf_free(mp_buf *b) { free(b->data); b->data = NULL; b->len = b->cap = 0; }
