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
int validate_args(const op_spec *op, const mp_val *args, const mp_val **vals, op_error *err);
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

/* syscall.c */
int op_syscall(op_args args, mp_buf *out, op_error *err);

/* mounts.c: mounts the images /etc/provium/mounts lists (at boot, before serving); -1 after a "fatal:" line */
int mount_images(void);

/* main.c: quiesce support */
void wait_until_only_request(void);

void agent_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
