/* A small MessagePack reader/writer: the agent's wire encoding.
 * Values decode into a tree owned by the caller (mp_free). */
#ifndef PROVIUM_MSGPACK_H
#define PROVIUM_MSGPACK_H
#include <stddef.h>
#include <stdint.h>

enum mp_type { MP_NIL, MP_BOOL, MP_INT, MP_UINT, MP_FLOAT, MP_STR, MP_BIN, MP_ARRAY, MP_MAP };

typedef struct mp_val {
  enum mp_type type;
  union {
    int boolean;
    int64_t i;   /* MP_INT: negative integers */
    uint64_t u;  /* MP_UINT: non-negative integers */
    double f;
    struct { const char *ptr; uint32_t len; } raw; /* MP_STR, MP_BIN: points into the frame */
    struct { struct mp_val *items; uint32_t len; } array;
    struct { struct mp_val *keys, *values; uint32_t len; } map;
  } v;
} mp_val;

/* Decodes one value from buf; returns bytes consumed or -1 on malformed input. */
long mp_decode(const uint8_t *buf, size_t len, mp_val *out);
void mp_free(mp_val *val);

/* Lookups that tolerate absent keys and wrong types (they return the default). */
const mp_val *mp_get(const mp_val *map, const char *key);
int mp_as_u64(const mp_val *val, uint64_t *out); /* 1 if val is an integer (or integral float) */
int mp_is_str(const mp_val *val);
/* Copies a str/bin into a fresh NUL-terminated heap string (NULL if not str/bin). */
char *mp_strdup(const mp_val *val);

typedef struct { uint8_t *data; size_t len, cap; } mp_buf;

void mp_put_nil(mp_buf *b);
void mp_put_bool(mp_buf *b, int value);
void mp_put_int(mp_buf *b, int64_t value);
void mp_put_uint(mp_buf *b, uint64_t value);
void mp_put_str(mp_buf *b, const char *s, size_t len);
void mp_put_cstr(mp_buf *b, const char *s);
void mp_put_bin(mp_buf *b, const void *data, size_t len);
void mp_put_array(mp_buf *b, uint32_t len);
void mp_put_map(mp_buf *b, uint32_t len);
/* Appends an already encoded value. */
void mp_put_encoded(mp_buf *b, const mp_buf *value);
void mp_buf_free(mp_buf *b);

#endif
