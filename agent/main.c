/* Provium guest agent: started as PID 1 (rdinit=), it prepares the guest and
 * serves framed, request-id multiplexed msgpack requests on a virtio-serial
 * port. Every request runs in its own thread, so a long exec never blocks a
 * read_file. PID 1 must never exit (the kernel would panic): host disconnects
 * are normal and the agent simply waits for the next connection.
 *
 * On the host, `provium-agent --stdio` (or `--fd=N`, a socket) serves the same
 * protocol as an ordinary process, for tests: no guest preparation, children
 * still reaped (as a subreaper), and it exits once the host closes its end. */
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
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define READ_BUFFER (1u << 16)

static int in_fd = -1, out_fd = -1;
static pthread_mutex_t write_lock = PTHREAD_MUTEX_INITIALIZER;

static void mount_basics(void) {
  /* with the flags systemd mounts them with */
  struct { const char *src, *dir, *type; unsigned long flags; } fs[] = {
    { "proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC },
    { "sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC },
    { "devtmpfs", "/dev", "devtmpfs", MS_NOSUID },
  };
  for (size_t i = 0; i < sizeof fs / sizeof fs[0]; i++) {
    if (mkdir(fs[i].dir, 0755) < 0 && errno != EEXIST) agent_log("mkdir %s: %s", fs[i].dir, strerror(errno));
    if (mount(fs[i].src, fs[i].dir, fs[i].type, fs[i].flags, NULL) < 0 && errno != EBUSY)
      agent_log("mount %s: %s", fs[i].dir, strerror(errno));
  }
}

/* Loads the modules listed (in dependency order) in /etc/provium/modules. */
static void load_modules(void) {
  FILE *list = fopen("/etc/provium/modules", "re");
  if (!list) return;
  char name[256];
  while (fgets(name, sizeof name, list)) {
    name[strcspn(name, "\r\n")] = 0;
    if (!name[0]) continue;
    char path[512];
    snprintf(path, sizeof path, "/lib/modules/provium/%s", name);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) { agent_log("module %s: %s", path, strerror(errno)); continue; }
    if (syscall(SYS_finit_module, fd, "", 0) < 0 && errno != EEXIST)
      agent_log("load %s: %s", name, strerror(errno));
    close(fd);
  }
  fclose(list);
}

/* Opens /dev/vportNpM whose name is AGENT_PORT_NAME; the device may appear
 * shortly after the driver loads, so keep looking for a while. "fatal:"
 * lines make the host fail the boot at once instead of at its timeout. */
static int open_port(void) {
  char path[300];
  if (find_device("/sys/class/virtio-ports", "name", AGENT_PORT_NAME, 2000, 5000, path, sizeof path) < 0) {
    agent_log("fatal: no virtio port named %s: the kernel needs CONFIG_VIRTIO_PCI and CONFIG_VIRTIO_CONSOLE, "
              "built in or as modules listed in the initramfs's /etc/provium/modules", AGENT_PORT_NAME);
    return -1;
  }
  int fd = open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) agent_log("fatal: cannot open the agent's port %s: %s", path, strerror(errno));
  return fd;
}

/* PID 1's duties before serving: basic mounts, stdio, the virtio modules, the
 * host's images, what programs expect of a booted system. Returns 0 when the
 * guest is ready to serve. */
static int prepare_guest(void) {
  /* execvpe searches the agent's own PATH; the kernel starts init without one */
  if (setenv("PATH", GUEST_PATH, 1) < 0) agent_log("setenv PATH: %s", strerror(errno));
  mount_basics();
  /* The kernel may start init without stdio (no /dev/console in the
   * initramfs); fill fds 0-2 so pipes never land there. */
  int fd;
  while ((fd = open("/dev/console", O_RDWR)) >= 0 && fd < 3) {}
  if (fd > 2) close(fd);
  while ((fd = open("/dev/null", O_RDWR)) >= 0 && fd < 3) {}
  if (fd > 2) close(fd);
  mount_api_filesystems(); /* userspace.c: before the images, which may be mounted inside /tmp or /run */
  load_modules();
  /* mounts.c: the host's filesystem images and root filesystem. When they fail (a "fatal:" line
   * says why), the agent does not serve: the host fails the boot on that line, never racing it. */
  if (mount_images() < 0) return -1;
  prepare_userspace(); /* in the root the guest ends up with */
  return 0;
}

/* Writes one frame; gives up (dropping the frame) when the host stops reading. */
static void send_frame(const mp_buf *payload) {
  uint8_t header[FRAME_HEADER_BYTES];
  memcpy(header, FRAME_MAGIC, 4);
  for (int i = 0; i < 4; i++) header[4 + i] = (uint8_t)(payload->len >> (24 - 8 * i));
  pthread_mutex_lock(&write_lock);
  const uint8_t *parts[2] = { header, payload->data };
  size_t sizes[2] = { FRAME_HEADER_BYTES, payload->len };
  for (int p = 0; p < 2; p++) {
    size_t done = 0;
    while (done < sizes[p]) {
      ssize_t n = write(out_fd, parts[p] + done, sizes[p] - done);
      if (n > 0) { done += (size_t)n; continue; }
      if (n < 0 && errno == EINTR) continue;
      struct pollfd pfd = { .fd = out_fd, .events = POLLOUT };
      if (n < 0 && errno == EAGAIN && poll(&pfd, 1, 5000) > 0 && !(pfd.revents & POLLHUP)) continue;
      goto out; /* host gone: the response is lost with its connection */
    }
  }
out:
  pthread_mutex_unlock(&write_lock);
}

typedef struct {
  uint8_t *memory; /* what to free: the frame, or the read buffer it sits in */
  const uint8_t *frame;
  size_t len;
} request;

static void *serve_request(void *arg) {
  request *req = arg;
  mp_buf reply = { 0 };
  serve_frame(req->frame, req->len, &reply, NULL);
  if (reply.len) send_frame(&reply);
  mp_buf_free(&reply);
  free(req->memory);
  free(req);
  request_finished();
  return NULL;
}

static void start_request(request *req) {
  request_started();
  pthread_attr_t attr;
  pthread_t thread;
  int rc = pthread_attr_init(&attr);
  if (rc == 0) {
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    rc = pthread_create(&thread, &attr, serve_request, req);
    pthread_attr_destroy(&attr);
  }
  if (rc != 0) {
    /* serve it on this thread: slower for everyone, but answered */
    agent_log("no thread for a request (%s): serving it inline", strerror(rc));
    serve_request(req);
  }
}

/* Where the next bytes of the stream go. A frame is buffered whole before it
 * is served; one too large to buffer (no memory) is skipped, not fatal. */
typedef struct {
  uint8_t *buf;
  size_t len, cap;
  size_t discard; /* bytes of a skipped frame still to come */
} stream;

static size_t frame_size(const uint8_t *p) {
  return (size_t)p[4] << 24 | (size_t)p[5] << 16 | (size_t)p[6] << 8 | p[7];
}

/* Hands the frame at pos to a thread. A large frame that is all the buffer
 * holds is handed over with the buffer (the stream takes a fresh one), so a
 * 64 MiB request is held once, not twice. */
static void dispatch(stream *s, size_t pos, size_t len) {
  request *req = malloc(sizeof *req);
  uint8_t *fresh = NULL, *copy = NULL;
  if (req && s->cap > READ_BUFFER && pos == 0 && FRAME_HEADER_BYTES + len == s->len && (fresh = malloc(READ_BUFFER))) {
    *req = (request){ s->buf, s->buf + FRAME_HEADER_BYTES, len };
    s->buf = fresh; s->cap = READ_BUFFER; s->len = 0;
    start_request(req);
    return;
  }
  if (!req || !(copy = malloc(len ? len : 1))) {
    /* without memory there is no reply either; the host's call times out */
    agent_log("out of memory: dropping a request of %zu bytes", len);
    free(req);
    return;
  }
  memcpy(copy, s->buf + pos + FRAME_HEADER_BYTES, len);
  *req = (request){ copy, copy, len };
  start_request(req);
}

/* Splits the buffered bytes into frames and keeps the rest. Bytes before a
 * magic are skipped: that is how framing recovers after a host reconnects
 * mid-frame. */
static void consume_frames(stream *s) {
  size_t pos = 0;
  while (s->len - pos >= FRAME_HEADER_BYTES) {
    if (memcmp(s->buf + pos, FRAME_MAGIC, 4) != 0) { pos++; continue; }
    size_t size = frame_size(s->buf + pos);
    if (size > FRAME_MAX_BYTES) { pos++; continue; }
    if (s->len - pos - FRAME_HEADER_BYTES < size) break;
    dispatch(s, pos, size);
    if (s->len == 0) return; /* the buffer went with the frame */
    pos += FRAME_HEADER_BYTES + size;
  }
  /* only when something was consumed: a large frame arrives in many page-sized reads */
  if (pos) memmove(s->buf, s->buf + pos, s->len - pos);
  s->len -= pos;
}

/* Makes room for the frame at the head of the buffer (the buffer is full). */
static void grow(stream *s) {
  size_t need = FRAME_HEADER_BYTES + frame_size(s->buf); /* consume_frames left a frame's start here */
  uint8_t *grown = need > s->cap ? realloc(s->buf, need) : NULL;
  if (grown) { s->buf = grown; s->cap = need; return; }
  agent_log("out of memory: skipping a request frame of %zu bytes", need);
  s->discard = need - s->len;
  s->len = 0;
}

static void receive(stream *s, size_t n) {
  if (s->discard) {
    size_t drop = n < s->discard ? n : s->discard;
    memmove(s->buf + s->len, s->buf + s->len + drop, n - drop);
    s->discard -= drop;
    n -= drop;
  }
  s->len += n;
  consume_frames(s);
  if (s->len == 0 && s->cap > READ_BUFFER) {
    /* give a large frame's memory back (the guest is small) */
    uint8_t *shrunk = realloc(s->buf, READ_BUFFER);
    if (shrunk) { s->buf = shrunk; s->cap = READ_BUFFER; }
  }
}

static void reap_children(void) {
  int status;
  pid_t pid;
  while ((pid = waitpid(-1, &status, WNOHANG)) > 0) exec_child_exited(pid, status);
}

static int parse_mode(int argc, char **argv) {
  if (getpid() == 1) return 0; /* the kernel passes unknown cmdline words to init: ignore them */
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--stdio") == 0) { in_fd = 0; out_fd = 1; }
    else if (strncmp(argv[i], "--fd=", 5) == 0) in_fd = out_fd = atoi(argv[i] + 5);
  }
  if (in_fd < 0) {
    fprintf(stderr, "usage: %s --stdio | --fd=N\n(the agent is PID 1 in a guest; these serve the protocol on the host, for tests)\n", argv[0]);
    exit(2);
  }
  return 1;
}

int main(int argc, char **argv) {
  agent_host_mode = parse_mode(argc, argv);
  int prepared = 1;
  if (!agent_host_mode) prepared = prepare_guest() == 0;
  else {
    agent_log_fd = 2;
    if (in_fd > 2 && fcntl(in_fd, F_SETFD, FD_CLOEXEC) < 0) agent_log("--fd=%d: %s", in_fd, strerror(errno));
    /* orphans of exec'd commands come back to us, as they would to PID 1 */
    if (prctl(PR_SET_CHILD_SUBREAPER, 1) < 0) agent_log("PR_SET_CHILD_SUBREAPER: %s", strerror(errno));
  }
  /* SIGCHLD is handled synchronously in the loop below; threads inherit the mask. */
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGCHLD);
  sigaddset(&mask, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &mask, NULL);
  sigdelset(&mask, SIGPIPE);
  int sig_fd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
  /* without it, children are reaped by polling */
  if (sig_fd < 0) agent_log("signalfd: %s: reaping children every 50 ms", strerror(errno));

  if (!agent_host_mode) {
    in_fd = out_fd = prepared ? open_port() : -1;
    if (in_fd >= 0) agent_log("serving on %s (protocol %d)", AGENT_PORT_NAME, PROTOCOL_VERSION);
  }

  stream s = { .cap = READ_BUFFER };
  while (!(s.buf = malloc(s.cap))) {
    agent_log("out of memory for the read buffer; retrying");
    sleep(1);
  }
  int closing = 0; /* host mode, input closed: finish what is in flight, then exit */
  for (;;) {
    if (closing && requests_in_flight() == 0) break;
    struct pollfd fds[2] = { { .fd = sig_fd, .events = POLLIN }, { .fd = in_fd, .events = POLLIN } };
    if (poll(fds, 2, sig_fd < 0 || closing ? 50 : -1) < 0) continue;
    if (sig_fd < 0 || fds[0].revents) {
      struct signalfd_siginfo info;
      while (sig_fd >= 0 && read(sig_fd, &info, sizeof info) > 0) {}
      reap_children();
    }
    if (in_fd < 0 || !fds[1].revents) continue;
    /* A large frame arrives a page per read: take what the port holds before polling again (the
     * guest's port is non-blocking; the host mode's input may block, so it polls every time). */
    ssize_t n = 0;
    for (int reads = 0; reads < (agent_host_mode ? 1 : 256); reads++) {
      if (s.len == s.cap) grow(&s);
      ssize_t got = read(in_fd, s.buf + s.len, s.cap - s.len);
      if (reads == 0) n = got;
      if (got <= 0) break;
      receive(&s, (size_t)got);
    }
    if (n == 0 || (n < 0 && (fds[1].revents & (POLLHUP | POLLERR)))) {
      /* host disconnected: drop any partial frame and wait for the next host */
      s.len = s.discard = 0;
      if (agent_host_mode) { closing = 1; in_fd = -1; }
      else usleep(5000);
    }
  }
  free(s.buf);
  return 0;
}
