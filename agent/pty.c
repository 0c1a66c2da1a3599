/* Pseudo-terminals for spawn's pty option: the interactive shell of
 * `provium shell` runs on one, so line editing, job control and Ctrl-C
 * (the line discipline turns the byte 0x03 into SIGINT for the foreground
 * process group) work as on a console. */
#define _GNU_SOURCE
#include "agent.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

/* The guest's /dev is a devtmpfs: /dev/ptmx needs a devpts at /dev/pts,
 * which only mount_vfs() mounts. A host-mode agent uses the host's. */
static int ensure_devpts(op_error *err) {
  if (agent_host_mode || access("/dev/pts/ptmx", F_OK) == 0) return 0;
  if (mkdir("/dev/pts", 0755) < 0 && errno != EEXIST) return fail(err, errno, "pty: mkdir /dev/pts: %s", strerror(errno));
  if (mount("devpts", "/dev/pts", "devpts", MS_NOSUID | MS_NOEXEC, "ptmxmode=0666,mode=0620") < 0 && errno != EBUSY)
    return fail(err, errno, "pty: mount devpts on /dev/pts: %s (the kernel needs CONFIG_UNIX98_PTYS)", strerror(errno));
  return 0;
}

int pty_set_size(int master, uint64_t rows, uint64_t cols, op_error *err) {
  struct winsize size = { .ws_row = (unsigned short)rows, .ws_col = (unsigned short)cols };
  if (ioctl(master, TIOCSWINSZ, &size) < 0) return fail(err, errno, "pty: set window size: %s", strerror(errno));
  return 0;
}

int pty_open(int *master, int *slave, uint64_t rows, uint64_t cols, op_error *err) {
  *master = *slave = -1;
  if (ensure_devpts(err) < 0) return -1;
  int m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (m < 0) return fail(err, errno, "pty: posix_openpt: %s", strerror(errno));
  char name[64];
  int s = -1, rc = -1;
  if (grantpt(m) < 0 || unlockpt(m) < 0 || ptsname_r(m, name, sizeof name) != 0) fail(err, errno, "pty: unlock: %s", strerror(errno));
  else if ((s = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)) < 0) fail(err, errno, "pty: open %s: %s", name, strerror(errno));
  else if (fcntl(m, F_SETFL, O_NONBLOCK) < 0) fail(err, errno, "pty: fcntl: %s", strerror(errno));
  else rc = pty_set_size(m, rows ? rows : 24, cols ? cols : 80, err);
  if (rc == 0) {
    *master = m;
    *slave = s;
    return 0;
  }
  if (s >= 0) close(s);
  close(m);
  return -1;
}
