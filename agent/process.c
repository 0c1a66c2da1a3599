/* Spawned processes: started by spawn, they run alongside the agent's other
 * requests until they exit or are killed. One pump thread drains every
 * process's stdout and stderr into bounded buffers, so a process never
 * blocks on its output (beyond a buffer's bound the newest bytes are dropped
 * and counted); the proc_* requests take from those buffers, write stdin,
 * signal and wait. Children are reaped by the main loop like exec's, which
 * hands their status here through process_child_exited. */
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
#define DEFAULT_WRITE_TIMEOUT_MS 10000u
/* What the pump reads from one stream per wake-up: a process that never
 * stops writing cannot keep the others (and the lock) waiting. */
#define DRAIN_BUDGET (256u << 10)

/* Indexed as proc_read's stream argument names them. */
enum { OUT = PROC_READ_STREAM_STDOUT, ERR = PROC_READ_STREAM_STDERR, STREAMS = PROC_READ_STREAM_VALUES };

typedef struct {
  char *data;
  size_t len, cap, max;
  uint64_t dropped; /* bytes dropped since the last proc_read (the buffer was full) */
  int fd;           /* -1 once the stream has ended */
} stream;

typedef struct proc {
  uint32_t handle;
  pid_t pid;
  int exited, status;
  int released; /* the host forgot it: output is discarded, freed once it exited */
  int stdin_fd; /* -1 once closed */
  int pty_fd;   /* a pty's master, for proc_resize; -1 without one */
  stream out[STREAMS];
  struct proc *next;
} proc;

/* Guards the table and everything in it. Only the pump frees entries and
 * closes output fds, so it may keep pointers across its poll. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed; /* on CLOCK_MONOTONIC: the guest's wall clock is set by the host */
static proc *procs;
static uint32_t last_handle;
static int wake_fd = -1;
static pthread_once_t pump_once = PTHREAD_ONCE_INIT;
static int pump_running;

static void wake_pump(void) {
  uint64_t one = 1;
  (void)!write(wake_fd, &one, sizeof one);
}

static void append(proc *p, stream *s, const char *data, size_t n) {
  size_t room = p->released ? 0 : s->max - s->len;
  size_t keep = n < room ? n : room;
  if (keep && s->len + keep > s->cap) {
    size_t cap = s->cap ? s->cap : 4096;
    while (cap < s->len + keep) cap *= 2;
    if (cap > s->max) cap = s->max;
    char *grown = realloc(s->data, cap);
    if (grown) { s->data = grown; s->cap = cap; }
    else keep = 0; /* out of memory: counted as dropped, the process goes on */
  }
  if (keep) memcpy(s->data + s->len, data, keep);
  s->len += keep;
  if (!p->released) s->dropped += n - keep;
}

/* Reads what a stream's pipe holds, up to budget bytes; closes it at EOF. */
static void drain(proc *p, stream *s, size_t budget) {
  char chunk[16384];
  size_t done = 0;
  while (s->fd >= 0 && done < budget) {
    ssize_t n = read(s->fd, chunk, sizeof chunk);
    if (n > 0) { append(p, s, chunk, (size_t)n); done += (size_t)n; continue; }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) return;
    close(s->fd); /* EOF, or an error no later read would fix */
    s->fd = -1;
  }
}

static void free_proc(proc *p) {
  for (int i = 0; i < STREAMS; i++) {
    if (p->out[i].fd >= 0) close(p->out[i].fd);
    free(p->out[i].data);
  }
  if (p->stdin_fd >= 0) close(p->stdin_fd);
  if (p->pty_fd >= 0) close(p->pty_fd);
  free(p);
}

/* An exited process's pipes: take what they still hold and close them,
 * without waiting for background processes that inherited them (like exec).
 * Released processes that exited are freed. */
static void settle_locked(void) {
  for (proc **pp = &procs; *pp;) {
    proc *p = *pp;
    if (p->exited)
      for (int i = 0; i < STREAMS; i++)
        if (p->out[i].fd >= 0) {
          drain(p, &p->out[i], DRAIN_BUDGET);
          if (p->out[i].fd >= 0) { close(p->out[i].fd); p->out[i].fd = -1; }
        }
    if (p->released && p->exited) { *pp = p->next; free_proc(p); continue; }
    pp = &p->next;
  }
}

static void *pump(void *arg) {
  (void)arg;
  struct pollfd *fds = NULL;
  stream **streams = NULL;
  proc **owners = NULL;
  size_t cap = 0;
  for (;;) {
    pthread_mutex_lock(&lock);
    settle_locked();
    pthread_cond_broadcast(&changed);
    size_t want = 1;
    for (proc *p = procs; p; p = p->next)
      for (int i = 0; i < STREAMS; i++) want += p->out[i].fd >= 0;
    if (want > cap) {
      size_t grown_cap = want * 2;
      struct pollfd *f = realloc(fds, grown_cap * sizeof *f);
      if (f) fds = f;
      stream **s = realloc(streams, grown_cap * sizeof *s);
      if (s) streams = s;
      proc **o = realloc(owners, grown_cap * sizeof *o);
      if (o) owners = o;
      if (!f || !s || !o) {
        pthread_mutex_unlock(&lock);
        usleep(10000); /* out of memory: try again shortly */
        continue;
      }
      cap = grown_cap;
    }
    size_t n = 0;
    fds[n++] = (struct pollfd){ .fd = wake_fd, .events = POLLIN };
    for (proc *p = procs; p; p = p->next)
      for (int i = 0; i < STREAMS; i++)
        if (p->out[i].fd >= 0) {
          fds[n] = (struct pollfd){ .fd = p->out[i].fd, .events = POLLIN };
          streams[n] = &p->out[i];
          owners[n++] = p;
        }
    pthread_mutex_unlock(&lock);
    if (poll(fds, (nfds_t)n, -1) < 0) continue;
    if (fds[0].revents) {
      uint64_t count;
      (void)!read(wake_fd, &count, sizeof count);
    }
    pthread_mutex_lock(&lock);
    for (size_t i = 1; i < n; i++)
      if (fds[i].revents) drain(owners[i], streams[i], DRAIN_BUDGET);
    pthread_cond_broadcast(&changed);
    pthread_mutex_unlock(&lock);
  }
  return NULL;
}

static void start_pump(void) {
  pthread_condattr_t attr;
  if (pthread_condattr_init(&attr) != 0) return;
  int ok = pthread_condattr_setclock(&attr, CLOCK_MONOTONIC) == 0 && pthread_cond_init(&changed, &attr) == 0;
  pthread_condattr_destroy(&attr);
  if (!ok) return;
  wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (wake_fd < 0) return;
  pthread_attr_t thread_attr;
  if (pthread_attr_init(&thread_attr) != 0) return;
  pthread_t thread;
  pump_running = pthread_attr_setdetachstate(&thread_attr, PTHREAD_CREATE_DETACHED) == 0 &&
                 pthread_create(&thread, &thread_attr, pump, NULL) == 0;
  pthread_attr_destroy(&thread_attr);
}

void process_child_exited(pid_t pid, int status) {
  pthread_mutex_lock(&lock);
  for (proc *p = procs; p; p = p->next)
    if (p->pid == pid && !p->exited) {
      p->exited = 1;
      p->status = status;
      wake_pump(); /* it drains and closes the pipes, then tells the waiters */
      break;
    }
  pthread_mutex_unlock(&lock);
}

static proc *find_locked(uint32_t handle) {
  for (proc *p = procs; p; p = p->next)
    if (p->handle == handle && !p->released) return p;
  return NULL;
}

static int no_such_handle(op_error *err, uint32_t handle) {
  return fail(err, ESRCH, "no spawned process with handle %u (released, or from before a resume?)", handle);
}

static struct timespec deadline_after(uint64_t ms) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  t.tv_sec += (time_t)(ms / 1000);
  t.tv_nsec += (long)(ms % 1000) * 1000000L;
  if (t.tv_nsec >= 1000000000L) { t.tv_sec++; t.tv_nsec -= 1000000000L; }
  return t;
}

static void put_status(mp_buf *out, int exited, int status) {
  mp_put_cstr(out, "exited"); mp_put_bool(out, exited);
  mp_put_cstr(out, "code");
  if (exited && WIFEXITED(status)) mp_put_int(out, WEXITSTATUS(status)); else mp_put_nil(out);
  mp_put_cstr(out, "signal");
  if (exited && WIFSIGNALED(status)) mp_put_int(out, WTERMSIG(status)); else mp_put_nil(out);
}

/* Writes all of data to a non-blocking fd within timeout_ms; 0 or an errno. */
static int write_all(int fd, const char *data, size_t len, uint64_t timeout_ms, size_t *done) {
  struct timespec end = deadline_after(timeout_ms), now;
  *done = 0;
  while (*done < len) {
    ssize_t n = write(fd, data + *done, len - *done);
    if (n > 0) { *done += (size_t)n; continue; }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno != EAGAIN) return errno;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long long left = (long long)(end.tv_sec - now.tv_sec) * 1000 + (end.tv_nsec - now.tv_nsec) / 1000000;
    if (left <= 0) return ETIMEDOUT;
    struct pollfd pfd = { .fd = fd, .events = POLLOUT };
    if (poll(&pfd, 1, (int)left) < 0 && errno != EINTR) return errno;
  }
  return 0;
}

/* A copy of a process's stdin fd (the original may be closed meanwhile); -1 with err filled. */
static int stdin_copy(uint32_t handle, pid_t *pid, op_error *err) {
  pthread_mutex_lock(&lock);
  proc *p = find_locked(handle);
  int fd = -1;
  if (!p) no_such_handle(err, handle);
  else if (p->stdin_fd < 0) fail(err, EPIPE, "process %d: its stdin was closed (close_stdin)", (int)p->pid);
  else if ((fd = fcntl(p->stdin_fd, F_DUPFD_CLOEXEC, 3)) < 0) fail(err, errno, "process %d: dup stdin: %s", (int)p->pid, strerror(errno));
  if (p) *pid = p->pid;
  pthread_mutex_unlock(&lock);
  return fd;
}

static int write_stdin(uint32_t handle, const mp_val *data, uint64_t timeout_ms, op_error *err) {
  pid_t pid = 0;
  int fd = stdin_copy(handle, &pid, err);
  if (fd < 0) return -1;
  size_t done;
  int e = write_all(fd, data->v.raw.ptr, data->v.raw.len, timeout_ms, &done);
  close(fd);
  if (e == EPIPE) return fail(err, EPIPE, "process %d closed its stdin (it exited, or closed fd 0)", (int)pid);
  if (e == ETIMEDOUT)
    return fail(err, ETIMEDOUT, "process %d took %zu of %u bytes on stdin within %llu ms", (int)pid, done, data->v.raw.len, (unsigned long long)timeout_ms);
  if (e) return fail(err, e, "process %d: write to stdin: %s", (int)pid, strerror(e));
  return 0;
}

static void close_all(const int *fds, int n) {
  for (int i = 0; i < n; i++)
    if (fds[i] >= 0) close(fds[i]);
}

/* Our ends ([1] of in, [0] of o and e) never block: the pump polls them, writes have deadlines. */
static int open_pipe_ends(int in[2], int o[2], int e[2], op_error *err) {
  if (pipe2(in, O_CLOEXEC) < 0 || pipe2(o, O_CLOEXEC) < 0 || pipe2(e, O_CLOEXEC) < 0)
    return fail(err, errno, "spawn: pipe: %s", strerror(errno));
  if (fcntl(in[1], F_SETFL, O_NONBLOCK) < 0 || fcntl(o[0], F_SETFL, O_NONBLOCK) < 0 || fcntl(e[0], F_SETFL, O_NONBLOCK) < 0)
    return fail(err, errno, "spawn: fcntl: %s", strerror(errno));
  return 0;
}

/* The same ends on a pseudo-terminal: the child gets the slave as 0, 1 and 2;
 * we write to the master (a copy, closed apart) and read it as stdout; stderr
 * is merged there, so its stream has ended from the start. */
static int open_pty_ends(int in[2], int o[2], int e[2], int *pty, op_args args, op_error *err) {
  int master, slave;
  if (pty_open(&master, &slave, arg_u64(args[SPAWN_ROWS], 0), arg_u64(args[SPAWN_COLS], 0), err) < 0) return -1;
  in[0] = slave;
  o[0] = master;
  if ((in[1] = fcntl(master, F_DUPFD_CLOEXEC, 3)) < 0 || (*pty = fcntl(master, F_DUPFD_CLOEXEC, 3)) < 0)
    return fail(err, errno, "spawn: dup: %s", strerror(errno));
  /* the child's stdout and stderr are dup2'd from these copies; ours close after the fork */
  if ((o[1] = fcntl(slave, F_DUPFD_CLOEXEC, 3)) < 0 || (e[1] = fcntl(slave, F_DUPFD_CLOEXEC, 3)) < 0)
    return fail(err, errno, "spawn: dup: %s", strerror(errno));
  e[0] = -1;
  return 0;
}

int op_spawn(op_args args, mp_buf *out, op_error *err) {
  pthread_once(&pump_once, start_pump);
  if (!pump_running) return fail(err, EAGAIN, "spawn: the agent could not start its output pump thread");
  char **argv = command_argv("spawn", args[SPAWN_ARGV], args[SPAWN_CMD], err);
  if (!argv) return -1;
  char **envp = build_env(args[SPAWN_ENV]);
  char *cwd = mp_strdup(args[SPAWN_CWD]);
  uint64_t max_output = arg_u64(args[SPAWN_MAX_OUTPUT], DEFAULT_MAX_OUTPUT);
  proc *p = calloc(1, sizeof *p);
  int tty = arg_bool(args[SPAWN_PTY], 0), pty_fd = -1;
  int in[2] = { -1, -1 }, o[2] = { -1, -1 }, e[2] = { -1, -1 };
  /* closed in the child by its execve (or exit): by then it has its own
   * process group, so signalling the group right after spawn cannot miss it */
  int started[2] = { -1, -1 };
  int rc = 0;
  pid_t pid = -1;
  if (!envp || !p || (args[SPAWN_CWD] && !cwd)) rc = fail(err, ENOMEM, "spawn: out of memory");
  else if (tty ? open_pty_ends(in, o, e, &pty_fd, args, err) < 0 : open_pipe_ends(in, o, e, err) < 0) rc = -1;
  else if (pipe2(started, O_CLOEXEC) < 0) rc = fail(err, errno, "spawn: pipe: %s", strerror(errno));
  else {
    *p = (proc){ .stdin_fd = in[1], .pty_fd = pty_fd, .out = { { .fd = o[0], .max = max_output }, { .fd = e[0], .max = max_output } } };
    exec_lock(); /* held until the table has it, so the reaper cannot miss its exit */
    pid = fork();
    if (pid == 0) run_child(in[0], o[1], e[1], tty, cwd, argv, envp);
    int fork_errno = errno;
    if (pid > 0) {
      pthread_mutex_lock(&lock);
      p->pid = pid;
      p->handle = ++last_handle;
      p->next = procs;
      procs = p;
      wake_pump();
      pthread_mutex_unlock(&lock);
    }
    exec_unlock();
    if (pid < 0) rc = fail(err, fork_errno, "spawn: fork: %s", strerror(fork_errno));
  }
  int child_ends[4] = { in[0], o[1], e[1], started[1] }, our_ends[3] = { in[1], o[0], e[0] };
  close_all(child_ends, 4);
  if (pid <= 0) { /* it did not start */
    close_all(our_ends, 3);
    close_all(&pty_fd, 1);
  }
  for (ssize_t n = 1; pid > 0 && n != 0;) { /* until EOF: it reached execve */
    char byte;
    n = read(started[0], &byte, 1);
    if (n < 0 && errno != EINTR) break;
  }
  close_all(started, 1);
  free_strings(argv);
  free_strings(envp);
  free(cwd);
  if (rc < 0) { free(p); return -1; }
  uint32_t handle = p->handle;
  /* Initial stdin: what a process does not take (it exited, or does not read) is not an error of spawn. */
  if (mp_is_str(args[SPAWN_STDIN]) && args[SPAWN_STDIN]->v.raw.len) {
    op_error ignored;
    write_stdin(handle, args[SPAWN_STDIN], DEFAULT_WRITE_TIMEOUT_MS, &ignored);
  }
  mp_put_map(out, SPAWN_RESULT_FIELDS);
  mp_put_cstr(out, "handle"); mp_put_uint(out, handle);
  mp_put_cstr(out, "pid"); mp_put_uint(out, (uint64_t)pid);
  return 0;
}

int op_proc_read(op_args args, mp_buf *out, op_error *err) {
  uint32_t handle = (uint32_t)arg_u64(args[PROC_READ_HANDLE], 0);
  int which = arg_enum(args[PROC_READ_STREAM], proc_read_stream_values, OUT);
  uint64_t max = arg_u64(args[PROC_READ_MAX], DEFAULT_MAX_OUTPUT);
  struct timespec end = deadline_after(arg_u64(args[PROC_READ_TIMEOUT_MS], 0));
  pthread_mutex_lock(&lock);
  proc *p;
  int timed_out = 0;
  while ((p = find_locked(handle)) && !p->out[which].len && p->out[which].fd >= 0 && !timed_out)
    timed_out = pthread_cond_timedwait(&changed, &lock, &end) == ETIMEDOUT;
  if (!p) { pthread_mutex_unlock(&lock); return no_such_handle(err, handle); }
  stream *s = &p->out[which];
  size_t n = s->len < max ? s->len : (size_t)max;
  /* straight from the stream's buffer into the reply */
  mp_put_map(out, PROC_READ_RESULT_FIELDS);
  mp_put_cstr(out, "data"); mp_put_bin(out, s->data, n);
  uint64_t dropped = s->dropped;
  if (!out->failed) { /* taken; without room in the reply it stays for a later read */
    if (n) memmove(s->data, s->data + n, s->len - n); /* a stream that never got output has no buffer */
    s->len -= n;
    s->dropped = 0;
  }
  int eof = s->fd < 0 && s->len == 0, exited = p->exited, status = p->status;
  pthread_mutex_unlock(&lock);
  mp_put_cstr(out, "eof"); mp_put_bool(out, eof);
  mp_put_cstr(out, "dropped"); mp_put_uint(out, dropped);
  put_status(out, exited, status);
  return 0;
}

int op_proc_write(op_args args, mp_buf *out, op_error *err) {
  uint32_t handle = (uint32_t)arg_u64(args[PROC_WRITE_HANDLE], 0);
  if (write_stdin(handle, args[PROC_WRITE_DATA], arg_u64(args[PROC_WRITE_TIMEOUT_MS], DEFAULT_WRITE_TIMEOUT_MS), err) < 0) return -1;
  mp_put_map(out, PROC_WRITE_RESULT_FIELDS);
  return 0;
}

int op_proc_close_stdin(op_args args, mp_buf *out, op_error *err) {
  uint32_t handle = (uint32_t)arg_u64(args[PROC_CLOSE_STDIN_HANDLE], 0);
  pthread_mutex_lock(&lock);
  proc *p = find_locked(handle);
  if (p && p->stdin_fd >= 0) { close(p->stdin_fd); p->stdin_fd = -1; }
  pthread_mutex_unlock(&lock);
  if (!p) return no_such_handle(err, handle);
  mp_put_map(out, PROC_CLOSE_STDIN_RESULT_FIELDS);
  return 0;
}

int op_proc_signal(op_args args, mp_buf *out, op_error *err) {
  uint32_t handle = (uint32_t)arg_u64(args[PROC_SIGNAL_HANDLE], 0);
  int sig = (int)arg_u64(args[PROC_SIGNAL_SIGNAL], 0), group = arg_bool(args[PROC_SIGNAL_GROUP], 0);
  int rc = 0;
  /* under the lock, so the exit cannot be recorded between the check and the kill */
  pthread_mutex_lock(&lock);
  proc *p = find_locked(handle);
  if (!p) rc = no_such_handle(err, handle);
  else if (group) {
    /* what the process started may outlive it: the group is signalled even after it exited */
    if (kill(-p->pid, sig) < 0) {
      if (errno != ESRCH) rc = fail(err, errno, "signal %d to process group %d: %s", sig, (int)p->pid, strerror(errno));
      else if (!p->exited && kill(p->pid, sig) < 0) rc = fail(err, errno, "signal %d to process %d: %s", sig, (int)p->pid, strerror(errno));
    }
  } else if (p->exited) rc = fail(err, ESRCH, "process %d has exited", (int)p->pid);
  else if (kill(p->pid, sig) < 0) rc = fail(err, errno, "signal %d to process %d: %s", sig, (int)p->pid, strerror(errno));
  pthread_mutex_unlock(&lock);
  if (rc == 0) mp_put_map(out, PROC_SIGNAL_RESULT_FIELDS);
  return rc;
}

int op_proc_wait(op_args args, mp_buf *out, op_error *err) {
  uint32_t handle = (uint32_t)arg_u64(args[PROC_WAIT_HANDLE], 0);
  struct timespec end = deadline_after(arg_u64(args[PROC_WAIT_TIMEOUT_MS], 0));
  pthread_mutex_lock(&lock);
  proc *p;
  int timed_out = 0;
  while ((p = find_locked(handle)) && !p->exited && !timed_out)
    timed_out = pthread_cond_timedwait(&changed, &lock, &end) == ETIMEDOUT;
  int exited = p ? p->exited : 0, status = p ? p->status : 0;
  pthread_mutex_unlock(&lock);
  if (!p) return no_such_handle(err, handle);
  mp_put_map(out, PROC_WAIT_RESULT_FIELDS);
  put_status(out, exited, status);
  return 0;
}

int op_proc_resize(op_args args, mp_buf *out, op_error *err) {
  uint32_t handle = (uint32_t)arg_u64(args[PROC_RESIZE_HANDLE], 0);
  uint64_t rows = arg_u64(args[PROC_RESIZE_ROWS], 24), cols = arg_u64(args[PROC_RESIZE_COLS], 80);
  pthread_mutex_lock(&lock);
  proc *p = find_locked(handle);
  int rc = !p ? no_such_handle(err, handle)
         : p->pty_fd < 0 ? fail(err, ENOTTY, "process %d was not spawned with a pty", (int)p->pid)
         : pty_set_size(p->pty_fd, rows, cols, err);
  pthread_mutex_unlock(&lock);
  if (rc == 0) mp_put_map(out, PROC_RESIZE_RESULT_FIELDS);
  return rc;
}

int op_proc_release(op_args args, mp_buf *out, op_error *err) {
  uint32_t handle = (uint32_t)arg_u64(args[PROC_RELEASE_HANDLE], 0);
  pthread_mutex_lock(&lock);
  proc *p = find_locked(handle);
  int exited = p ? p->exited : 0, status = p ? p->status : 0;
  if (p) {
    int sig = (int)arg_u64(args[PROC_RELEASE_SIGNAL], 0);
    if (sig && kill(-p->pid, sig) < 0 && errno != ESRCH) /* ESRCH: nothing is left of its group */
      agent_log("release: signal %d to process group %d: %s", sig, (int)p->pid, strerror(errno));
    p->released = 1;
    for (int i = 0; i < STREAMS; i++) { free(p->out[i].data); p->out[i].data = NULL; p->out[i].len = p->out[i].cap = 0; }
    wake_pump(); /* frees it if it already exited */
  }
  pthread_mutex_unlock(&lock);
  if (!p) return no_such_handle(err, handle);
  mp_put_map(out, PROC_RELEASE_RESULT_FIELDS);
  put_status(out, exited, status);
  return 0;
}
