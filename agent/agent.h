/* Shared declarations of the Provium guest agent (PID 1 in the guest). */
#ifndef PROVIUM_AGENT_H
#define PROVIUM_AGENT_H
#include <stdint.h>
#include <sys/types.h>
#include "msgpack.h"
#include "protocol.h" /* generated from protocol/agent.json */

typedef struct {
  char message[256];
  int errnum; /* 0 when the failure is not an errno */
} op_error;

/* An op handler gets its arguments validated against the schema, indexed by
 * the generated <OP>_<ARG> constants (NULL when absent). It writes exactly one
 * msgpack value (its result) into out, or fills err and returns -1. */
typedef const mp_val *const *op_args;
typedef int (*op_handler)(op_args args, mp_buf *out, op_error *err);

/* ops.c: the handler of each op */
op_handler op_handler_for(enum op_id op);

/* validate.c */
const op_spec *find_op(const mp_val *name, op_error *err);
/* Checks a map against fields (an op's args, or a record's fields); vals[i] is the
 * value of fields[i], or NULL when absent. Records nested in it are checked too. */
int validate_fields(const arg_spec *fields, int count, const mp_val *map, const mp_val **vals, op_error *err);
/* Values of validated arguments (the fallback when absent). */
uint64_t arg_u64(const mp_val *v, uint64_t fallback);
int arg_bool(const mp_val *v, int fallback);

int fail(op_error *err, int errnum, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* exec.c */
int op_exec(op_args args, mp_buf *out, op_error *err);
/* Called by the main loop for every child it reaps. */
void exec_child_exited(pid_t pid, int status);
/* Children of exec are forked with this lock held so the reaper cannot miss them. */
void exec_lock(void);
void exec_unlock(void);

/* exec.c, shared with process.c: argv from an op's argv or cmd argument (NULL
 * with err filled), the child's environment, and the child's side of a fork
 * (never returns). */
char **command_argv(const char *op, const mp_val *argv, const mp_val *cmd, op_error *err);
char **build_env(const mp_val *env);
void free_strings(char **items);
void run_child(int in, int out, int err, const char *cwd, char **argv, char **envp) __attribute__((noreturn));

/* process.c: spawned processes, read and driven by the proc_* ops */
int op_spawn(op_args args, mp_buf *out, op_error *err);
int op_proc_read(op_args args, mp_buf *out, op_error *err);
int op_proc_write(op_args args, mp_buf *out, op_error *err);
int op_proc_close_stdin(op_args args, mp_buf *out, op_error *err);
int op_proc_signal(op_args args, mp_buf *out, op_error *err);
int op_proc_wait(op_args args, mp_buf *out, op_error *err);
int op_proc_release(op_args args, mp_buf *out, op_error *err);
/* Called (with exec_lock held) for every reaped child exec does not own. */
void process_child_exited(pid_t pid, int status);

/* files.c */
int op_put_files(op_args args, mp_buf *out, op_error *err);
int op_list_tree(op_args args, mp_buf *out, op_error *err);
/* mkdir -p of path's parent directories (and of path itself when with_last). */
int make_parents(const char *path, int with_last, op_error *err);

/* syscall.c */
int op_syscall(op_args args, mp_buf *out, op_error *err);

/* main.c: quiesce support */
void wait_until_only_request(void);

void agent_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
