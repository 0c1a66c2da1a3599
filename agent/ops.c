/* The agent's small ops (hello, mount, quiesce, shutdown) and the table of
 * every op's handler. */
#define _GNU_SOURCE
#include "agent.h"
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

static int op_hello(op_args args, mp_buf *out, op_error *err) {
  uint64_t version = arg_u64(args[HELLO_VERSION], 0);
  if (version != PROTOCOL_VERSION)
    return fail(err, EPROTO, "protocol version mismatch: the host speaks %llu, this agent %d; rebuild the guest with `npm run setup`",
                (unsigned long long)version, PROTOCOL_VERSION);
  /* on the host (tests) the clock is the host's own: never set it */
  if (args[HELLO_TIME_NS] && !agent_host_mode) {
    uint64_t ns = arg_u64(args[HELLO_TIME_NS], 0);
    struct timespec ts = { .tv_sec = (time_t)(ns / 1000000000u), .tv_nsec = (long)(ns % 1000000000u) };
    if (clock_settime(CLOCK_REALTIME, &ts) < 0) return fail(err, errno, "clock_settime: %s", strerror(errno));
  }
  struct utsname u;
  if (uname(&u) < 0) return fail(err, errno, "uname: %s", strerror(errno));
  mp_put_map(out, HELLO_RESULT_FIELDS);
  mp_put_cstr(out, "version"); mp_put_uint(out, PROTOCOL_VERSION);
  mp_put_cstr(out, "kernel"); mp_put_cstr(out, u.release);
  mp_put_cstr(out, "pid"); mp_put_uint(out, (uint64_t)getpid());
  return 0;
}

static int op_mount(op_args args, mp_buf *out, op_error *err) {
  char *source = mp_strdup(args[MOUNT_SOURCE]), *target = mp_strdup(args[MOUNT_TARGET]);
  char *fstype = mp_strdup(args[MOUNT_FSTYPE]), *data = mp_strdup(args[MOUNT_DATA]);
  uint64_t flags = arg_u64(args[MOUNT_FLAGS], 0);
  int rc = 0;
  if (!target || !fstype || (args[MOUNT_SOURCE] && !source) || (args[MOUNT_DATA] && !data)) rc = fail(err, ENOMEM, "out of memory");
  else if (make_parents(target, 1, err) < 0) rc = -1;
  else if (mount(source ? source : fstype, target, fstype, (unsigned long)flags, data) < 0)
    rc = fail(err, errno, "mount %s on %s: %s", fstype, target, strerror(errno));
  free(source); free(target); free(fstype); free(data);
  if (rc == 0) mp_put_map(out, MOUNT_RESULT_FIELDS);
  return rc;
}

/* Replies once no other request is in flight: the host then snapshots the guest. */
static int op_quiesce(op_args args, mp_buf *out, op_error *err) {
  (void)args; (void)err;
  wait_until_requests_at_most(1);
  sync();
  mp_put_map(out, QUIESCE_RESULT_FIELDS);
  return 0;
}

static void *power_off(void *arg) {
  (void)arg;
  usleep(20000); /* let the reply reach the host first */
  if (agent_host_mode) _exit(0); /* on the host, "power off" ends the agent, not the machine */
  reboot(RB_POWER_OFF);
  agent_log("power off: %s", strerror(errno));
  return NULL;
}

static int op_shutdown(op_args args, mp_buf *out, op_error *err) {
  (void)args;
  sync();
  pthread_t thread;
  int rc = pthread_create(&thread, NULL, power_off, NULL);
  if (rc != 0) return fail(err, rc, "shutdown: cannot start the power-off thread: %s", strerror(rc));
  pthread_detach(thread);
  mp_put_map(out, SHUTDOWN_RESULT_FIELDS);
  return 0;
}

/* Indexed by the schema's op ids: an op without a handler here answers an error. */
static const op_handler handlers[OP_COUNT] = {
  [OP_HELLO] = op_hello, [OP_EXEC] = op_exec, [OP_SYSCALL] = op_syscall,
  [OP_READ_FILE] = op_read_file, [OP_WRITE_FILE] = op_write_file, [OP_MOUNT] = op_mount,
  [OP_PUT_FILES] = op_put_files, [OP_LIST_TREE] = op_list_tree,
  [OP_QUIESCE] = op_quiesce, [OP_SHUTDOWN] = op_shutdown,
  [OP_SPAWN] = op_spawn, [OP_PROC_READ] = op_proc_read, [OP_PROC_WRITE] = op_proc_write,
  [OP_PROC_CLOSE_STDIN] = op_proc_close_stdin, [OP_PROC_SIGNAL] = op_proc_signal, [OP_PROC_WAIT] = op_proc_wait,
  [OP_PROC_RESIZE] = op_proc_resize, [OP_PROC_RELEASE] = op_proc_release,
};

op_handler op_handler_for(enum op_id op) { return op < OP_COUNT ? handlers[op] : NULL; }
