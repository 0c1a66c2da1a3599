#include "msgpack.h"
#include <stdlib.h>
#include <string.h>

static uint64_t be(const uint8_t *p, int n) {
  uint64_t v = 0;
  for (int i = 0; i < n; i++) v = (v << 8) | p[i];
  return v;
}

/* One value's header: its type, its scalar value or its size, and where its
 * body starts. Shared by the decoder and the allocation-free skipper. */
typedef struct {
  mp_val scalar; /* type, and the value of NIL/BOOL/INT/UINT/FLOAT */
  uint64_t n;    /* STR/BIN: bytes; ARRAY/MAP: entries */
  size_t body;   /* offset just past the header */
} header;

/* Reads the header at pos; 0 or an mp_error. Bodies are not checked here. */
static long read_header(const uint8_t *buf, size_t len, size_t pos, header *h) {
  if (pos >= len) return MP_ERR_TRUNCATED;
  uint8_t tag = buf[pos];
  const uint8_t *p = buf + pos + 1;
  size_t left = len - pos - 1;
  int n = 0; /* bytes after the tag */
  memset(h, 0, sizeof *h);
  if (tag <= 0x7f) { h->scalar.type = MP_UINT; h->scalar.v.u = tag; }
  else if (tag >= 0xe0) { h->scalar.type = MP_INT; h->scalar.v.i = (int8_t)tag; }
  else if ((tag & 0xf0) == 0x80) { h->scalar.type = MP_MAP; h->n = tag & 0x0f; }
  else if ((tag & 0xf0) == 0x90) { h->scalar.type = MP_ARRAY; h->n = tag & 0x0f; }
  else if ((tag & 0xe0) == 0xa0) { h->scalar.type = MP_STR; h->n = tag & 0x1f; }
  else if (tag == 0xc0) h->scalar.type = MP_NIL;
  else if (tag == 0xc2 || tag == 0xc3) { h->scalar.type = MP_BOOL; h->scalar.v.boolean = tag == 0xc3; }
  else {
    enum mp_type type;
    switch (tag) {
    case 0xc4: case 0xc5: case 0xc6: type = MP_BIN; n = 1 << (tag - 0xc4); break;
    case 0xd9: case 0xda: case 0xdb: type = MP_STR; n = 1 << (tag - 0xd9); break;
    case 0xca: type = MP_FLOAT; n = 4; break;
    case 0xcb: type = MP_FLOAT; n = 8; break;
    case 0xcc: case 0xcd: case 0xce: case 0xcf: type = MP_UINT; n = 1 << (tag - 0xcc); break;
    case 0xd0: case 0xd1: case 0xd2: case 0xd3: type = MP_INT; n = 1 << (tag - 0xd0); break;
    case 0xdc: case 0xdd: type = MP_ARRAY; n = tag == 0xdc ? 2 : 4; break;
    case 0xde: case 0xdf: type = MP_MAP; n = tag == 0xde ? 2 : 4; break;
    default: return MP_ERR_TYPE; /* ext types and 0xc1 are not used */
    }
    if (left < (size_t)n) return MP_ERR_TRUNCATED;
    uint64_t bits = be(p, n);
    h->scalar.type = type;
    if (type == MP_FLOAT && n == 4) { uint32_t b32 = (uint32_t)bits; float f; memcpy(&f, &b32, 4); h->scalar.v.f = f; }
    else if (type == MP_FLOAT) memcpy(&h->scalar.v.f, &bits, 8);
    else if (type == MP_UINT) h->scalar.v.u = bits;
    else if (type == MP_INT) {
      int64_t v = n == 8 ? (int64_t)bits : (int64_t)(bits << (64 - 8 * n)) >> (64 - 8 * n);
      if (v >= 0) { h->scalar.type = MP_UINT; h->scalar.v.u = (uint64_t)v; }
      else h->scalar.v.i = v;
    } else h->n = bits;
  }
  h->body = pos + 1 + (size_t)n;
  /* every entry of a container takes at least one byte: more entries than
   * bytes left is a truncated (or lying) frame, rejected before allocating */
  uint64_t entries = h->scalar.type == MP_MAP ? 2 * h->n : h->n;
  if ((h->scalar.type == MP_ARRAY || h->scalar.type == MP_MAP || h->scalar.type == MP_STR || h->scalar.type == MP_BIN) &&
      entries > len - h->body)
    return MP_ERR_TRUNCATED;
  return 0;
}

typedef struct {
  const uint8_t *buf;
  size_t len;
  size_t nodes_left; /* the decode budget: values that may still be allocated */
} decoder;

static long decode(decoder *d, size_t pos, mp_val *out, int depth);

/* Decodes n entries into items (and values, for a map); the caller's tree
 * already counts them, so on failure mp_free of the parent frees what was filled. */
static long decode_entries(decoder *d, size_t pos, mp_val *items, mp_val *values, uint64_t n, int depth) {
  for (uint64_t i = 0; i < n; i++) {
    long next = decode(d, pos, &items[i], depth + 1);
    if (next >= 0 && values) next = decode(d, (size_t)next, &values[i], depth + 1);
    if (next < 0) return next;
    pos = (size_t)next;
  }
  return (long)pos;
}

static long decode(decoder *d, size_t pos, mp_val *out, int depth) {
  header h;
  memset(out, 0, sizeof *out);
  long rc = read_header(d->buf, d->len, pos, &h);
  if (rc < 0) return rc;
  enum mp_type type = h.scalar.type;
  if (type == MP_STR || type == MP_BIN) {
    out->type = type; out->v.raw.ptr = (const char *)d->buf + h.body; out->v.raw.len = (uint32_t)h.n;
    return (long)(h.body + h.n);
  }
  if (type != MP_ARRAY && type != MP_MAP) { *out = h.scalar; return (long)h.body; }
  if (depth >= MP_MAX_DEPTH) return MP_ERR_DEPTH;
  uint64_t entries = type == MP_MAP ? 2 * h.n : h.n;
  if (entries > d->nodes_left) return MP_ERR_TOO_MANY;
  d->nodes_left -= entries;
  size_t count = h.n ? (size_t)h.n : 1;
  mp_val *items = calloc(count, sizeof *items), *values = type == MP_MAP ? calloc(count, sizeof *values) : NULL;
  if (!items || (type == MP_MAP && !values)) { free(items); free(values); return MP_ERR_NOMEM; }
  /* calloc'd entries are MP_NIL, so the tree can be freed at any point */
  out->type = type;
  if (type == MP_MAP) { out->v.map.keys = items; out->v.map.values = values; out->v.map.len = (uint32_t)h.n; }
  else { out->v.array.items = items; out->v.array.len = (uint32_t)h.n; }
  long end = decode_entries(d, h.body, items, values, h.n, depth);
  if (end < 0) mp_free(out);
  return end;
}

long mp_decode(const uint8_t *buf, size_t len, mp_val *out) {
  decoder d = { buf, len, len < MP_MAX_NODES ? len : MP_MAX_NODES };
  return decode(&d, 0, out, 0);
}

const char *mp_strerror(long error) {
  switch (error) {
  case MP_ERR_TRUNCATED: return "truncated or inconsistent value";
  case MP_ERR_TYPE: return "unsupported msgpack type";
  case MP_ERR_DEPTH: return "values nested deeper than 32 levels";
  case MP_ERR_TOO_MANY: return "more than 262144 values in one frame";
  case MP_ERR_NOMEM: return "out of memory";
  default: return "malformed value";
  }
}

/* Returns the position after the value at pos, allocating nothing. */
static long skip(const uint8_t *buf, size_t len, size_t pos, int depth) {
  header h;
  long rc = read_header(buf, len, pos, &h);
  if (rc < 0) return rc;
  enum mp_type type = h.scalar.type;
  if (type == MP_STR || type == MP_BIN) return (long)(h.body + h.n);
  if (type != MP_ARRAY && type != MP_MAP) return (long)h.body;
  if (depth >= MP_MAX_DEPTH) return MP_ERR_DEPTH;
  long next = (long)h.body;
  for (uint64_t i = 0, entries = type == MP_MAP ? 2 * h.n : h.n; i < entries && next >= 0; i++)
    next = skip(buf, len, (size_t)next, depth + 1);
  return next;
}

int mp_peek_u64(const uint8_t *buf, size_t len, const char *key, uint64_t *out) {
  header h;
  if (read_header(buf, len, 0, &h) < 0 || h.scalar.type != MP_MAP) return 0;
  size_t klen = strlen(key);
  long pos = (long)h.body;
  for (uint64_t i = 0; i < h.n && pos >= 0; i++) {
    header k, v;
    if (read_header(buf, len, (size_t)pos, &k) < 0) return 0;
    if (k.scalar.type == MP_STR && k.n == klen && k.body + klen <= len && memcmp(buf + k.body, key, klen) == 0)
      return read_header(buf, len, k.body + klen, &v) == 0 && mp_as_u64(&v.scalar, out);
    pos = skip(buf, len, (size_t)pos, 0);
    if (pos >= 0) pos = skip(buf, len, (size_t)pos, 0);
  }
  return 0;
}

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
  case MP_FLOAT: {
    /* range first: casting a double outside the integer's range is undefined
     * behaviour (NaN fails both comparisons) */
    double f = val->v.f;
    if (f >= 0 && f < 18446744073709551616.0) {
      uint64_t u = (uint64_t)f;
      if ((double)u != f) return 0;
      *out = u;
      return 1;
    }
    if (f < 0 && f >= -9223372036854775808.0) {
      int64_t i = (int64_t)f;
      if ((double)i != f) return 0;
      *out = (uint64_t)i;
      return 1;
    }
    return 0;
  }
  default: return 0;
  }
}

int mp_is_str(const mp_val *val) { return val && (val->type == MP_STR || val->type == MP_BIN); }

char *mp_strdup(const mp_val *val) {
  if (!mp_is_str(val)) return NULL;
  char *s = malloc((size_t)val->v.raw.len + 1);
  if (!s) return NULL;
  memcpy(s, val->v.raw.ptr, val->v.raw.len);
  s[val->v.raw.len] = 0;
  return s;
}

/* Room for n (> 0) more bytes past len, capacity only; NULL once the buffer failed. */
static uint8_t *room(mp_buf *b, size_t n) {
  if (b->failed) return NULL;
  if (n > SIZE_MAX / 2 - b->len || (b->limit && b->len + n > b->limit)) { b->failed = MP_BUF_TOO_BIG; return NULL; }
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n) cap *= 2;
    uint8_t *grown = realloc(b->data, cap);
    if (!grown) { b->failed = MP_BUF_NOMEM; return NULL; }
    b->data = grown; b->cap = cap;
  }
  return b->data + b->len;
}

static void put(mp_buf *b, const void *data, size_t n) {
  uint8_t *to = n ? room(b, n) : NULL;
  if (!to) return;
  memcpy(to, data, n);
  b->len += n;
}

uint8_t *mp_reserve(mp_buf *b, size_t n) { return n ? room(b, n) : NULL; }

void mp_commit(mp_buf *b, size_t n) {
  if (!b->failed && n <= b->cap - b->len) b->len += n;
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
  if (len > 0xffffffffu) { b->failed = MP_BUF_TOO_BIG; return; } /* not encodable */
  if (fix && len < 32) put_tagged(b, (uint8_t)(fix | len), 0, 0);
  else if (len <= 0xff) put_tagged(b, tag8, len, 1);
  else if (len <= 0xffff) put_tagged(b, tag8 + 1, len, 2);
  else put_tagged(b, tag8 + 2, len, 4);
}

void mp_put_str(mp_buf *b, const char *s, size_t len) { put_raw_header(b, len, 0xa0, 0xd9); put(b, s, len); }
void mp_put_cstr(mp_buf *b, const char *s) { mp_put_str(b, s, strlen(s)); }
void mp_put_bin(mp_buf *b, const void *data, size_t len) { put_raw_header(b, len, 0, 0xc4); put(b, data, len); }

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

/* Always the 32-bit form, whatever the final length: nothing written after the
 * header has to move when mp_end fills it in (msgpack allows a wider form). */
size_t mp_begin(mp_buf *b, enum mp_type type) {
  size_t at = b->len;
  uint8_t tag = type == MP_BIN ? 0xc6 : type == MP_STR ? 0xdb : type == MP_ARRAY ? 0xdd : 0xdf;
  put_tagged(b, tag, 0, 4);
  return at;
}

void mp_end(mp_buf *b, size_t at, uint32_t len) {
  if (b->failed) return;
  for (int i = 0; i < 4; i++) b->data[at + 1 + i] = (uint8_t)(len >> (8 * (3 - i)));
}

void mp_buf_truncate(mp_buf *b, size_t len) {
  if (len < b->len) b->len = len;
  b->failed = MP_BUF_OK;
}

void mp_buf_free(mp_buf *b) { free(b->data); b->data = NULL; b->len = b->cap = 0; b->failed = MP_BUF_OK; }
