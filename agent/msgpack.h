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

/* Decode limits: a request is small and flat, and the guest has little
 * memory, so containers are bounded before anything is allocated. */
#define MP_MAX_DEPTH 32
#define MP_MAX_NODES (1u << 18) /* all values of one frame together: 8 MiB of tree at most */

/* Why a decode failed: mp_decode returns one of these (all negative). */
enum mp_error {
  MP_ERR_TRUNCATED = -1, MP_ERR_TYPE = -2, MP_ERR_DEPTH = -3, MP_ERR_TOO_MANY = -4, MP_ERR_NOMEM = -5,
};

/* Decodes one value from buf; returns bytes consumed or an mp_error. On
 * failure out is left MP_NIL with nothing allocated. */
long mp_decode(const uint8_t *buf, size_t len, mp_val *out);
const char *mp_strerror(long error);
/* Finds key in the top-level map of an encoded value without building a
 * tree (to answer a request whose full decode failed); 1 if found as an integer. */
int mp_peek_u64(const uint8_t *buf, size_t len, const char *key, uint64_t *out);
void mp_free(mp_val *val);

/* Lookups that tolerate absent keys and wrong types (they return the default). */
const mp_val *mp_get(const mp_val *map, const char *key);
int mp_as_u64(const mp_val *val, uint64_t *out); /* 1 if val is an integer (or integral float) */
int mp_is_str(const mp_val *val);
/* Copies a str/bin into a fresh NUL-terminated heap string (NULL if not str/bin). */
char *mp_strdup(const mp_val *val);

/* A growing output buffer. Writes never abort: when memory runs out or the
 * buffer would pass limit (0: none), failed is set and later writes are
 * ignored, so a writer checks once at the end. */
enum mp_buf_failure { MP_BUF_OK, MP_BUF_NOMEM, MP_BUF_TOO_BIG };
typedef struct { uint8_t *data; size_t len, cap, limit; enum mp_buf_failure failed; } mp_buf;

void mp_put_nil(mp_buf *b);
void mp_put_bool(mp_buf *b, int value);
void mp_put_int(mp_buf *b, int64_t value);
void mp_put_uint(mp_buf *b, uint64_t value);
void mp_put_str(mp_buf *b, const char *s, size_t len);
void mp_put_cstr(mp_buf *b, const char *s);
void mp_put_bin(mp_buf *b, const void *data, size_t len);
void mp_put_array(mp_buf *b, uint32_t len);
void mp_put_map(mp_buf *b, uint32_t len);
/* A bin, str, array or map whose length is known only once it is written (a
 * file read straight into the reply, a listing walked into it): mp_begin puts
 * its header and returns where it is, mp_end fills in the length (of a map:
 * its pairs). */
size_t mp_begin(mp_buf *b, enum mp_type type);
void mp_end(mp_buf *b, size_t at, uint32_t len);
/* Writing bytes in place (read() straight into the buffer): mp_reserve returns
 * room for n bytes at the end (NULL once failed), mp_commit appends the first
 * n of them, those actually written. */
uint8_t *mp_reserve(mp_buf *b, size_t n);
void mp_commit(mp_buf *b, size_t n);
/* Cuts the buffer back to len bytes and clears failed (memory is kept). */
void mp_buf_truncate(mp_buf *b, size_t len);
void mp_buf_free(mp_buf *b);

#endif
