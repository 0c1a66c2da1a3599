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
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define DEFAULT_MAX_OUTPUT (1u << 20)

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

static void append_output(output *o, const char *data, size_t n) {
  if (o->len + n > o->max) { o->truncated = 1; n = o->max - o->len; }
  if (o->len + n > o->cap) {
    while (o->len + n > o->cap) o->cap = o->cap ? o->cap * 2 : 4096;
    o->data = realloc(o->data, o->cap);
  }
  memcpy(o->data + o->len, data, n);
  o->len += n;
}

/* Reads what is available; returns 0 at EOF, 1 otherwise. */
static int drain(int fd, output *o) {
  char chunk[16384];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n > 0) { append_output(o, chunk, (size_t)n); continue; }
    if (n < 0 && errno == EINTR) continue;
    return n == 0 ? 0 : 1;
  }
}

static char **string_array(const mp_val *array) {
  if (!array || array->type != MP_ARRAY || array->v.array.len == 0) return NULL;
  char **items = calloc(array->v.array.len + 1, sizeof(char *));
  for (uint32_t i = 0; i < array->v.array.len; i++) {
    items[i] = mp_strdup(&array->v.array.items[i]);
    if (!items[i]) items[i] = strdup("");
  }
  return items;
}

void free_strings(char **items) {
  for (char **p = items; p && *p; p++) free(*p);
  free(items);
}

/* The guest's default environment, with the request's variables on top. */
char **build_env(const mp_val *env) {
  static const char *defaults[] = { "PATH=/usr/sbin:/usr/bin:/sbin:/bin", "HOME=/root", "TERM=linux" };
  size_t n_defaults = sizeof defaults / sizeof defaults[0];
  uint32_t extra = env && env->type == MP_MAP ? env->v.map.len : 0;
  char **envp = calloc(n_defaults + extra + 1, sizeof(char *));
  size_t n = 0;
  for (size_t i = 0; i < n_defaults; i++) envp[n++] = strdup(defaults[i]);
  for (uint32_t i = 0; i < extra; i++) {
    char *key = mp_strdup(&env->v.map.keys[i]), *value = mp_strdup(&env->v.map.values[i]);
    if (!key || !value) { free(key); free(value); continue; }
    size_t klen = strlen(key);
    char *entry = malloc(klen + strlen(value) + 2);
    strcpy(entry, key); entry[klen] = '='; strcpy(entry + klen + 1, value);
    size_t slot = n;
    for (size_t j = 0; j < n; j++)
      if (strncmp(envp[j], entry, klen + 1) == 0) { slot = j; free(envp[j]); break; }
    envp[slot] = entry;
    if (slot == n) n++;
    free(key); free(value);
  }
  return envp;
}

static long long now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* In the child: only async-signal-safe calls until execve. */
void run_child(int in, int out, int err, const char *cwd, char **argv, char **envp) {
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  setsid(); /* own process group, so a timeout kills everything it started */
  dup2(in, 0); dup2(out, 1); dup2(err, 2);
  if (cwd && chdir(cwd) < 0) {
    /* after fork: write() only, no stdio */
    static const char before[] = "provium-agent: cannot change to cwd ", after[] = " (does it exist?)\n";
    (void)!write(2, before, sizeof before - 1);
    (void)!write(2, cwd, strlen(cwd));
    (void)!write(2, after, sizeof after - 1);
    _exit(126);
  }
  execvpe(argv[0], argv, envp);
  static const char prefix[] = "provium-agent: cannot execute ";
  (void)!write(2, prefix, sizeof prefix - 1);
  (void)!write(2, argv[0], strlen(argv[0]));
  (void)!write(2, "\n", 1);
  _exit(errno == ENOENT ? 127 : 126);
}

char **command_argv(const char *op, const mp_val *argv_arg, const mp_val *cmd_arg, op_error *err) {
  if (argv_arg && cmd_arg) { fail(err, EINVAL, "%s takes argv or cmd, not both", op); return NULL; }
  char **argv = string_array(argv_arg);
  if (!argv) {
    char *cmd = mp_strdup(cmd_arg);
    if (!cmd) { fail(err, EINVAL, "%s needs argv (a non-empty array) or cmd (a shell string)", op); return NULL; }
    argv = calloc(4, sizeof(char *));
    argv[0] = strdup("/bin/sh"); argv[1] = strdup("-c"); argv[2] = cmd;
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

  int in[2], o[2], e[2];
  if (pipe2(in, O_CLOEXEC) < 0 || pipe2(o, O_CLOEXEC) < 0 || pipe2(e, O_CLOEXEC) < 0) {
    free_strings(argv); free_strings(envp); free(cwd);
    return fail(err, errno, "pipe: %s", strerror(errno));
  }
  child self = { .event_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK) };
  exec_lock();
  pid_t pid = fork();
  if (pid == 0) run_child(in[0], o[1], e[1], cwd, argv, envp);
  if (pid > 0) { self.pid = pid; self.next = children; children = &self; }
  exec_unlock();
  int fork_errno = errno;
  close(in[0]); close(o[1]); close(e[1]);
  free_strings(argv); free_strings(envp); free(cwd);
  if (pid < 0) {
    close(in[1]); close(o[0]); close(e[0]); close(self.event_fd);
    return fail(err, fork_errno, "fork: %s", strerror(fork_errno));
  }
  fcntl(in[1], F_SETFL, O_NONBLOCK);
  fcntl(o[0], F_SETFL, O_NONBLOCK);
  fcntl(e[0], F_SETFL, O_NONBLOCK);

  size_t stdin_len = mp_is_str(stdin_data) ? stdin_data->v.raw.len : 0, stdin_done = 0;
  int stdin_fd = in[1];
  if (stdin_len == 0) { close(stdin_fd); stdin_fd = -1; }
  output outs[2] = { { .max = max_output }, { .max = max_output } };
  int open_fds[2] = { o[0], e[0] };
  long long deadline = timeout_ms ? now_ms() + (long long)timeout_ms : 0;
  int timed_out = 0;

  while (!self.exited) {
    struct pollfd fds[4] = {
      { .fd = self.event_fd, .events = POLLIN }, { .fd = open_fds[0], .events = POLLIN },
      { .fd = open_fds[1], .events = POLLIN }, { .fd = stdin_fd, .events = POLLOUT },
    };
    int wait = -1;
    if (deadline && !timed_out) wait = (int)(deadline - now_ms() > 0 ? deadline - now_ms() : 0);
    poll(fds, 4, wait);
    for (int i = 0; i < 2; i++)
      if (open_fds[i] >= 0 && fds[1 + i].revents && drain(open_fds[i], &outs[i]) == 0) {
        close(open_fds[i]);
        open_fds[i] = -1;
      }
    if (stdin_fd >= 0 && fds[3].revents) {
      ssize_t n = write(stdin_fd, stdin_data->v.raw.ptr + stdin_done, stdin_len - stdin_done);
      if (n > 0) stdin_done += (size_t)n;
      if ((n < 0 && errno != EAGAIN && errno != EINTR) || stdin_done == stdin_len) { close(stdin_fd); stdin_fd = -1; }
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
    if (open_fds[i] >= 0) { drain(open_fds[i], &outs[i]); close(open_fds[i]); }
  if (stdin_fd >= 0) close(stdin_fd);
  forget_child(&self);
  close(self.event_fd);

  mp_put_map(out, EXEC_RESULT_FIELDS);
  mp_put_cstr(out, "code");
  if (WIFEXITED(self.status)) mp_put_int(out, WEXITSTATUS(self.status)); else mp_put_nil(out);
  mp_put_cstr(out, "signal");
  if (WIFSIGNALED(self.status)) mp_put_int(out, WTERMSIG(self.status)); else mp_put_nil(out);
  mp_put_cstr(out, "stdout"); mp_put_bin(out, outs[0].data, outs[0].len);
  mp_put_cstr(out, "stderr"); mp_put_bin(out, outs[1].data, outs[1].len);
  mp_put_cstr(out, "timed_out"); mp_put_bool(out, timed_out);
  mp_put_cstr(out, "truncated"); mp_put_bool(out, outs[0].truncated || outs[1].truncated);
  free(outs[0].data); free(outs[1].data);
  return 0;
}
