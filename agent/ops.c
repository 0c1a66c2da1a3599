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
  if (mp_as_u64(mp_get(args, "time_ns"), &ns)) {
    struct timespec ts = { .tv_sec = (time_t)(ns / 1000000000u), .tv_nsec = (long)(ns % 1000000000u) };
    if (clock_settime(CLOCK_REALTIME, &ts) < 0) return fail(err, errno, "clock_settime: %s", strerror(errno));
  }
  struct utsname u;
  uname(&u);
  mp_put_map(out, 3);
  mp_put_cstr(out, "version"); mp_put_uint(out, AGENT_PROTOCOL_VERSION);
  mp_put_cstr(out, "kernel"); mp_put_cstr(out, u.release);
  mp_put_cstr(out, "pid"); mp_put_uint(out, (uint64_t)getpid());
  return 0;
}

static int op_read_file(const mp_val *args, mp_buf *out, op_error *err) {
  char *path = mp_strdup(mp_get(args, "path"));
  if (!path) return fail(err, EINVAL, "read_file needs a path");
  uint64_t max = READ_FILE_DEFAULT_MAX;
  mp_as_u64(mp_get(args, "max"), &max);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) { int e = errno; fail(err, e, "%s: %s", path, strerror(e)); free(path); return -1; }
  /* read until EOF: sysfs/proc files report size 0 */
  size_t cap = 4096, len = 0;
  char *data = malloc(cap);
  int truncated = 0;
  for (;;) {
    if (len == cap) { cap *= 2; data = realloc(data, cap); }
    ssize_t n = read(fd, data + len, cap - len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) { int e = errno; fail(err, e, "%s: %s", path, strerror(e)); free(data); free(path); close(fd); return -1; }
    if (n == 0) break;
    len += (size_t)n;
    if (len > max) { len = max; truncated = 1; break; }
  }
  close(fd);
  mp_put_map(out, 2);
  mp_put_cstr(out, "data"); mp_put_bin(out, data, len);
  mp_put_cstr(out, "truncated"); mp_put_bool(out, truncated);
  free(data);
  free(path);
  return 0;
}

static int op_write_file(const mp_val *args, mp_buf *out, op_error *err) {
  char *path = mp_strdup(mp_get(args, "path"));
  const mp_val *data = mp_get(args, "data");
  if (!path) return fail(err, EINVAL, "write_file needs a path");
  uint64_t mode = 0644, append = 0;
  mp_as_u64(mp_get(args, "mode"), &mode);
  const mp_val *append_flag = mp_get(args, "append");
  if (append_flag && append_flag->type == MP_BOOL) append = (uint64_t)append_flag->v.boolean;
  int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), (mode_t)mode);
  if (fd < 0) { int e = errno; fail(err, e, "%s: %s", path, strerror(e)); free(path); return -1; }
  size_t len = mp_is_str(data) ? data->v.raw.len : 0, done = 0;
  while (done < len) {
    ssize_t n = write(fd, data->v.raw.ptr + done, len - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) { int e = errno; fail(err, e, "%s: %s", path, strerror(e)); close(fd); free(path); return -1; }
    done += (size_t)n;
  }
  /* an explicit mode wins over the umask and over an existing file's mode */
  if (mp_get(args, "mode")) fchmod(fd, (mode_t)mode);
  close(fd);
  free(path);
  mp_put_map(out, 0);
  return 0;
}

static void mkdir_parents(const char *path) {
  char *copy = strdup(path);
  for (char *p = copy + 1; *p; p++) {
    if (*p != '/') continue;
    *p = 0;
    mkdir(copy, 0755);
    *p = '/';
  }
  mkdir(copy, 0755);
  free(copy);
}

static int op_mount(const mp_val *args, mp_buf *out, op_error *err) {
  char *source = mp_strdup(mp_get(args, "source")), *target = mp_strdup(mp_get(args, "target"));
  char *fstype = mp_strdup(mp_get(args, "fstype")), *data = mp_strdup(mp_get(args, "data"));
  uint64_t flags = 0;
  mp_as_u64(mp_get(args, "flags"), &flags);
  int rc = 0;
  if (!target || !fstype) rc = fail(err, EINVAL, "mount needs a target and an fstype");
  else {
    mkdir_parents(target);
    if (mount(source ? source : fstype, target, fstype, (unsigned long)flags, data) < 0)
      rc = fail(err, errno, "mount %s on %s: %s", fstype, target, strerror(errno));
  }
  free(source); free(target); free(fstype); free(data);
  if (rc == 0) mp_put_map(out, 0);
  return rc;
}

/* Replies once no other request is in flight: the host then snapshots the guest. */
static int op_quiesce(const mp_val *args, mp_buf *out, op_error *err) {
  (void)args; (void)err;
  wait_until_only_request();
  sync();
  mp_put_map(out, 0);
  return 0;
}

static void *power_off(void *arg) {
  (void)arg;
  usleep(20000); /* let the reply reach the host first */
  reboot(RB_POWER_OFF);
  return NULL;
}

static int op_shutdown(const mp_val *args, mp_buf *out, op_error *err) {
  (void)args; (void)err;
  sync();
  pthread_t thread;
  pthread_create(&thread, NULL, power_off, NULL);
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
