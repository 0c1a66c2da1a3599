/* What programs may rely on in a booted Linux, set up by the agent as PID 1
 * where an init (systemd, udev, an initramfs script) would: the API
 * filesystems systemd mounts, the /dev links udev makes (without /dev/stdout,
 * `echo x > /dev/stdout` creates a regular file and the output is gone: the
 * kernel's kselftest runner writes every test's output that way), a hostname,
 * a loopback interface that is up, the basic /etc files, and a file limit a
 * program can raise. Nothing here is fatal: a kernel without a filesystem
 * simply goes without it (a line in the kernel log says so).
 * docs/guest-environment.md lists what is set up and what stays different. */
#define _GNU_SOURCE
#include "agent.h"
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
  const char *fstype, *target;
  unsigned long flags;
  const char *data;
} api_mount;

/* As systemd mounts them (src/shared/mount-setup.c and its .mount units), in
 * parent-first order. /tmp is a tmpfs as on Debian 13 and most distributions. */
static const api_mount API_MOUNTS[] = {
  { "devpts", "/dev/pts", MS_NOSUID | MS_NOEXEC, "gid=5,mode=0620,ptmxmode=0666" },
  { "tmpfs", "/dev/shm", MS_NOSUID | MS_NODEV, "mode=1777" },
  { "mqueue", "/dev/mqueue", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL },
  { "hugetlbfs", "/dev/hugepages", MS_NOSUID | MS_NODEV, NULL },
  { "tmpfs", "/run", MS_NOSUID | MS_NODEV, "mode=0755" },
  { "tmpfs", "/tmp", MS_NOSUID | MS_NODEV, "mode=1777" },
  { "securityfs", "/sys/kernel/security", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL },
  { "cgroup2", "/sys/fs/cgroup", MS_NOSUID | MS_NODEV | MS_NOEXEC, "nsdelegate" },
  { "pstore", "/sys/fs/pstore", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL },
  { "bpf", "/sys/fs/bpf", MS_NOSUID | MS_NODEV | MS_NOEXEC, "mode=0700" },
  { "debugfs", "/sys/kernel/debug", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL },
  { "tracefs", "/sys/kernel/tracing", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL },
  { "configfs", "/sys/kernel/config", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL },
  { "fusectl", "/sys/fs/fuse/connections", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL },
};

/* The links udev (and systemd-tmpfiles' static-nodes) make in /dev. */
static const char *const DEV_LINKS[][2] = {
  { "/dev/fd", "/proc/self/fd" },
  { "/dev/stdin", "/proc/self/fd/0" },
  { "/dev/stdout", "/proc/self/fd/1" },
  { "/dev/stderr", "/proc/self/fd/2" },
  { "/dev/core", "/proc/kcore" },
};

/* Written only where the guest's root has none (the built-in busybox root has
 * none; a distribution's has its own): the users and groups a Debian base
 * system has that tests commonly switch to or look up. */
static const char *const ETC_FILES[][2] = {
  { "/etc/passwd",
    "root:x:0:0:root:/root:/bin/sh\n"
    "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
    "bin:x:2:2:bin:/bin:/usr/sbin/nologin\n"
    "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n" },
  { "/etc/group",
    "root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nkmem:x:15:\n"
    "dialout:x:20:\nsudo:x:27:\naudio:x:29:\nvideo:x:44:\nusers:x:100:\nnogroup:x:65534:\n" },
  { "/etc/hosts", "127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n127.0.1.1\tprovium\n" },
  { "/etc/hostname", "provium\n" },
  { "/etc/shells", "/bin/sh\n" },
  { "/etc/nsswitch.conf", "passwd: files\ngroup: files\nshadow: files\nhosts: files dns\n" },
};

/* RLIMIT_NOFILE's hard limit under systemd (HIGH_RLIMIT_NOFILE); the kernel gives init 4096. */
#define NOFILE_HARD 524288

static int filesystem_supported(const char *fstype) {
  FILE *f = fopen("/proc/filesystems", "re");
  if (!f) return 0;
  char line[128];
  int found = 0;
  while (!found && fgets(line, sizeof line, f)) {
    line[strcspn(line, "\n")] = 0;
    const char *name = strrchr(line, '\t');
    found = strcmp(name ? name + 1 : line, fstype) == 0;
  }
  fclose(f);
  return found;
}

static void mount_each(void) {
  for (size_t i = 0; i < sizeof API_MOUNTS / sizeof API_MOUNTS[0]; i++) {
    const api_mount *m = &API_MOUNTS[i];
    if (!filesystem_supported(m->fstype)) continue; /* e.g. no CONFIG_HUGETLBFS: as on a booted system, no mount */
    op_error err;
    if (make_parents(m->target, 1, &err) < 0) { agent_log("%s", err.message); continue; }
    if (mount(m->fstype, m->target, m->fstype, m->flags, m->data) < 0 && errno != EBUSY)
      agent_log("mount %s on %s: %s", m->fstype, m->target, strerror(errno));
  }
}

static void make_dev_links(void) {
  for (size_t i = 0; i < sizeof DEV_LINKS / sizeof DEV_LINKS[0]; i++)
    if (symlink(DEV_LINKS[i][1], DEV_LINKS[i][0]) < 0 && errno != EEXIST) agent_log("symlink %s: %s", DEV_LINKS[i][0], strerror(errno));
}

static void write_missing(const char *path, const char *text) {
  int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    if (errno != EEXIST && errno != EROFS) agent_log("%s: %s", path, strerror(errno));
    return;
  }
  size_t len = strlen(text);
  if (write(fd, text, len) != (ssize_t)len) agent_log("%s: %s", path, strerror(errno));
  close(fd);
}

/* /etc basics, /root, /var/tmp and the /etc/mtab and /var/run links, each only where missing. */
static void fill_root(void) {
  op_error err;
  if (make_parents("/etc", 1, &err) < 0) agent_log("%s", err.message);
  for (size_t i = 0; i < sizeof ETC_FILES / sizeof ETC_FILES[0]; i++) write_missing(ETC_FILES[i][0], ETC_FILES[i][1]);
  if (symlink("../proc/self/mounts", "/etc/mtab") < 0 && errno != EEXIST) agent_log("symlink /etc/mtab: %s", strerror(errno));
  if (mkdir("/root", 0700) < 0 && errno != EEXIST) agent_log("mkdir /root: %s", strerror(errno));
  if (make_parents("/var", 1, &err) == 0) {
    if (mkdir("/var/tmp", 01777) == 0) chmod("/var/tmp", 01777); /* past the umask */
    if (symlink("/run", "/var/run") < 0 && errno != EEXIST) agent_log("symlink /var/run: %s", strerror(errno));
  }
}

/* The hostname /etc/hostname names (the kernel's is "(none)"). */
static void set_hostname(void) {
  char name[65] = "";
  FILE *f = fopen("/etc/hostname", "re");
  if (f) {
    if (!fgets(name, sizeof name, f)) name[0] = 0;
    fclose(f);
  }
  name[strcspn(name, " \t\r\n")] = 0;
  if (!name[0]) snprintf(name, sizeof name, "provium");
  if (sethostname(name, strlen(name)) < 0) agent_log("sethostname: %s", strerror(errno));
}

/* Brings lo up: the kernel then gives it 127.0.0.1/8 and ::1 (systemd does this first thing). */
static void loopback_up(void) {
  int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return; /* a kernel without networking */
  struct ifreq ifr = { 0 };
  snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "lo");
  if (ioctl(fd, SIOCGIFFLAGS, &ifr) == 0) {
    ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
    if (ioctl(fd, SIOCSIFFLAGS, &ifr) < 0) agent_log("loopback up: %s", strerror(errno));
  }
  close(fd);
}

static void raise_file_limit(void) {
  struct rlimit nofile;
  if (getrlimit(RLIMIT_NOFILE, &nofile) < 0 || nofile.rlim_max >= NOFILE_HARD) return;
  nofile.rlim_max = NOFILE_HARD;
  if (setrlimit(RLIMIT_NOFILE, &nofile) < 0) agent_log("RLIMIT_NOFILE: %s", strerror(errno));
}

void mount_api_filesystems(void) {
  mount_each();
  make_dev_links();
}

void prepare_userspace(void) {
  fill_root();
  set_hostname();
  loopback_up();
  raise_file_limit();
}
