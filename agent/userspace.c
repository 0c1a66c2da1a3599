/* What programs may rely on in a booted Linux, set up by the agent as PID 1
 * where an init (systemd, udev, an initramfs script) would: the API
 * filesystems systemd mounts, the /dev links udev makes (without /dev/stdout,
 * `echo x > /dev/stdout` creates a regular file and the output is gone: the
 * kernel's kselftest runner writes every test's output that way), the device
 * nodes that load their module when opened, a hostname, a loopback interface
 * that is up, the basic /etc files and runtime directories, systemd's limits,
 * sysctls and cgroup controllers. Each item was found missing by comparing
 * scripts/guest-inventory.sh's output with a systemd boot of Debian
 * (test/data/systemd-inventory.txt). Nothing here is fatal: a kernel without
 * a filesystem simply goes without it (a line in the kernel log says so).
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
#include <sys/sysmacros.h>
#include <sys/utsname.h>
#include <unistd.h>

typedef struct {
  const char *fstype, *target;
  unsigned long flags;
  const char *data;
  const char *module; /* loaded (once the modules are there) when the kernel has the filesystem as a module */
} api_mount;

/* As systemd mounts them (src/shared/mount-setup.c, its .mount units and
 * Debian's initramfs, which mounts /run), in parent-first order. /tmp is a
 * tmpfs as on Debian 13 and most distributions. */
static const api_mount API_MOUNTS[] = {
  { "devpts", "/dev/pts", MS_NOSUID | MS_NOEXEC, "gid=5,mode=0620", NULL },
  { "tmpfs", "/dev/shm", MS_NOSUID | MS_NODEV, "mode=1777", NULL },
  { "mqueue", "/dev/mqueue", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL, NULL },
  { "hugetlbfs", "/dev/hugepages", 0, NULL, NULL },
  { "tmpfs", "/run", MS_NOSUID | MS_NODEV | MS_NOEXEC, "mode=0755", NULL },
  { "tmpfs", "/tmp", MS_NOSUID | MS_NODEV, "mode=1777", NULL },
  { "securityfs", "/sys/kernel/security", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL, NULL },
  { "cgroup2", "/sys/fs/cgroup", MS_NOSUID | MS_NODEV | MS_NOEXEC, "nsdelegate", NULL },
  { "pstore", "/sys/fs/pstore", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL, NULL },
  { "bpf", "/sys/fs/bpf", MS_NOSUID | MS_NODEV | MS_NOEXEC, "mode=0700", NULL },
  { "debugfs", "/sys/kernel/debug", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL, NULL },
  { "tracefs", "/sys/kernel/tracing", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL, NULL },
  { "configfs", "/sys/kernel/config", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL, "configfs" },
  /* fuse is a module (30 ms to load under TCG) that /dev/fuse loads when opened: fusectl is then registered, unmounted */
  { "fusectl", "/sys/fs/fuse/connections", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL, NULL },
  { "binfmt_misc", "/proc/sys/fs/binfmt_misc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL, "binfmt_misc" },
};

/* Of the modules systemd loads at boot whatever the hardware (its modprobe@ units), the one whose
 * devices a program may open without loading it first: /dev/loop0… (`losetup /dev/loop0 img`).
 * fuse and dm_mod load when /dev/fuse or /dev/mapper/control is opened (make_static_nodes); configfs
 * comes with its mount. Each takes ~30 ms under TCG. */
static const char *const BOOT_MODULES[] = { "loop" };

/* The links udev (and systemd-tmpfiles' static-nodes) make in /dev; /dev/rtc only when there is an rtc0. */
static const char *const DEV_LINKS[][2] = {
  { "/dev/fd", "/proc/self/fd" },
  { "/dev/stdin", "/proc/self/fd/0" },
  { "/dev/stdout", "/proc/self/fd/1" },
  { "/dev/stderr", "/proc/self/fd/2" },
  { "/dev/core", "/proc/kcore" },
  { "/dev/rtc", "rtc0" },
};

/* Device nodes every user may open (FUSE, TUN and VFIO without root). */
static const char *const OPEN_NODES[] = { "/dev/fuse", "/dev/net/tun", "/dev/vfio/vfio" };

/* Written only where the guest's root has none (the built-in busybox root has
 * none; a distribution's has its own): Debian's base users and groups
 * (base-passwd; root's shell is /bin/sh, as busybox has no bash) and name
 * service switch (libc-bin). /etc/hosts is written with the hostname (write_hosts). */
static const char *const ETC_FILES[][2] = {
  { "/etc/passwd",
    "root:x:0:0:root:/root:/bin/sh\n"
    "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
    "bin:x:2:2:bin:/bin:/usr/sbin/nologin\n"
    "sys:x:3:3:sys:/dev:/usr/sbin/nologin\n"
    "sync:x:4:65534:sync:/bin:/bin/sync\n"
    "games:x:5:60:games:/usr/games:/usr/sbin/nologin\n"
    "man:x:6:12:man:/var/cache/man:/usr/sbin/nologin\n"
    "lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin\n"
    "mail:x:8:8:mail:/var/mail:/usr/sbin/nologin\n"
    "news:x:9:9:news:/var/spool/news:/usr/sbin/nologin\n"
    "uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin\n"
    "proxy:x:13:13:proxy:/bin:/usr/sbin/nologin\n"
    "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n"
    "backup:x:34:34:backup:/var/backups:/usr/sbin/nologin\n"
    "list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin\n"
    "irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin\n"
    "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n" },
  { "/etc/group",
    "root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmail:x:8:\nnews:x:9:\n"
    "uucp:x:10:\nman:x:12:\nproxy:x:13:\nkmem:x:15:\ndialout:x:20:\nfax:x:21:\nvoice:x:22:\ncdrom:x:24:\n"
    "floppy:x:25:\ntape:x:26:\nsudo:x:27:\naudio:x:29:\ndip:x:30:\nwww-data:x:33:\nbackup:x:34:\noperator:x:37:\n"
    "list:x:38:\nirc:x:39:\nsrc:x:40:\nshadow:x:42:\nutmp:x:43:\nvideo:x:44:\nsasl:x:45:\nplugdev:x:46:\n"
    "staff:x:50:\ngames:x:60:\nusers:x:100:\nnogroup:x:65534:\n" },
  { "/etc/hostname", "provium\n" },
  { "/etc/shells", "/bin/sh\n" },
  { "/etc/nsswitch.conf",
    "passwd:         files\ngroup:          files\nshadow:         files\ngshadow:        files\n\n"
    "hosts:          files dns\nnetworks:       files\n\n"
    "protocols:      db files\nservices:       db files\nethers:         db files\nrpc:            db files\n\n"
    "netgroup:       nis\n" },
};

/* Directories and files systemd-tmpfiles makes at boot (Debian's tmpfiles.d: legacy, var, systemd):
 * lock and log places, and the login records who, w and last read. */
static const struct { const char *path; mode_t mode; } RUNTIME_DIRS[] = {
  { "/run/lock", 01777 }, { "/run/user", 0755 },
  { "/var/log", 0755 }, { "/var/cache", 0755 }, { "/var/lib", 0755 }, { "/var/spool", 0755 },
};
static const struct { const char *path; mode_t mode; } RUNTIME_FILES[] = {
  { "/run/utmp", 0664 }, { "/var/log/wtmp", 0664 }, { "/var/log/btmp", 0660 }, { "/var/log/lastlog", 0664 },
};

/* What systemd (PID 1) and the sysctl.d files of a Debian system set. */
static const char *const SYSCTLS[][2] = {
  { "kernel/printk_devkmsg", "on" },      /* PID 1: lines written to /dev/kmsg are never rate-limited away */
  { "fs/file-max", "9223372036854775807" }, /* PID 1 */
  { "net/unix/max_dgram_qlen", "512" },   /* PID 1 */
  { "kernel/pid_max", "4194304" },        /* systemd's 50-pid-max.conf */
  { "fs/protected_fifos", "1" },          /* Debian's 99-protect-links.conf */
  { "fs/protected_regular", "2" },
};

/* The controllers systemd enables for the cgroups below the root (so a test's own cgroup has them). */
static const char *const CGROUP_CONTROLLERS[] = { "+cpu", "+memory", "+pids" };

/* systemd raises its own limits (HIGH_RLIMIT_MEMLOCK, RLIMIT_NOFILE's hard limit to fs.nr_open) and a
 * login's PAM session copies PID 1's; the kernel gives init 8 MiB and 4096. */
#define MEMLOCK_LIMIT (64ull << 20)

static char root_shell[256] = "/bin/sh";

const char *login_shell(void) { return root_shell; }

static void mount_one(const api_mount *m) {
  op_error err;
  if (make_parents(m->target, 1, &err) < 0) { agent_log("%s", err.message); return; }
  if (mount(m->fstype, m->target, m->fstype, m->flags, m->data) < 0 && errno != EBUSY)
    agent_log("mount %s on %s: %s", m->fstype, m->target, strerror(errno));
}

/* Those the kernel has now (without CONFIG_HUGETLBFS, say, a booted system has no /dev/hugepages either). */
static void mount_each(void) {
  for (size_t i = 0; i < sizeof API_MOUNTS / sizeof API_MOUNTS[0]; i++)
    if (filesystem_known(API_MOUNTS[i].fstype)) mount_one(&API_MOUNTS[i]);
}

/* Once the root and its modules are there: the filesystems that are modules, and systemd's boot modules. */
static void load_boot_modules(void) {
  for (size_t i = 0; i < sizeof API_MOUNTS / sizeof API_MOUNTS[0]; i++) {
    const api_mount *m = &API_MOUNTS[i];
    if (!m->module || filesystem_known(m->fstype)) continue; /* mounted by mount_each already */
    load_module(m->module);
    if (filesystem_known(m->fstype)) mount_one(m);
  }
  for (size_t i = 0; i < sizeof BOOT_MODULES / sizeof BOOT_MODULES[0]; i++) load_module(BOOT_MODULES[i]);
}

static void make_dev_links(void) {
  for (size_t i = 0; i < sizeof DEV_LINKS / sizeof DEV_LINKS[0]; i++) {
    const char *target = DEV_LINKS[i][1];
    char device[64];
    snprintf(device, sizeof device, "/dev/%s", target);
    if (target[0] != '/' && access(device, F_OK) < 0) continue; /* a link to a device this machine lacks */
    if (symlink(target, DEV_LINKS[i][0]) < 0 && errno != EEXIST) agent_log("symlink %s: %s", DEV_LINKS[i][0], strerror(errno));
  }
}

/* The nodes of modules.devname ("module name c10:200" lines), as kmod static-nodes and
 * systemd-tmpfiles make them: opening one loads its module (/dev/net/tun, /dev/fuse, …). */
static void make_static_nodes(void) {
  struct utsname u;
  if (uname(&u) < 0) return;
  char path[300];
  snprintf(path, sizeof path, "/lib/modules/%s/modules.devname", u.release);
  FILE *f = fopen(path, "re");
  if (!f) return; /* no modules (a kernel with everything built in has nothing to load) */
  char line[256], module[64], name[128], type;
  unsigned major, minor;
  while (fgets(line, sizeof line, f)) {
    if (line[0] == '#' || sscanf(line, "%63s %127s %c%u:%u", module, name, &type, &major, &minor) != 5) continue;
    if ((type != 'c' && type != 'b') || strstr(name, "..")) continue;
    snprintf(path, sizeof path, "/dev/%s", name);
    if (access(path, F_OK) == 0) continue; /* its module is loaded already */
    op_error err;
    if (make_parents(path, 0, &err) < 0) { agent_log("%s", err.message); continue; }
    if (mknod(path, (type == 'c' ? S_IFCHR : S_IFBLK) | 0600, makedev(major, minor)) < 0 && errno != EEXIST)
      agent_log("mknod %s: %s", path, strerror(errno));
  }
  fclose(f);
  /* open to every user, as systemd's static-nodes-permissions.conf and udev's default rules make them */
  for (size_t i = 0; i < sizeof OPEN_NODES / sizeof OPEN_NODES[0]; i++) chmod(OPEN_NODES[i], 0666);
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

static void link_missing(const char *target, const char *path) {
  if (symlink(target, path) < 0 && errno != EEXIST) agent_log("symlink %s: %s", path, strerror(errno));
}

static void mkdir_mode(const char *path, mode_t mode) {
  if (mkdir(path, mode) == 0) chmod(path, mode); /* past the umask */
  else if (errno != EEXIST) agent_log("mkdir %s: %s", path, strerror(errno));
}

/* /etc basics, /root, /var/tmp, the runtime directories and the /etc/mtab, /var/run and /var/lock links, each only where missing. */
static void fill_root(void) {
  op_error err;
  if (make_parents("/etc", 1, &err) < 0) agent_log("%s", err.message);
  for (size_t i = 0; i < sizeof ETC_FILES / sizeof ETC_FILES[0]; i++) write_missing(ETC_FILES[i][0], ETC_FILES[i][1]);
  link_missing("../proc/self/mounts", "/etc/mtab");
  mkdir_mode("/root", 0700);
  if (make_parents("/var", 1, &err) == 0) {
    mkdir_mode("/var/tmp", 01777);
    link_missing("/run", "/var/run");
    link_missing("/run/lock", "/var/lock");
  }
  for (size_t i = 0; i < sizeof RUNTIME_DIRS / sizeof RUNTIME_DIRS[0]; i++) mkdir_mode(RUNTIME_DIRS[i].path, RUNTIME_DIRS[i].mode);
  for (size_t i = 0; i < sizeof RUNTIME_FILES / sizeof RUNTIME_FILES[0]; i++) {
    int fd = open(RUNTIME_FILES[i].path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, RUNTIME_FILES[i].mode);
    if (fd >= 0) fchmod(fd, RUNTIME_FILES[i].mode), close(fd); /* past the umask */
    else if (errno != EEXIST) agent_log("%s: %s", RUNTIME_FILES[i].path, strerror(errno));
  }
}

/* A machine id as systemd writes at first boot, where the root has none (or an empty one). */
static void write_machine_id(void) {
  struct stat st;
  if (stat("/etc/machine-id", &st) == 0 && st.st_size > 0) return;
  unsigned char bytes[16];
  int rnd = open("/dev/urandom", O_RDONLY | O_CLOEXEC); /* never blocks on Linux ≥ 5.18; no secret either */
  ssize_t n = rnd >= 0 ? read(rnd, bytes, sizeof bytes) : -1;
  if (rnd >= 0) close(rnd);
  if (n != (ssize_t)sizeof bytes) { agent_log("machine-id: no random bytes"); return; }
  char id[34];
  for (size_t i = 0; i < sizeof bytes; i++) snprintf(id + 2 * i, 3, "%02x", bytes[i]);
  id[32] = '\n';
  id[33] = 0;
  unlink("/etc/machine-id"); /* the empty one */
  write_missing("/etc/machine-id", id);
}

/* The hostname /etc/hostname names (the kernel's is "(none)"), into name. */
static void set_hostname(char *name, size_t size) {
  name[0] = 0;
  FILE *f = fopen("/etc/hostname", "re");
  if (f) {
    if (!fgets(name, (int)size, f)) name[0] = 0;
    fclose(f);
  }
  name[strcspn(name, " \t\r\n")] = 0;
  if (!name[0]) snprintf(name, size, "provium");
  if (sethostname(name, strlen(name)) < 0) agent_log("sethostname: %s", strerror(errno));
}

/* As Debian's installer writes it: the hostname resolves (sudo, hostname -f and getaddrinfo need it). */
static void write_hosts(const char *hostname) {
  char text[512];
  snprintf(text, sizeof text,
           "127.0.0.1\tlocalhost\n127.0.1.1\t%s\n\n::1     localhost ip6-localhost ip6-loopback\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n",
           hostname);
  write_missing("/etc/hosts", text);
}

/* root's shell from /etc/passwd, for SHELL (login sets it so). */
static void read_login_shell(void) {
  FILE *f = fopen("/etc/passwd", "re");
  if (!f) return;
  char line[512];
  while (fgets(line, sizeof line, f)) {
    if (strncmp(line, "root:", 5) != 0) continue;
    line[strcspn(line, "\r\n")] = 0;
    const char *shell = strrchr(line, ':');
    if (shell && shell[1] == '/') snprintf(root_shell, sizeof root_shell, "%s", shell + 1);
    break;
  }
  fclose(f);
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

/* Writes value to a /proc/sys or cgroup file; a kernel without the file goes without. */
static void write_setting(const char *path, const char *value) {
  int fd = open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno != ENOENT) agent_log("%s: %s", path, strerror(errno));
    return;
  }
  char line[64];
  int len = snprintf(line, sizeof line, "%s\n", value); /* kernel.printk_devkmsg takes "on" only with its newline */
  if (write(fd, line, (size_t)len) < 0) agent_log("%s = %s: %s", path, value, strerror(errno));
  close(fd);
}

static void apply_settings(void) {
  char path[128];
  for (size_t i = 0; i < sizeof SYSCTLS / sizeof SYSCTLS[0]; i++) {
    snprintf(path, sizeof path, "/proc/sys/%s", SYSCTLS[i][0]);
    write_setting(path, SYSCTLS[i][1]);
  }
  /* one at a time: a kernel without one controller still gets the others */
  for (size_t i = 0; i < sizeof CGROUP_CONTROLLERS / sizeof CGROUP_CONTROLLERS[0]; i++)
    if (access("/sys/fs/cgroup/cgroup.controllers", F_OK) == 0) write_setting("/sys/fs/cgroup/cgroup.subtree_control", CGROUP_CONTROLLERS[i]);
}

static void raise_limits(void) {
  struct rlimit memlock = { MEMLOCK_LIMIT, MEMLOCK_LIMIT }, nofile;
  if (setrlimit(RLIMIT_MEMLOCK, &memlock) < 0) agent_log("RLIMIT_MEMLOCK: %s", strerror(errno));
  unsigned long long nr_open = 0;
  FILE *f = fopen("/proc/sys/fs/nr_open", "re");
  if (f) {
    if (fscanf(f, "%llu", &nr_open) != 1) nr_open = 0;
    fclose(f);
  }
  if (nr_open == 0 || getrlimit(RLIMIT_NOFILE, &nofile) < 0 || nofile.rlim_max >= nr_open) return;
  nofile.rlim_max = nr_open;
  if (setrlimit(RLIMIT_NOFILE, &nofile) < 0) agent_log("RLIMIT_NOFILE: %s", strerror(errno));
}

void mount_api_filesystems(void) {
  mount_each();
  make_dev_links();
}

void prepare_userspace(void) {
  load_boot_modules();
  make_static_nodes();
  fill_root();
  write_machine_id();
  char hostname[65];
  set_hostname(hostname, sizeof hostname);
  write_hosts(hostname);
  read_login_shell();
  loopback_up();
  apply_settings();
  raise_limits();
}
