/* Serving one request: decode the frame, find the op, run it, and encode the
 * reply. No I/O on the transport here, so the host-side tests and the fuzzer
 * drive exactly the code the guest runs. */
#define _GNU_SOURCE
#include "agent.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int agent_host_mode;
int agent_log_fd = -1;

static pthread_mutex_t inflight_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t inflight_changed = PTHREAD_COND_INITIALIZER;
static int inflight;

void agent_log(const char *fmt, ...) {
  char message[480], line[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(message, sizeof message, fmt, ap);
  va_end(ap);
  /* the guest's log is the kernel's (it reaches the host's console log) */
  int len = snprintf(line, sizeof line, "%sprovium-agent: %s\n", agent_log_fd >= 0 ? "" : "<6>", message);
  size_t n = (size_t)len < sizeof line ? (size_t)len : sizeof line - 1;
  if (agent_log_fd >= 0) { (void)!write(agent_log_fd, line, n); return; }
  int fd = open("/dev/kmsg", O_WRONLY | O_CLOEXEC);
  if (fd < 0) return;
  (void)!write(fd, line, n);
  close(fd);
}

int fail(op_error *err, int errnum, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
  err->errnum = errnum;
  return -1;
}

void request_started(void) {
  pthread_mutex_lock(&inflight_lock);
  inflight++;
  pthread_mutex_unlock(&inflight_lock);
}

void request_finished(void) {
  pthread_mutex_lock(&inflight_lock);
  inflight--;
  pthread_cond_broadcast(&inflight_changed);
  pthread_mutex_unlock(&inflight_lock);
}

int requests_in_flight(void) {
  pthread_mutex_lock(&inflight_lock);
  int count = inflight;
  pthread_mutex_unlock(&inflight_lock);
  return count;
}

void wait_until_requests_at_most(int count) {
  pthread_mutex_lock(&inflight_lock);
  while (inflight > count) pthread_cond_wait(&inflight_changed, &inflight_lock);
  pthread_mutex_unlock(&inflight_lock);
}

static void put_error(mp_buf *reply, uint64_t id, const op_error *err) {
  mp_put_map(reply, 4);
  mp_put_cstr(reply, "id"); mp_put_uint(reply, id);
  mp_put_cstr(reply, "ok"); mp_put_bool(reply, 0);
  mp_put_cstr(reply, "error"); mp_put_cstr(reply, err->message);
  mp_put_cstr(reply, "errno"); mp_put_int(reply, err->errnum);
}

/* A frame the decoder refused: answered when its id can still be read
 * (the host fails the call at once), else only logged. */
static void reject_frame(const uint8_t *frame, size_t len, const char *why, mp_buf *reply) {
  uint64_t id;
  if (!mp_peek_u64(frame, len, "id", &id)) {
    agent_log("dropping a request of %zu bytes: %s", len, why);
    return;
  }
  op_error err;
  fail(&err, EINVAL, "request rejected: %s", why);
  put_error(reply, id, &err);
}

void serve_frame(const uint8_t *frame, size_t len, mp_buf *reply, op_gate gate) {
  mp_val root;
  reply->limit = FRAME_MAX_BYTES;
  long used = mp_decode(frame, len, &root);
  if (used < 0 || (size_t)used != len) {
    mp_free(&root);
    reject_frame(frame, len, used < 0 ? mp_strerror(used) : "bytes after the request's value", reply);
    return;
  }
  uint64_t id = 0;
  mp_as_u64(mp_get(&root, "id"), &id);
  op_error err = { "", 0 };
  const mp_val *args[OP_MAX_ARGS];
  /* the result is written in place after the envelope: a large result is not copied */
  mp_put_map(reply, 3);
  mp_put_cstr(reply, "id"); mp_put_uint(reply, id);
  mp_put_cstr(reply, "ok"); mp_put_bool(reply, 1);
  mp_put_cstr(reply, "result");
  size_t start = reply->len;
  const op_spec *op = find_op(mp_get(&root, "op"), &err);
  enum op_id which = op ? (enum op_id)(op - op_specs) : OP_COUNT;
  op_handler handler = op ? op_handler_for(which) : NULL;
  int rc = -1;
  if (op && !handler) fail(&err, ENOSYS, "op '%s' is not implemented by this agent", op->name);
  else if (!op || validate_fields(op->args, op->argc, mp_get(&root, "args"), args, &err) < 0) {}
  else if (gate && !gate(which, args)) rc = 0;
  else rc = handler(args, reply, &err);
  if (rc == 0 && reply->len == start) mp_put_map(reply, 0);
  if (rc == 0 && reply->failed == MP_BUF_TOO_BIG)
    rc = fail(&err, EMSGSIZE, "the reply exceeds the frame limit of " FRAME_MAX_TEXT);
  else if (rc == 0 && reply->failed == MP_BUF_NOMEM)
    rc = fail(&err, ENOMEM, "out of memory while building the reply");
  if (rc != 0) {
    mp_buf_truncate(reply, 0);
    put_error(reply, id, &err);
  }
  if (reply->failed) {
    agent_log("out of memory: cannot answer request %llu", (unsigned long long)id);
    mp_buf_truncate(reply, 0);
  }
  mp_free(&root);
}
