/* generated from protocol/agent.json by scripts/gen-protocol.mjs: do not edit */
#ifndef PROVIUM_PROTOCOL_H
#define PROVIUM_PROTOCOL_H
#include <stdint.h>

#define PROTOCOL_VERSION 3
#define AGENT_PORT_NAME "org.provium.agent"
#define FRAME_MAGIC "PRVM"
#define FRAME_HEADER_BYTES 8
#define FRAME_MAX_BYTES 67108864u
/* Room kept in a frame for everything but an op's bulk data. */
#define FRAME_RESERVE_BYTES 65536u

enum arg_type { ARG_U32, ARG_I32, ARG_U64, ARG_I64, ARG_BOOL, ARG_STR, ARG_BYTES, ARG_STR_LIST, ARG_STR_MAP, ARG_SYSCALL_ARGS };

typedef struct {
  const char *name;
  enum arg_type type;
  int required;
  uint64_t max; /* 0: no maximum */
  const char *why_max;
} arg_spec;

typedef struct {
  const char *name;
  const arg_spec *args;
  int argc;
  int result_fields;
} op_spec;

enum op_id { OP_HELLO, OP_EXEC, OP_SPAWN, OP_PROC_READ, OP_PROC_WRITE, OP_PROC_CLOSE_STDIN, OP_PROC_SIGNAL, OP_PROC_WAIT, OP_PROC_RELEASE, OP_SYSCALL, OP_READ_FILE, OP_WRITE_FILE, OP_MOUNT, OP_QUIESCE, OP_SHUTDOWN, OP_COUNT };
extern const op_spec op_specs[OP_COUNT];
/* The most arguments any op has: the size of the array validate_args fills. */
#define OP_MAX_ARGS 7

/* Each op's arguments, as indices into the array validate_args fills. */
enum { HELLO_VERSION, HELLO_TIME_NS, HELLO_ARGC };
enum { EXEC_ARGV, EXEC_CMD, EXEC_ENV, EXEC_CWD, EXEC_STDIN, EXEC_TIMEOUT_MS, EXEC_MAX_OUTPUT, EXEC_ARGC };
enum { SPAWN_ARGV, SPAWN_CMD, SPAWN_ENV, SPAWN_CWD, SPAWN_STDIN, SPAWN_MAX_OUTPUT, SPAWN_ARGC };
enum { PROC_READ_HANDLE, PROC_READ_STREAM, PROC_READ_MAX, PROC_READ_TIMEOUT_MS, PROC_READ_ARGC };
enum { PROC_WRITE_HANDLE, PROC_WRITE_DATA, PROC_WRITE_TIMEOUT_MS, PROC_WRITE_ARGC };
enum { PROC_CLOSE_STDIN_HANDLE, PROC_CLOSE_STDIN_ARGC };
enum { PROC_SIGNAL_HANDLE, PROC_SIGNAL_SIGNAL, PROC_SIGNAL_GROUP, PROC_SIGNAL_ARGC };
enum { PROC_WAIT_HANDLE, PROC_WAIT_TIMEOUT_MS, PROC_WAIT_ARGC };
enum { PROC_RELEASE_HANDLE, PROC_RELEASE_SIGNAL, PROC_RELEASE_ARGC };
enum { SYSCALL_NR, SYSCALL_NAME, SYSCALL_ARGS, SYSCALL_ARGC };
enum { READ_FILE_PATH, READ_FILE_MAX, READ_FILE_ARGC };
enum { WRITE_FILE_PATH, WRITE_FILE_DATA, WRITE_FILE_MODE, WRITE_FILE_APPEND, WRITE_FILE_ARGC };
enum { MOUNT_SOURCE, MOUNT_TARGET, MOUNT_FSTYPE, MOUNT_FLAGS, MOUNT_DATA, MOUNT_ARGC };
enum { QUIESCE_ARGC };
enum { SHUTDOWN_ARGC };

/* The number of fields each op's result map holds. */
#define HELLO_RESULT_FIELDS 3
#define EXEC_RESULT_FIELDS 6
#define SPAWN_RESULT_FIELDS 2
#define PROC_READ_RESULT_FIELDS 6
#define PROC_WRITE_RESULT_FIELDS 0
#define PROC_CLOSE_STDIN_RESULT_FIELDS 0
#define PROC_SIGNAL_RESULT_FIELDS 0
#define PROC_WAIT_RESULT_FIELDS 3
#define PROC_RELEASE_RESULT_FIELDS 3
#define SYSCALL_RESULT_FIELDS 3
#define READ_FILE_RESULT_FIELDS 2
#define WRITE_FILE_RESULT_FIELDS 0
#define MOUNT_RESULT_FIELDS 0
#define QUIESCE_RESULT_FIELDS 0
#define SHUTDOWN_RESULT_FIELDS 0

#endif
