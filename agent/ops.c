/* The agent's small ops: everything but exec and syscall. */
#define _GNU_SOURCE
#include "agent.h"
#include <errno.h>
#include <pthread.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#define READ_FILE_DEFAULT_MAX (16u << 20)

static int op_hello(const mp_val *args, mp_buf *out, op_error *err) {
  uint64_t ns;
  /* on the host (tests) the clock is the host's own: never set it */
  if (mp_as_u64(mp_get(args, "time_ns"), &ns) && !agent_host_mode) {
    struct timespec ts = { .tv_sec = (time_t)(ns / 1000000000u), .tv_nsec = (long)(ns % 1000000000u) };
    if (clock_settime(CLOCK_REALTIME, &ts) < 0) return fail(err, errno, "clock_settime: %s", strerror(errno));
  }
  struct utsname u;
  if (uname(&u) < 0) return fail(err, errno, "uname: %s", strerror(errno));
  mp_put_map(out, 3);
  mp_put_cstr(out, "version"); mp_put_uint(out, AGENT_PROTOCOL_VERSION);
  mp_put_cstr(out, "kernel"); mp_put_cstr(out, u.release);
  mp_put_cstr(out, "pid"); mp_put_uint(out, (uint64_t)getpid());
  return 0;
}

/* Reads fd to EOF (sysfs/proc files report size 0) or until more than
 * limit bytes; *data is the caller's to free. */
static int read_all(int fd, size_t limit, char **data, size_t *len) {
  size_t cap = 4096;
  char *buf = malloc(cap);
  if (!buf) return ENOMEM;
  *len = 0;
  for (;;) {
    if (*len == cap) {
      size_t want = cap * 2 <= limit + 1 ? cap * 2 : limit + 1;
      char *grown = realloc(buf, want);
      if (!grown) { free(buf); return ENOMEM; }
      buf = grown; cap = want;
    }
    ssize_t n = read(fd, buf + *len, cap - *len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) { int e = errno; free(buf); return e; }
    if (n == 0) break;
    *len += (size_t)n;
    if (*len > limit) break;
  }
  *data = buf;
  return 0;
}

static int op_read_file(const mp_val *args, mp_buf *out, op_error *err) {
  char *path = mp_strdup(mp_get(args, "path"));
  if (!path) return fail(err, EINVAL, "read_file needs a path");
  uint64_t max = READ_FILE_DEFAULT_MAX;
  mp_as_u64(mp_get(args, "max"), &max);
  int rc = -1, fd = open(path, O_RDONLY | O_CLOEXEC);
  char *data = NULL;
  size_t len = 0;
  if (fd < 0) { fail(err, errno, "%s: %s", path, strerror(errno)); goto out; }
  /* never hold more than one reply can carry, whatever max says */
  size_t limit = max < AGENT_REPLY_DATA_MAX ? (size_t)max : AGENT_REPLY_DATA_MAX;
  int e = read_all(fd, limit, &data, &len);
  if (e) { fail(err, e, "%s: %s", path, strerror(e)); goto out; }
  int truncated = len > max;
  if (truncated) len = (size_t)max;
  else if (len > limit) {
    fail(err, EMSGSIZE, "%s: more than %u bytes do not fit in a reply (frame limit " AGENT_FRAME_MAX_TEXT
         "): pass max to read a part", path, AGENT_REPLY_DATA_MAX);
    goto out;
  }
  mp_put_map(out, 2);
  mp_put_cstr(out, "data"); mp_put_bin(out, data, len);
  mp_put_cstr(out, "truncated"); mp_put_bool(out, truncated);
  rc = 0;
out:
  if (fd >= 0) close(fd);
  free(data);
  free(path);
  return rc;
}

static int op_write_file(const mp_val *args, mp_buf *out, op_error *err) {
  char *path = mp_strdup(mp_get(args, "path"));
  const mp_val *data = mp_get(args, "data");
  if (!path) return fail(err, EINVAL, "write_file needs a path");
  uint64_t mode = 0644, append = 0;
  mp_as_u64(mp_get(args, "mode"), &mode);
  const mp_val *append_flag = mp_get(args, "append");
  if (append_flag && append_flag->type == MP_BOOL) append = (uint64_t)append_flag->v.boolean;
  int rc = -1, fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), (mode_t)mode);
  if (fd < 0) { fail(err, errno, "%s: %s", path, strerror(errno)); goto out; }
  size_t len = mp_is_str(data) ? data->v.raw.len : 0, done = 0;
  while (done < len) {
    ssize_t n = write(fd, data->v.raw.ptr + done, len - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) { fail(err, errno, "%s: %s", path, strerror(errno)); goto out; }
    done += (size_t)n;
  }
  /* an explicit mode wins over the umask and over an existing file's mode */
  if (mp_get(args, "mode") && fchmod(fd, (mode_t)mode) < 0) { fail(err, errno, "chmod %s: %s", path, strerror(errno)); goto out; }
  /* a full disk may only show at close (NFS, quotas) */
  int closed = close(fd);
  fd = -1;
  if (closed < 0) { fail(err, errno, "%s: %s", path, strerror(errno)); goto out; }
  mp_put_map(out, 0);
  rc = 0;
out:
  if (fd >= 0) close(fd);
  free(path);
  return rc;
}

/* mkdir -p; failures are left to the mount that follows to report. */
static int mkdir_parents(const char *path) {
  char *copy = strdup(path);
  if (!copy) return -1;
  for (char *p = copy + 1; *p; p++) {
    if (*p != '/') continue;
    *p = 0;
    mkdir(copy, 0755);
    *p = '/';
  }
  mkdir(copy, 0755);
  free(copy);
  return 0;
}

static int op_mount(const mp_val *args, mp_buf *out, op_error *err) {
  char *source = mp_strdup(mp_get(args, "source")), *target = mp_strdup(mp_get(args, "target"));
  char *fstype = mp_strdup(mp_get(args, "fstype")), *data = mp_strdup(mp_get(args, "data"));
  uint64_t flags = 0;
  mp_as_u64(mp_get(args, "flags"), &flags);
  int rc = 0;
  if (!target || !fstype) rc = fail(err, EINVAL, "mount needs a target and an fstype");
  else if (mkdir_parents(target) < 0) rc = fail(err, ENOMEM, "mount: out of memory");
  else if (mount(source ? source : fstype, target, fstype, (unsigned long)flags, data) < 0)
    rc = fail(err, errno, "mount %s on %s: %s", fstype, target, strerror(errno));
  free(source); free(target); free(fstype); free(data);
  if (rc == 0) mp_put_map(out, 0);
  return rc;
}

/* Replies once no other request is in flight: the host then snapshots the guest. */
static int op_quiesce(const mp_val *args, mp_buf *out, op_error *err) {
  (void)args; (void)err;
  wait_until_requests_at_most(1);
  sync();
  mp_put_map(out, 0);
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

static int op_shutdown(const mp_val *args, mp_buf *out, op_error *err) {
  (void)args;
  sync();
  pthread_t thread;
  int rc = pthread_create(&thread, NULL, power_off, NULL);
  if (rc != 0) return fail(err, rc, "shutdown: cannot start the power-off thread: %s", strerror(rc));
  pthread_detach(thread);
  mp_put_map(out, 0);
  return 0;
}

static const struct { const char *name; op_handler handler; } ops[] = {
  { "hello", op_hello }, { "exec", op_exec }, { "syscall", op_syscall },
  { "read_file", op_read_file }, { "write_file", op_write_file }, { "mount", op_mount },
  { "quiesce", op_quiesce }, { "shutdown", op_shutdown },
};

op_handler find_op(const char *name, size_t len) {
  for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
    if (strlen(ops[i].name) == len && memcmp(ops[i].name, name, len) == 0) return ops[i].handler;
  return NULL;
}
