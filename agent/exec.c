/* exec: run a program in the guest with pipes for stdin/stdout/stderr, a
 * deadline after which its whole process group is killed, and bounded
 * output. Children are reaped by the main loop (PID 1 reaps everything),
 * which hands their status back through exec_child_exited. */
#define _GNU_SOURCE
#include "agent.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <limits.h>
#include <time.h>
#include <unistd.h>

#define DEFAULT_MAX_OUTPUT (1u << 20)
/* A deadline further out than this (35 years) is the same as none. */

typedef struct child {
  pid_t pid;
  int status, exited, event_fd;
  struct child *next;
} child;

static pthread_mutex_t children_lock = PTHREAD_MUTEX_INITIALIZER;
static child *children;

void exec_lock(void) { pthread_mutex_lock(&children_lock); }
void exec_unlock(void) { pthread_mutex_unlock(&children_lock); }

void exec_child_exited(pid_t pid, int status) {
  exec_lock();
  for (child *c = children; c; c = c->next) {
    if (c->pid != pid) continue;
    c->status = status;
    c->exited = 1;
    uint64_t one = 1;
    (void)!write(c->event_fd, &one, sizeof one);
    exec_unlock();
    return;
  }
  process_child_exited(pid, status); /* not exec's: maybe a spawned process (or an orphan) */
  exec_unlock();
}

static void forget_child(child *target) {
  exec_lock();
  for (child **p = &children; *p; p = &(*p)->next)
    if (*p == target) { *p = target->next; break; }
  exec_unlock();
}

typedef struct {
  char *data;
  size_t len, cap, max;
  int truncated;
} output;

/* stdout and stderr. The schema's maximum of max_output keeps both within one reply. */
_Static_assert(2 * EXEC_MAX_OUTPUT_MAX <= AGENT_REPLY_DATA_MAX, "exec's stdout and stderr must fit a reply");
typedef struct {
  output streams[2];
  int no_memory; /* the output is then drained and dropped */
} outputs;

static void append_output(outputs *all, output *o, const char *data, size_t n) {
  if (n > o->max - o->len) { o->truncated = 1; n = o->max - o->len; }
  if (all->no_memory || n == 0) return;
  if (o->len + n > o->cap) {
    size_t cap = o->cap ? o->cap : 4096;
    while (o->len + n > cap) cap *= 2;
    char *grown = realloc(o->data, cap);
    if (!grown) { all->no_memory = 1; return; }
    o->data = grown; o->cap = cap;
  }
  memcpy(o->data + o->len, data, n);
  o->len += n;
}

/* Reads what is available; returns 0 at EOF, 1 otherwise. */
static int drain(int fd, outputs *all, output *o) {
  char chunk[16384];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n > 0) { append_output(all, o, chunk, (size_t)n); continue; }
    if (n < 0 && errno == EINTR) continue;
    return n == 0 ? 0 : 1;
  }
}

void free_strings(char **items) {
  for (char **p = items; p && *p; p++) free(*p);
  free(items);
}

/* NULL when array is not a non-empty array, or on out of memory. */
static char **string_array(const mp_val *array) {
  if (!array || array->type != MP_ARRAY || array->v.array.len == 0) return NULL;
  char **items = calloc((size_t)array->v.array.len + 1, sizeof(char *));
  if (!items) return NULL;
  for (uint32_t i = 0; i < array->v.array.len; i++) {
    const mp_val *item = &array->v.array.items[i];
    items[i] = mp_is_str(item) ? mp_strdup(item) : strdup("");
    if (!items[i]) { free_strings(items); return NULL; }
  }
  return items;
}

/* argv for `/bin/sh -c cmd`; takes cmd (freed on failure). */
static char **shell_argv(char *cmd) {
  char **argv = calloc(4, sizeof(char *));
  if (argv && (argv[0] = strdup("/bin/sh")) && (argv[1] = strdup("-c"))) { argv[2] = cmd; return argv; }
  free_strings(argv);
  free(cmd);
  return NULL;
}

/* The guest's default environment, with the request's variables on top;
 * NULL on out of memory. */
char **build_env(const mp_val *env) {
  /* what a root login shell has (Debian's root PATH; LANG as systemd gives every process without a locale) */
  static const char *defaults[] = { "PATH=" GUEST_PATH, "HOME=/root", "TERM=linux",
                                    "USER=root", "LOGNAME=root", "LANG=C.UTF-8" };
  size_t n_defaults = sizeof defaults / sizeof defaults[0];
  uint32_t extra = env && env->type == MP_MAP ? env->v.map.len : 0;
  char **envp = calloc(n_defaults + 1 + extra + 1, sizeof(char *));
  if (!envp) return NULL;
  size_t n = 0;
  for (size_t i = 0; i < n_defaults; i++)
    if (!(envp[n++] = strdup(defaults[i]))) goto fail;
  if (asprintf(&envp[n++], "SHELL=%s", login_shell()) < 0) { envp[--n] = NULL; goto fail; }
  for (uint32_t i = 0; i < extra; i++) {
    const mp_val *k = &env->v.map.keys[i], *v = &env->v.map.values[i];
    if (!mp_is_str(k) || !mp_is_str(v)) continue;
    size_t klen = k->v.raw.len, vlen = v->v.raw.len;
    char *entry = malloc(klen + vlen + 2);
    if (!entry) goto fail;
    memcpy(entry, k->v.raw.ptr, klen); entry[klen] = '=';
    memcpy(entry + klen + 1, v->v.raw.ptr, vlen); entry[klen + 1 + vlen] = 0;
    size_t slot = n;
    for (size_t j = 0; j < n; j++)
      if (strncmp(envp[j], entry, klen + 1) == 0) { slot = j; free(envp[j]); break; }
    envp[slot] = entry;
    if (slot == n) n++;
  }
  return envp;
fail:
  free_strings(envp);
  return NULL;
}

static long long now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* After fork: write() only, no stdio. */
static void child_error(const char *before, const char *what, const char *after) {
  (void)!write(2, before, strlen(before));
  (void)!write(2, what, strlen(what));
  (void)!write(2, after, strlen(after));
}

/* In the child: only async-signal-safe calls until execve. */
void run_child(int in, int out, int err, int tty, const char *cwd, char **argv, char **envp) {
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  setsid(); /* own process group, so a timeout kills everything it started */
  if (tty && ioctl(in, TIOCSCTTY, 0) < 0) _exit(126); /* job control and Ctrl-C need a controlling terminal */
  if (dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0) _exit(126); /* no stderr to say so */
  if (cwd && chdir(cwd) < 0) {
    child_error("provium-agent: cannot change to cwd ", cwd, " (does it exist?)\n");
    _exit(126);
  }
  execvpe(argv[0], argv, envp);
  int e = errno;
  child_error("provium-agent: cannot execute ", argv[0], "\n");
  _exit(e == ENOENT ? 127 : 126);
}

static void close_fd(int *fd) {
  if (*fd >= 0) close(*fd);
  *fd = -1;
}

char **command_argv(const char *op, const mp_val *argv_arg, const mp_val *cmd_arg, op_error *err) {
  if (argv_arg && cmd_arg) { fail(err, EINVAL, "%s takes argv or cmd, not both", op); return NULL; }
  char **argv = string_array(argv_arg);
  if (!argv) {
    char *cmd = mp_strdup(cmd_arg);
    if (!cmd) { fail(err, EINVAL, "%s needs argv (a non-empty array) or cmd (a shell string)", op); return NULL; }
    argv = shell_argv(cmd);
    if (!argv) fail(err, ENOMEM, "%s: out of memory", op);
  }
  return argv;
}

int op_exec(op_args args, mp_buf *out, op_error *err) {
  char **argv = command_argv("exec", args[EXEC_ARGV], args[EXEC_CMD], err);
  if (!argv) return -1;
  char **envp = build_env(args[EXEC_ENV]);
  char *cwd = mp_strdup(args[EXEC_CWD]);
  const mp_val *stdin_data = args[EXEC_STDIN];
  uint64_t timeout_ms = arg_u64(args[EXEC_TIMEOUT_MS], 0), max_output = arg_u64(args[EXEC_MAX_OUTPUT], DEFAULT_MAX_OUTPUT);

  int rc = -1;
  int in[2] = { -1, -1 }, o[2] = { -1, -1 }, e[2] = { -1, -1 };
  child self = { .event_fd = -1 };
  outputs outs = { .streams = { { .max = max_output }, { .max = max_output } }};
  if (!envp || (args[EXEC_CWD] && !cwd)) { fail(err, ENOMEM, "exec: out of memory"); goto out; }
  if (pipe2(in, O_CLOEXEC) < 0 || pipe2(o, O_CLOEXEC) < 0 || pipe2(e, O_CLOEXEC) < 0) {
    fail(err, errno, "pipe: %s", strerror(errno));
    goto out;
  }
  /* the agent's ends never block it; the child's ends stay blocking */
  if (fcntl(in[1], F_SETFL, O_NONBLOCK) < 0 || fcntl(o[0], F_SETFL, O_NONBLOCK) < 0 || fcntl(e[0], F_SETFL, O_NONBLOCK) < 0) {
    fail(err, errno, "fcntl: %s", strerror(errno));
    goto out;
  }
  self.event_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (self.event_fd < 0) { fail(err, errno, "eventfd: %s", strerror(errno)); goto out; }
  exec_lock();
  pid_t pid = fork();
  if (pid == 0) run_child(in[0], o[1], e[1], 0, cwd, argv, envp);
  int fork_errno = errno;
  if (pid > 0) { self.pid = pid; self.next = children; children = &self; }
  exec_unlock();
  if (pid < 0) { fail(err, fork_errno, "fork: %s", strerror(fork_errno)); goto out; }
  close_fd(&in[0]); close_fd(&o[1]); close_fd(&e[1]);

  size_t stdin_len = mp_is_str(stdin_data) ? stdin_data->v.raw.len : 0, stdin_done = 0;
  if (stdin_len == 0) close_fd(&in[1]);
  int *open_fds[2] = { &o[0], &e[0] };
  long long deadline = timeout_ms ? now_ms() + (long long)timeout_ms : 0;
  int timed_out = 0;

  for (;;) {
    struct pollfd fds[4] = {
      { .fd = self.event_fd, .events = POLLIN }, { .fd = o[0], .events = POLLIN },
      { .fd = e[0], .events = POLLIN }, { .fd = in[1], .events = POLLOUT },
    };
    int wait = -1;
    if (deadline && !timed_out) {
      long long left = deadline - now_ms();
      wait = left <= 0 ? 0 : left > INT_MAX ? INT_MAX : (int)left;
    }
    poll(fds, 4, wait);
    for (int i = 0; i < 2; i++)
      if (*open_fds[i] >= 0 && fds[1 + i].revents && drain(*open_fds[i], &outs, &outs.streams[i]) == 0) close_fd(open_fds[i]);
    if (in[1] >= 0 && fds[3].revents) {
      ssize_t n = write(in[1], stdin_data->v.raw.ptr + stdin_done, stdin_len - stdin_done);
      if (n > 0) stdin_done += (size_t)n;
      if ((n < 0 && errno != EAGAIN && errno != EINTR) || stdin_done == stdin_len) close_fd(&in[1]);
    }
    if (deadline && !timed_out && now_ms() >= deadline) {
      timed_out = 1;
      kill(-pid, SIGKILL);
      kill(pid, SIGKILL);
    }
    exec_lock(); /* self.exited is written by the reaper under this lock */
    int exited = self.exited;
    exec_unlock();
    if (exited) break;
  }
  /* The child is gone; take what its pipes still hold, without waiting for
   * background processes that inherited them. */
  for (int i = 0; i < 2; i++)
    if (*open_fds[i] >= 0) drain(*open_fds[i], &outs, &outs.streams[i]);
  forget_child(&self);
  if (outs.no_memory) { fail(err, ENOMEM, "exec: out of memory collecting the output"); goto out; }

  mp_put_map(out, EXEC_RESULT_FIELDS);
  mp_put_cstr(out, "code");
  if (WIFEXITED(self.status)) mp_put_int(out, WEXITSTATUS(self.status)); else mp_put_nil(out);
  mp_put_cstr(out, "signal");
  if (WIFSIGNALED(self.status)) mp_put_int(out, WTERMSIG(self.status)); else mp_put_nil(out);
  mp_put_cstr(out, "stdout"); mp_put_bin(out, outs.streams[0].data, outs.streams[0].len);
  mp_put_cstr(out, "stderr"); mp_put_bin(out, outs.streams[1].data, outs.streams[1].len);
  mp_put_cstr(out, "timed_out"); mp_put_bool(out, timed_out);
  mp_put_cstr(out, "truncated"); mp_put_bool(out, outs.streams[0].truncated || outs.streams[1].truncated);
  rc = 0;
out:
  for (int i = 0; i < 2; i++) { close_fd(&in[i]); close_fd(&o[i]); close_fd(&e[i]); }
  close_fd(&self.event_fd);
  free(outs.streams[0].data); free(outs.streams[1].data);
  free_strings(argv); free_strings(envp); free(cwd);
  return rc;
}
