/* Provium guest agent: started as PID 1 (rdinit=), it prepares the guest and
 * serves framed, request-id multiplexed msgpack requests on a virtio-serial
 * port. Every request runs in its own thread, so a long exec never blocks a
 * read_file. PID 1 must never exit (the kernel would panic): host disconnects
 * are normal and the agent simply waits for the next connection. */
#define _GNU_SOURCE
#include "agent.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>


static int port_fd = -1;
static pthread_mutex_t write_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t inflight_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t inflight_changed = PTHREAD_COND_INITIALIZER;
static int inflight;

void agent_log(const char *fmt, ...) {
  char message[480], line[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(message, sizeof message, fmt, ap);
  va_end(ap);
  int len = snprintf(line, sizeof line, "<6>provium-agent: %s\n", message);
  int fd = open("/dev/kmsg", O_WRONLY | O_CLOEXEC);
  if (fd < 0) return;
  (void)!write(fd, line, (size_t)len < sizeof line ? (size_t)len : sizeof line - 1);
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

static void mount_basics(void) {
  struct { const char *src, *dir, *type; } fs[] = {
    { "proc", "/proc", "proc" }, { "sysfs", "/sys", "sysfs" }, { "devtmpfs", "/dev", "devtmpfs" },
  };
  for (size_t i = 0; i < sizeof fs / sizeof fs[0]; i++) {
    mkdir(fs[i].dir, 0755);
    if (mount(fs[i].src, fs[i].dir, fs[i].type, 0, NULL) < 0 && errno != EBUSY)
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

/* Finds /dev/vportNpM whose name is AGENT_PORT_NAME; the device may appear
 * shortly after the driver loads, so keep looking for a while. */
static int open_port(void) {
  for (int attempt = 0; attempt < 2000; attempt++) {
    DIR *dir = opendir("/sys/class/virtio-ports");
    struct dirent *entry;
    while (dir && (entry = readdir(dir))) {
      if (entry->d_name[0] == '.') continue;
      char path[512], name[128] = "";
      snprintf(path, sizeof path, "/sys/class/virtio-ports/%s/name", entry->d_name);
      FILE *f = fopen(path, "re");
      if (!f) continue;
      if (!fgets(name, sizeof name, f)) name[0] = 0;
      fclose(f);
      name[strcspn(name, "\n")] = 0;
      if (strcmp(name, AGENT_PORT_NAME) != 0) continue;
      snprintf(path, sizeof path, "/dev/%s", entry->d_name);
      closedir(dir);
      int fd = open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC);
      if (fd >= 0) return fd;
      agent_log("open %s: %s", path, strerror(errno));
      dir = NULL;
      break;
    }
    if (dir) closedir(dir);
    usleep(5000);
  }
  return -1;
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
      ssize_t n = write(port_fd, parts[p] + done, sizes[p] - done);
      if (n > 0) { done += (size_t)n; continue; }
      if (n < 0 && errno == EINTR) continue;
      struct pollfd pfd = { .fd = port_fd, .events = POLLOUT };
      if (n < 0 && errno == EAGAIN && poll(&pfd, 1, 5000) > 0 && !(pfd.revents & POLLHUP)) continue;
      goto out; /* host gone: the response is lost with its connection */
    }
  }
out:
  pthread_mutex_unlock(&write_lock);
}

typedef struct {
  uint8_t *frame;
  size_t len;
} request;

void wait_until_only_request(void) {
  pthread_mutex_lock(&inflight_lock);
  while (inflight > 1) pthread_cond_wait(&inflight_changed, &inflight_lock);
  pthread_mutex_unlock(&inflight_lock);
}

static void *serve_request(void *arg) {
  request *req = arg;
  mp_val root;
  if (mp_decode(req->frame, req->len, &root) < 0) {
    agent_log("dropping undecodable request of %zu bytes", req->len);
  } else {
    uint64_t id = 0;
    mp_as_u64(mp_get(&root, "id"), &id);
    op_error err = { "", 0 };
    mp_buf result = { 0 }, out = { 0 };
    const mp_val *args[OP_MAX_ARGS];
    const op_spec *op = find_op(mp_get(&root, "op"), &err);
    op_handler handler = op ? op_handler_for((enum op_id)(op - op_specs)) : NULL;
    int rc = -1;
    if (op && !handler) fail(&err, ENOSYS, "op '%s' is not implemented by this agent", op->name);
    else if (op && validate_args(op, mp_get(&root, "args"), args, &err) == 0) rc = handler(args, &result, &err);
    mp_put_map(&out, rc == 0 ? 3 : 4);
    mp_put_cstr(&out, "id"); mp_put_uint(&out, id);
    mp_put_cstr(&out, "ok"); mp_put_bool(&out, rc == 0);
    if (rc == 0) {
      mp_put_cstr(&out, "result");
      if (result.len) mp_put_encoded(&out, &result); else mp_put_map(&out, 0);
    } else {
      mp_put_cstr(&out, "error"); mp_put_cstr(&out, err.message);
      mp_put_cstr(&out, "errno"); mp_put_int(&out, err.errnum);
    }
    send_frame(&out);
    mp_buf_free(&result);
    mp_buf_free(&out);
    mp_free(&root);
  }
  free(req->frame);
  free(req);
  pthread_mutex_lock(&inflight_lock);
  inflight--;
  pthread_cond_broadcast(&inflight_changed);
  pthread_mutex_unlock(&inflight_lock);
  return NULL;
}

static void dispatch(const uint8_t *payload, size_t len) {
  request *req = malloc(sizeof *req);
  req->frame = malloc(len ? len : 1);
  memcpy(req->frame, payload, len);
  req->len = len;
  pthread_mutex_lock(&inflight_lock);
  inflight++;
  pthread_mutex_unlock(&inflight_lock);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_t thread;
  if (pthread_create(&thread, &attr, serve_request, req) != 0) serve_request(req);
  pthread_attr_destroy(&attr);
}

/* Splits the byte stream into frames. Bytes before a magic are skipped: that
 * is how framing recovers after a host reconnects mid-frame. */
static size_t consume_frames(uint8_t *buf, size_t len) {
  size_t pos = 0;
  while (len - pos >= FRAME_HEADER_BYTES) {
    if (memcmp(buf + pos, FRAME_MAGIC, 4) != 0) { pos++; continue; }
    uint32_t size = (uint32_t)buf[pos + 4] << 24 | (uint32_t)buf[pos + 5] << 16 | (uint32_t)buf[pos + 6] << 8 | buf[pos + 7];
    if (size > FRAME_MAX_BYTES) { pos++; continue; }
    if (len - pos - FRAME_HEADER_BYTES < size) break;
    dispatch(buf + pos + FRAME_HEADER_BYTES, size);
    pos += FRAME_HEADER_BYTES + size;
  }
  return pos;
}

static void reap_children(void) {
  int status;
  pid_t pid;
  while ((pid = waitpid(-1, &status, WNOHANG)) > 0) exec_child_exited(pid, status);
}

int main(void) {
  /* execvpe searches the agent's own PATH; the kernel starts init without one */
  setenv("PATH", "/usr/sbin:/usr/bin:/sbin:/bin", 1);
  mount_basics();
  /* The kernel may start init without stdio (no /dev/console in the
   * initramfs); fill fds 0-2 so pipes never land there. */
  int fd;
  while ((fd = open("/dev/console", O_RDWR)) >= 0 && fd < 3) {}
  if (fd > 2) close(fd);
  while ((fd = open("/dev/null", O_RDWR)) >= 0 && fd < 3) {}
  if (fd > 2) close(fd);
  load_modules();
  /* mounts.c: the host's filesystem images and root filesystem. When they fail (a "fatal:" line
   * says why), the agent does not serve: the host fails the boot on that line, never racing it. */
  int prepared = mount_images() == 0;
  /* SIGCHLD is handled synchronously in the loop below; threads inherit the mask. */
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGCHLD);
  sigaddset(&mask, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &mask, NULL);
  sigdelset(&mask, SIGPIPE);
  int sig_fd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);

  port_fd = prepared ? open_port() : -1;
  /* "fatal:" lines make the host fail the boot at once instead of at its timeout. */
  if (port_fd < 0 && prepared)
    agent_log("fatal: no virtio port named %s: the kernel needs CONFIG_VIRTIO_PCI and CONFIG_VIRTIO_CONSOLE, "
              "built in or as modules listed in the initramfs's /etc/provium/modules", AGENT_PORT_NAME);
  else if (port_fd >= 0) agent_log("serving on %s (protocol %d)", AGENT_PORT_NAME, PROTOCOL_VERSION);

  size_t cap = 1 << 16, len = 0;
  uint8_t *buf = malloc(cap);
  for (;;) {
    struct pollfd fds[2] = { { .fd = sig_fd, .events = POLLIN }, { .fd = port_fd, .events = POLLIN } };
    if (poll(fds, port_fd >= 0 ? 2 : 1, -1) < 0) continue;
    if (fds[0].revents) {
      struct signalfd_siginfo info;
      while (read(sig_fd, &info, sizeof info) > 0) {}
      reap_children();
    }
    if (port_fd < 0 || !fds[1].revents) continue;
    if (len == cap) {
      if (cap >= FRAME_MAX_BYTES + FRAME_HEADER_BYTES) len = 0; /* cannot happen with valid frames */
      else { cap *= 2; buf = realloc(buf, cap); }
    }
    ssize_t n = read(port_fd, buf + len, cap - len);
    if (n > 0) {
      len += (size_t)n;
      size_t used = consume_frames(buf, len);
      /* only when a frame was consumed: a large frame arrives in many small reads */
      if (used) memmove(buf, buf + used, len - used);
      len -= used;
    } else if (n == 0 || (fds[1].revents & POLLHUP)) {
      /* host disconnected: drop any partial frame and wait for the next host */
      len = 0;
      usleep(5000);
    }
  }
}
