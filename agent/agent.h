/* Shared declarations of the Provium guest agent (PID 1 in the guest). */
#ifndef PROVIUM_AGENT_H
#define PROVIUM_AGENT_H
#include <stdint.h>
#include <sys/types.h>
#include "msgpack.h"

#define AGENT_PROTOCOL_VERSION 1
#define AGENT_PORT_NAME "org.provium.agent"
/* The largest frame payload either side accepts (the host's MAX_FRAME_BYTES). */
#define AGENT_FRAME_MAX (64u << 20)
#define AGENT_FRAME_MAX_TEXT "64 MiB"
/* What an op's bulk data (file contents, output, buffers) may take of a reply:
 * the frame less room for the envelope and the result's keys. */
#define AGENT_REPLY_DATA_MAX (AGENT_FRAME_MAX - 4096)

typedef struct {
  char message[256];
  int errnum; /* 0 when the failure is not an errno */
} op_error;

/* An op handler writes exactly one msgpack value (its result) into out,
 * or fills err and returns -1 (whatever it wrote is then discarded). */
typedef int (*op_handler)(const mp_val *args, mp_buf *out, op_error *err);

op_handler find_op(const char *name, size_t len);
int fail(op_error *err, int errnum, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* serve.c: one request frame in, one reply payload out (empty: no reply).
 * gate, when given, decides whether a found handler really runs (the fuzzer
 * runs only handlers without side effects on the host). */
typedef int (*op_gate)(op_handler handler, const mp_val *args);
void serve_frame(const uint8_t *frame, size_t len, mp_buf *reply, op_gate gate);
/* Requests being served: quiesce waits until it is the only one; the host
 * mode exits once none is left. */
void request_started(void);
void request_finished(void);
int requests_in_flight(void);
void wait_until_requests_at_most(int count);
/* Set by --stdio/--fd: an ordinary process on the host, not PID 1 in a guest,
 * so nothing may touch the host's clock, power or log. */
extern int agent_host_mode;
/* Where agent_log writes: -1 for the kernel log (the guest), else an fd. */
extern int agent_log_fd;
void agent_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* exec.c */
int op_exec(const mp_val *args, mp_buf *out, op_error *err);
/* Called by the main loop for every child it reaps. */
void exec_child_exited(pid_t pid, int status);
/* Children of exec are forked with this lock held so the reaper cannot miss them. */
void exec_lock(void);
void exec_unlock(void);

/* syscall.c */
int op_syscall(const mp_val *args, mp_buf *out, op_error *err);

#endif
