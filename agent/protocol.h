/* generated from protocol/agent.json by scripts/gen-protocol.mjs: do not edit */
#ifndef PROVIUM_PROTOCOL_H
#define PROVIUM_PROTOCOL_H
#include <stdint.h>

#define PROTOCOL_VERSION 5
#define AGENT_PORT_NAME "org.provium.agent"
#define FRAME_MAGIC "PRVM"
#define FRAME_HEADER_BYTES 8
#define FRAME_MAX_BYTES 67108864u
#define FRAME_MAX_TEXT "64 MiB"
/* Room kept in a frame for everything but an op's bulk data. */
#define FRAME_RESERVE_BYTES 65536u

enum arg_type { ARG_U32, ARG_I32, ARG_U64, ARG_I64, ARG_BOOL, ARG_STR, ARG_BYTES, ARG_STR_LIST, ARG_STR_MAP, ARG_SYSCALL_ARGS, ARG_RECORD_LIST, ARG_ENUM };

typedef struct arg_spec {
  const char *name;
  enum arg_type type;
  int required;
  uint64_t max; /* 0: no maximum (of a number, or of a record_list's items) */
  const char *why_max;
  const char *expected; /* what a value must be, in words: errors say it */
  const struct arg_spec *fields; /* a record_list's fields */
  int field_count;
  const char *const *values; /* an enum's values, NULL-terminated */
} arg_spec;

typedef struct {
  const char *name;
  const arg_spec *args;
  int argc;
  int result_fields;
} op_spec;

enum op_id { OP_HELLO, OP_EXEC, OP_SPAWN, OP_PROC_READ, OP_PROC_WRITE, OP_PROC_CLOSE_STDIN, OP_PROC_SIGNAL, OP_PROC_WAIT, OP_PROC_RESIZE, OP_PROC_RELEASE, OP_SYSCALL, OP_READ_FILE, OP_WRITE_FILE, OP_MOUNT, OP_PUT_FILES, OP_LIST_TREE, OP_QUIESCE, OP_SHUTDOWN, OP_COUNT };
extern const op_spec op_specs[OP_COUNT];
extern const char *const proc_read_stream_values[];
extern const arg_spec put_files_entries_fields[];
extern const char *const put_files_entries_kind_values[];
/* The most arguments (or record fields) any op has: the size of the array validate_fields fills. */
#define OP_MAX_ARGS 9

/* Each op's arguments (and each record's fields), as indices into that array; each enum's values, as arg_enum gives them. */
enum { HELLO_VERSION, HELLO_TIME_NS, HELLO_ARGC };
enum { EXEC_ARGV, EXEC_CMD, EXEC_ENV, EXEC_CWD, EXEC_STDIN, EXEC_TIMEOUT_MS, EXEC_MAX_OUTPUT, EXEC_ARGC };
#define EXEC_MAX_OUTPUT_MAX 33521664ull /* the schema's maximum */
enum { SPAWN_ARGV, SPAWN_CMD, SPAWN_ENV, SPAWN_CWD, SPAWN_STDIN, SPAWN_MAX_OUTPUT, SPAWN_PTY, SPAWN_ROWS, SPAWN_COLS, SPAWN_ARGC };
#define SPAWN_MAX_OUTPUT_MAX 33521664ull /* the schema's maximum */
#define SPAWN_ROWS_MAX 65535ull /* the schema's maximum */
#define SPAWN_COLS_MAX 65535ull /* the schema's maximum */
enum { PROC_READ_HANDLE, PROC_READ_STREAM, PROC_READ_MAX, PROC_READ_TIMEOUT_MS, PROC_READ_ARGC };
#define PROC_READ_MAX_MAX 33521664ull /* the schema's maximum */
enum { PROC_READ_STREAM_STDOUT, PROC_READ_STREAM_STDERR, PROC_READ_STREAM_VALUES }; /* arg_enum's answers */
enum { PROC_WRITE_HANDLE, PROC_WRITE_DATA, PROC_WRITE_TIMEOUT_MS, PROC_WRITE_ARGC };
enum { PROC_CLOSE_STDIN_HANDLE, PROC_CLOSE_STDIN_ARGC };
enum { PROC_SIGNAL_HANDLE, PROC_SIGNAL_SIGNAL, PROC_SIGNAL_GROUP, PROC_SIGNAL_ARGC };
#define PROC_SIGNAL_SIGNAL_MAX 64ull /* the schema's maximum */
enum { PROC_WAIT_HANDLE, PROC_WAIT_TIMEOUT_MS, PROC_WAIT_ARGC };
enum { PROC_RESIZE_HANDLE, PROC_RESIZE_ROWS, PROC_RESIZE_COLS, PROC_RESIZE_ARGC };
#define PROC_RESIZE_ROWS_MAX 65535ull /* the schema's maximum */
#define PROC_RESIZE_COLS_MAX 65535ull /* the schema's maximum */
enum { PROC_RELEASE_HANDLE, PROC_RELEASE_SIGNAL, PROC_RELEASE_ARGC };
#define PROC_RELEASE_SIGNAL_MAX 64ull /* the schema's maximum */
enum { SYSCALL_NR, SYSCALL_NAME, SYSCALL_ARGS, SYSCALL_ARGC };
enum { READ_FILE_PATH, READ_FILE_OFFSET, READ_FILE_MAX, READ_FILE_ARGC };
#define READ_FILE_MAX_MAX 67043328ull /* the schema's maximum */
enum { WRITE_FILE_PATH, WRITE_FILE_DATA, WRITE_FILE_MODE, WRITE_FILE_APPEND, WRITE_FILE_ARGC };
#define WRITE_FILE_MODE_MAX 4095ull /* the schema's maximum */
enum { MOUNT_SOURCE, MOUNT_TARGET, MOUNT_FSTYPE, MOUNT_FLAGS, MOUNT_DATA, MOUNT_ARGC };
enum { PUT_FILES_ENTRIES, PUT_FILES_ARGC };
enum { PUT_FILES_ENTRIES_PATH, PUT_FILES_ENTRIES_KIND, PUT_FILES_ENTRIES_MODE, PUT_FILES_ENTRIES_DATA, PUT_FILES_ENTRIES_OFFSET, PUT_FILES_ENTRIES_TRUNCATE, PUT_FILES_ENTRIES_TARGET, PUT_FILES_ENTRIES_FIELDS };
enum { PUT_FILES_ENTRIES_KIND_FILE, PUT_FILES_ENTRIES_KIND_DIR, PUT_FILES_ENTRIES_KIND_SYMLINK, PUT_FILES_ENTRIES_KIND_VALUES }; /* arg_enum's answers */
enum { LIST_TREE_PATH, LIST_TREE_MAX_ENTRIES, LIST_TREE_ARGC };
enum { QUIESCE_ARGC };
enum { SHUTDOWN_ARGC };

/* The number of fields each result map (and each result record) holds. */
#define HELLO_RESULT_FIELDS 3
#define EXEC_RESULT_FIELDS 6
#define SPAWN_RESULT_FIELDS 2
#define PROC_READ_RESULT_FIELDS 6
#define PROC_WRITE_RESULT_FIELDS 0
#define PROC_CLOSE_STDIN_RESULT_FIELDS 0
#define PROC_SIGNAL_RESULT_FIELDS 0
#define PROC_WAIT_RESULT_FIELDS 3
#define PROC_RESIZE_RESULT_FIELDS 0
#define PROC_RELEASE_RESULT_FIELDS 3
#define SYSCALL_RESULT_FIELDS 3
#define READ_FILE_RESULT_FIELDS 2
#define WRITE_FILE_RESULT_FIELDS 0
#define MOUNT_RESULT_FIELDS 0
#define PUT_FILES_RESULT_FIELDS 1
#define LIST_TREE_RESULT_FIELDS 1
#define LIST_TREE_RESULT_ENTRIES_FIELDS 5
#define QUIESCE_RESULT_FIELDS 0
#define SHUTDOWN_RESULT_FIELDS 0

#endif
