/* Shared declarations of the Provium guest agent (PID 1 in the guest). */
#ifndef PROVIUM_AGENT_H
#define PROVIUM_AGENT_H
#include <stdint.h>
#include <sys/types.h>
#include "msgpack.h"

#define AGENT_PROTOCOL_VERSION 1
#define AGENT_PORT_NAME "org.provium.agent"

typedef struct {
  char message[256];
  int errnum; /* 0 when the failure is not an errno */
} op_error;

/* An op handler writes exactly one msgpack value (its result) into out,
 * or fills err and returns -1. */
typedef int (*op_handler)(const mp_val *args, mp_buf *out, op_error *err);

op_handler find_op(const char *name, size_t len);
int fail(op_error *err, int errnum, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* exec.c */
int op_exec(const mp_val *args, mp_buf *out, op_error *err);
/* Called by the main loop for every child it reaps. */
void exec_child_exited(pid_t pid, int status);
/* Children of exec are forked with this lock held so the reaper cannot miss them. */
void exec_lock(void);
void exec_unlock(void);

/* syscall.c */
int op_syscall(const mp_val *args, mp_buf *out, op_error *err);

/* main.c: quiesce support */
void wait_until_only_request(void);

void agent_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
