/* generated from protocol/agent.json by scripts/gen-protocol.mjs: do not edit */
#include "protocol.h"

static const arg_spec hello_args[] = {
  { "version", ARG_U32, 1, 0u, 0, "an unsigned 32-bit integer", 0, 0, 0 },
  { "time_ns", ARG_U64, 0, 0u, 0, "an unsigned 64-bit integer", 0, 0, 0 },
};
static const arg_spec exec_args[] = {
  { "argv", ARG_STR_LIST, 0, 0u, 0, "a list of strings without NUL bytes", 0, 0, 0 },
  { "cmd", ARG_STR, 0, 0u, 0, "a string without NUL bytes", 0, 0, 0 },
  { "env", ARG_STR_MAP, 0, 0u, 0, "a table of strings to strings without NUL bytes", 0, 0, 0 },
  { "cwd", ARG_STR, 0, 0u, 0, "a string without NUL bytes", 0, 0, 0 },
  { "stdin", ARG_BYTES, 0, 0u, 0, "bytes", 0, 0, 0 },
  { "timeout_ms", ARG_U32, 0, 0u, 0, "an unsigned 32-bit integer", 0, 0, 0 },
  { "max_output", ARG_U64, 0, 33521664u, "stdout and stderr together must fit the agent's 64 MiB frame", "an unsigned 64-bit integer", 0, 0, 0 },
};
static const arg_spec spawn_args[] = {
  { "argv", ARG_STR_LIST, 0, 0u, 0, "a list of strings without NUL bytes", 0, 0, 0 },
  { "cmd", ARG_STR, 0, 0u, 0, "a string without NUL bytes", 0, 0, 0 },
  { "env", ARG_STR_MAP, 0, 0u, 0, "a table of strings to strings without NUL bytes", 0, 0, 0 },
  { "cwd", ARG_STR, 0, 0u, 0, "a string without NUL bytes", 0, 0, 0 },
  { "stdin", ARG_BYTES, 0, 0u, 0, "bytes", 0, 0, 0 },
  { "max_output", ARG_U64, 0, 33521664u, "a stream's buffer must fit the agent's 64 MiB frame", "an unsigned 64-bit integer", 0, 0, 0 },
  { "pty", ARG_BOOL, 0, 0u, 0, "a boolean", 0, 0, 0 },
  { "rows", ARG_U32, 0, 65535u, "a terminal's size is 16-bit", "an unsigned 32-bit integer", 0, 0, 0 },
  { "cols", ARG_U32, 0, 65535u, "a terminal's size is 16-bit", "an unsigned 32-bit integer", 0, 0, 0 },
};
const char *const proc_read_stream_values[] = { "stdout", "stderr", 0 };
static const arg_spec proc_read_args[] = {
  { "handle", ARG_U32, 1, 0u, 0, "an unsigned 32-bit integer", 0, 0, 0 },
  { "stream", ARG_ENUM, 1, 0u, 0, "one of stdout, stderr", 0, 0, proc_read_stream_values },
  { "max", ARG_U64, 0, 33521664u, "the data must fit the agent's 64 MiB frame", "an unsigned 64-bit integer", 0, 0, 0 },
  { "timeout_ms", ARG_U32, 0, 0u, 0, "an unsigned 32-bit integer", 0, 0, 0 },
};
static const arg_spec proc_write_args[] = {
  { "handle", ARG_U32, 1, 0u, 0, "an unsigned 32-bit integer", 0, 0, 0 },
  { "data", ARG_BYTES, 1, 0u, 0, "bytes", 0, 0, 0 },
  { "timeout_ms", ARG_U32, 0, 0u, 0, "an unsigned 32-bit integer", 0, 0, 0 },
};
static const arg_spec proc_close_stdin_args[] = {
  { "handle", ARG_U32, 1, 0u, 0, "an unsigned 32-bit integer", 0, 0, 0 },
};
static const arg_spec proc_signal_args[] = {
  { "handle", ARG_U32, 1, 0u, 0, "an unsigned 32-bit integer", 0, 0, 0 },
  { "signal", ARG_U32, 1, 64u, "Linux signals are 1-64", "an unsigned 32-bit integer", 0, 0, 0 },
  { "group", ARG_BOOL, 0, 0u, 0, "a boolean", 0, 0, 0 },
};
static const arg_spec proc_wait_args[] = {
  { "handle", ARG_U32, 1, 0u, 0, "an unsigned 32-bit integer", 0, 0, 0 },
  { "timeout_ms", ARG_U32, 0, 0u, 0, "an unsigned 32-bit integer", 0, 0, 0 },
};
static const arg_spec proc_resize_args[] = {
  { "handle", ARG_U32, 1, 0u, 0, "an unsigned 32-bit integer", 0, 0, 0 },
  { "rows", ARG_U32, 1, 65535u, "a terminal's size is 16-bit", "an unsigned 32-bit integer", 0, 0, 0 },
  { "cols", ARG_U32, 1, 65535u, "a terminal's size is 16-bit", "an unsigned 32-bit integer", 0, 0, 0 },
};
static const arg_spec proc_release_args[] = {
  { "handle", ARG_U32, 1, 0u, 0, "an unsigned 32-bit integer", 0, 0, 0 },
  { "signal", ARG_U32, 0, 64u, "Linux signals are 1-64", "an unsigned 32-bit integer", 0, 0, 0 },
};
static const arg_spec syscall_args[] = {
  { "nr", ARG_U32, 0, 0u, 0, "an unsigned 32-bit integer", 0, 0, 0 },
  { "name", ARG_STR, 0, 0u, 0, "a string without NUL bytes", 0, 0, 0 },
  { "args", ARG_SYSCALL_ARGS, 1, 0u, 0, "a list of at most 6 syscall arguments", 0, 0, 0 },
};
static const arg_spec read_file_args[] = {
  { "path", ARG_STR, 1, 0u, 0, "a string without NUL bytes", 0, 0, 0 },
  { "offset", ARG_U64, 0, 0u, 0, "an unsigned 64-bit integer", 0, 0, 0 },
  { "max", ARG_U64, 0, 67043328u, "the data must fit the agent's 64 MiB frame", "an unsigned 64-bit integer", 0, 0, 0 },
};
static const arg_spec write_file_args[] = {
  { "path", ARG_STR, 1, 0u, 0, "a string without NUL bytes", 0, 0, 0 },
  { "data", ARG_BYTES, 1, 0u, 0, "bytes", 0, 0, 0 },
  { "mode", ARG_U32, 0, 4095u, "a mode is permission bits (0-07777)", "an unsigned 32-bit integer", 0, 0, 0 },
  { "append", ARG_BOOL, 0, 0u, 0, "a boolean", 0, 0, 0 },
};
static const arg_spec mount_args[] = {
  { "source", ARG_STR, 0, 0u, 0, "a string without NUL bytes", 0, 0, 0 },
  { "target", ARG_STR, 1, 0u, 0, "a string without NUL bytes", 0, 0, 0 },
  { "fstype", ARG_STR, 1, 0u, 0, "a string without NUL bytes", 0, 0, 0 },
  { "flags", ARG_U64, 0, 0u, 0, "an unsigned 64-bit integer", 0, 0, 0 },
  { "data", ARG_STR, 0, 0u, 0, "a string without NUL bytes", 0, 0, 0 },
};
const char *const put_files_entries_kind_values[] = { "file", "dir", "symlink", 0 };
const arg_spec put_files_entries_fields[] = {
  { "path", ARG_STR, 1, 0u, 0, "a string without NUL bytes", 0, 0, 0 },
  { "kind", ARG_ENUM, 1, 0u, 0, "one of file, dir, symlink", 0, 0, put_files_entries_kind_values },
  { "mode", ARG_U32, 0, 4095u, "a mode is permission bits (0-07777)", "an unsigned 32-bit integer", 0, 0, 0 },
  { "data", ARG_BYTES, 0, 0u, 0, "bytes", 0, 0, 0 },
  { "offset", ARG_U64, 0, 0u, 0, "an unsigned 64-bit integer", 0, 0, 0 },
  { "truncate", ARG_BOOL, 0, 0u, 0, "a boolean", 0, 0, 0 },
  { "target", ARG_STR, 0, 0u, 0, "a string without NUL bytes", 0, 0, 0 },
};
static const arg_spec put_files_args[] = {
  { "entries", ARG_RECORD_LIST, 1, 100000u, "push sends a tree in batches", "a list of tables", put_files_entries_fields, 7, 0 },
};
static const arg_spec list_tree_args[] = {
  { "path", ARG_STR, 1, 0u, 0, "a string without NUL bytes", 0, 0, 0 },
  { "max_entries", ARG_U32, 0, 0u, 0, "an unsigned 32-bit integer", 0, 0, 0 },
};

const op_spec op_specs[OP_COUNT] = {
  [OP_HELLO] = { "hello", hello_args, 2, 3 },
  [OP_EXEC] = { "exec", exec_args, 7, 6 },
  [OP_SPAWN] = { "spawn", spawn_args, 9, 2 },
  [OP_PROC_READ] = { "proc_read", proc_read_args, 4, 6 },
  [OP_PROC_WRITE] = { "proc_write", proc_write_args, 3, 0 },
  [OP_PROC_CLOSE_STDIN] = { "proc_close_stdin", proc_close_stdin_args, 1, 0 },
  [OP_PROC_SIGNAL] = { "proc_signal", proc_signal_args, 3, 0 },
  [OP_PROC_WAIT] = { "proc_wait", proc_wait_args, 2, 3 },
  [OP_PROC_RESIZE] = { "proc_resize", proc_resize_args, 3, 0 },
  [OP_PROC_RELEASE] = { "proc_release", proc_release_args, 2, 3 },
  [OP_SYSCALL] = { "syscall", syscall_args, 3, 3 },
  [OP_READ_FILE] = { "read_file", read_file_args, 3, 2 },
  [OP_WRITE_FILE] = { "write_file", write_file_args, 4, 0 },
  [OP_MOUNT] = { "mount", mount_args, 5, 0 },
  [OP_PUT_FILES] = { "put_files", put_files_args, 1, 1 },
  [OP_LIST_TREE] = { "list_tree", list_tree_args, 2, 1 },
  [OP_QUIESCE] = { "quiesce", 0, 0, 0 },
  [OP_SHUTDOWN] = { "shutdown", 0, 0, 0 },
};
