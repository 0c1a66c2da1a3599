/* Filesystem images the host attached as read-only virtio-blk drives (host
 * directories, kernel modules, a root filesystem), mounted at boot — before
 * the agent serves — as the initramfs's /etc/provium/mounts says: one
 * "serial<TAB>target<TAB>fstype[<TAB>rw]" line per drive. A writable ("rw")
 * directory is an overlay of its image (read-only) under a tmpfs of its own:
 * the guest writes there, the host's tree and the shared image never change,
 * and a snapshot keeps the writes with guest RAM. A target of "/" is the root
 * filesystem: the guest's / becomes such an overlay, and the agent, still
 * PID 1, moves into it. */
#define _GNU_SOURCE
#include "agent.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

#define MOUNTS_CONFIG "/etc/provium/mounts"
#define MAX_MOUNTS 64
#define NEW_ROOT "/provium/root"
/* Where a writable directory's image and its tmpfs layer are mounted before the overlay. */
#define DIRS_STAGE "/provium/dirs"

typedef struct {
  char serial[64];
  char target[256];
  char fstype[32];
  int writable;
} image_mount;

/* The kernel option a filesystem type needs, for the error that names it. */
static const char *fs_option(const char *fstype) {
  static const char *const table[][2] = {
    { "ext4", "CONFIG_EXT4_FS" }, { "ext3", "CONFIG_EXT4_FS" }, { "ext2", "CONFIG_EXT2_FS or CONFIG_EXT4_FS" },
    { "overlay", "CONFIG_OVERLAY_FS" }, { "tmpfs", "CONFIG_TMPFS" }, { "squashfs", "CONFIG_SQUASHFS" },
    { "erofs", "CONFIG_EROFS_FS" }, { "xfs", "CONFIG_XFS_FS" }, { "btrfs", "CONFIG_BTRFS_FS" }, { "vfat", "CONFIG_VFAT_FS" },
  };
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strcmp(table[i][0], fstype) == 0) return table[i][1];
  return "the option for it";
}

/* "fatal:" makes the host fail the boot at once with this message. */
static int mount_failed(const char *what, const char *fstype, int errnum) {
  if (errnum == ENODEV)
    agent_log("fatal: cannot mount %s: the guest kernel has no %s filesystem (it needs %s, built in or as a module)", what, fstype, fs_option(fstype));
  else agent_log("fatal: cannot mount %s (%s): %s", what, fstype, strerror(errnum));
  return -1;
}

int find_device(const char *class_dir, const char *attribute, const char *value, int attempts, int pause_us, char *dev, size_t size) {
  for (int attempt = 0; attempt < attempts; attempt++) {
    DIR *dir = opendir(class_dir);
    struct dirent *entry;
    int found = 0;
    while (!found && dir && (entry = readdir(dir))) {
      if (entry->d_name[0] == '.') continue;
      char path[512], text[128] = "";
      snprintf(path, sizeof path, "%s/%s/%s", class_dir, entry->d_name, attribute);
      FILE *f = fopen(path, "re");
      if (!f) continue;
      if (!fgets(text, sizeof text, f)) text[0] = 0;
      fclose(f);
      text[strcspn(text, "\n")] = 0;
      found = strcmp(text, value) == 0 && (size_t)snprintf(dev, size, "/dev/%s", entry->d_name) < size && access(dev, F_OK) == 0;
    }
    if (dir) closedir(dir);
    if (found) return 0;
    usleep((useconds_t)pause_us);
  }
  return -1;
}

static int read_config(image_mount *mounts, int max) {
  FILE *f = fopen(MOUNTS_CONFIG, "re");
  if (!f) return 0;
  char line[512];
  int n = 0;
  while (n < max && fgets(line, sizeof line, f)) {
    line[strcspn(line, "\r\n")] = 0;
    char *serial = strtok(line, "\t"), *target = strtok(NULL, "\t"), *fstype = strtok(NULL, "\t"), *mode = strtok(NULL, "\t");
    if (!serial || !target || !fstype) continue;
    mounts[n].writable = mode && strcmp(mode, "rw") == 0;
    snprintf(mounts[n].serial, sizeof mounts[n].serial, "%s", serial);
    snprintf(mounts[n].target, sizeof mounts[n].target, "%s", target);
    snprintf(mounts[n].fstype, sizeof mounts[n].fstype, "%s", fstype);
    n++;
  }
  fclose(f);
  return n;
}

static int mount_image(const image_mount *m, const char *at) {
  char dev[300];
  /* the driver may still be probing: keep looking for a while */
  if (find_device("/sys/block", "serial", m->serial, 1000, 2000, dev, sizeof dev) < 0) {
    agent_log("fatal: cannot mount %s: no block device with serial %s (the kernel needs CONFIG_VIRTIO_BLK)", m->target, m->serial);
    return -1;
  }
  op_error err;
  if (make_parents(at, 1, &err) < 0) {
    agent_log("fatal: %s%s", err.message, err.errnum == EROFS ? " (it is inside another read-only directory: make it there on the host)" : "");
    return -1;
  }
  /* noload: a journal that needs replaying cannot be replayed on a read-only drive, and must not be */
  const char *data = strncmp(m->fstype, "ext", 3) == 0 ? "noload" : NULL;
  if (mount(dev, at, m->fstype, MS_RDONLY, data) < 0) return mount_failed(m->target, m->fstype, errno);
  return 0;
}

int filesystem_known(const char *fstype) {
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

static void load_module_file(const char *dir, const char *rel) {
  char path[768];
  snprintf(path, sizeof path, "%s/%s", dir, rel);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) { agent_log("module %s: %s", path, strerror(errno)); return; }
  if (syscall(SYS_finit_module, fd, "", 0) < 0 && errno != EEXIST) agent_log("load %s: %s", path, strerror(errno));
  close(fd);
}

/* Loads a module and what it depends on, as listed in the modules image's
 * modules.dep (dependencies are listed last-needed first). */
void load_module(const char *name) {
  struct utsname u;
  if (uname(&u) < 0) return;
  char dir[512], dep[600], suffix[80];
  snprintf(dir, sizeof dir, "/lib/modules/%s", u.release);
  snprintf(dep, sizeof dep, "%s/modules.dep", dir);
  snprintf(suffix, sizeof suffix, "/%s.ko:", name);
  FILE *f = fopen(dep, "re");
  if (!f) return;
  char *line = NULL;
  size_t cap = 0;
  while (getline(&line, &cap, f) > 0) {
    char *colon = strchr(line, ':');
    if (!colon || (size_t)(colon + 1 - line) < strlen(suffix) || strncmp(colon + 1 - strlen(suffix), suffix, strlen(suffix)) != 0) continue;
    *colon = 0;
    char *deps[32];
    int n = 0;
    for (char *d = strtok(colon + 1, " \t\n"); d && n < 32; d = strtok(NULL, " \t\n")) deps[n++] = d;
    while (n > 0) load_module_file(dir, deps[--n]);
    load_module_file(dir, line);
    break;
  }
  free(line);
  fclose(f);
}

static const char *machine_name(unsigned machine) {
  switch (machine) {
    case 3: return "i386";
    case 8: return "mips";
    case 20: return "ppc";
    case 21: return "ppc64";
    case 22: return "s390x";
    case 40: return "arm";
    case 62: return "x86-64";
    case 183: return "aarch64";
    case 243: return "riscv";
    case 258: return "loongarch";
    default: return "another architecture";
  }
}

/* The new root must have a /bin/sh this guest can run (exec's cmd uses it):
 * say which architecture it is for when it is not this one. */
static int check_shell(void) {
  int fd = open("/bin/sh", O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    agent_log("fatal: the root filesystem has no usable /bin/sh (%s): it is not a root filesystem, or not a whole one", strerror(errno));
    return -1;
  }
  unsigned char head[20];
  ssize_t n = read(fd, head, sizeof head);
  close(fd);
  if (n < (ssize_t)sizeof head || memcmp(head, "\177ELF", 4) != 0) return 0; /* a script: its interpreter decides */
  unsigned machine = head[5] == 2 ? (unsigned)head[18] << 8 | head[19] : (unsigned)head[19] << 8 | head[18];
#if defined(__x86_64__)
  const unsigned own = 62;
#elif defined(__aarch64__)
  const unsigned own = 183;
#else
  const unsigned own = machine;
#endif
  if (machine == own) return 0;
  agent_log("fatal: the root filesystem is for %s (its /bin/sh is an ELF for machine %u), but this guest is %s", machine_name(machine), machine,
            machine_name(own));
  return -1;
}

/* Whether paths[i] is inside one of paths[0..i) (the host lists parents first). */
static int inside_earlier(const char *const *paths, int i) {
  for (int j = 0; j < i; j++) {
    size_t len = strlen(paths[j]);
    if (strncmp(paths[i], paths[j], len) == 0 && paths[i][len] == '/') return 1;
  }
  return 0;
}

/* Mounts at `at` an overlay of `lower` (read-only) under a new tmpfs at
 * `layer`, which takes the writes. The overlay's root takes its owner and
 * mode from the upper directory: give it the lower root's. */
static int mount_overlay(const char *lower, const char *layer, const char *at, const char *what) {
  if (!filesystem_known("overlay")) load_module("overlay");
  op_error err;
  char upper[300], work[300], data[1024];
  snprintf(upper, sizeof upper, "%s/upper", layer);
  snprintf(work, sizeof work, "%s/work", layer);
  if (make_parents(layer, 1, &err) < 0) return agent_log("fatal: %s", err.message), -1;
  if (mount("tmpfs", layer, "tmpfs", 0, "mode=0755") < 0) return mount_failed(what, "tmpfs", errno);
  if (make_parents(upper, 1, &err) < 0 || make_parents(work, 1, &err) < 0) return agent_log("fatal: %s's writable layer: %s", what, err.message), -1;
  struct stat root;
  if (stat(lower, &root) == 0 && (chmod(upper, root.st_mode & 07777) < 0 || chown(upper, root.st_uid, root.st_gid) < 0))
    agent_log("%s: the writable layer's owner and mode: %s", what, strerror(errno));
  if (make_parents(at, 1, &err) < 0) {
    agent_log("fatal: %s%s", err.message, err.errnum == EROFS ? " (it is inside another read-only directory: make it there on the host)" : "");
    return -1;
  }
  if ((size_t)snprintf(data, sizeof data, "lowerdir=%s,upperdir=%s,workdir=%s", lower, upper, work) >= sizeof data)
    return agent_log("fatal: %s: paths too long for the overlay", what), -1;
  if (mount("overlay", at, "overlay", 0, data) < 0) return mount_failed(what, "overlay", errno);
  return 0;
}

/* What the agent mounted before the root filesystem's images (userspace.c):
 * they move into the new root. */
static const char *const BOOT_MOUNTS[] = { "/proc", "/sys", "/dev", "/run", "/tmp" };
#define BOOT_MOUNT_COUNT (sizeof BOOT_MOUNTS / sizeof BOOT_MOUNTS[0])

/* Makes `root` the guest's /: an overlay of it (read-only) and a tmpfs (the
 * writes), with the boot's mounts and the other images moved in. pivot_root
 * cannot leave the initramfs (rootfs is not a mount it can move), so, like
 * switch_root, the new root is moved over / and entered with chroot. */
static int enter_root(const image_mount *root, const image_mount *mounts, int n) {
  if (mount_image(root, "/provium/lower") < 0) return -1;
  if (mount_overlay("/provium/lower", "/provium/rw", NEW_ROOT, "the root filesystem") < 0) return -1;
  const char *moved[MAX_MOUNTS + BOOT_MOUNT_COUNT];
  int count = 0;
  for (size_t i = 0; i < BOOT_MOUNT_COUNT; i++) moved[count++] = BOOT_MOUNTS[i];
  for (int i = 0; i < n; i++) if (&mounts[i] != root) moved[count++] = mounts[i].target;
  op_error err;
  for (int i = 0; i < count; i++) {
    if (inside_earlier(moved, i)) continue; /* it moved with its parent */
    char at[512];
    snprintf(at, sizeof at, NEW_ROOT "%s", moved[i]);
    if (make_parents(at, 1, &err) < 0) return agent_log("fatal: cannot move %s into the root filesystem: %s", moved[i], err.message), -1;
    if (mount(moved[i], at, NULL, MS_MOVE, NULL) < 0)
      return agent_log("fatal: cannot move %s into the root filesystem: %s", moved[i], strerror(errno)), -1;
  }
  if (chdir(NEW_ROOT) < 0 || mount(".", "/", NULL, MS_MOVE, NULL) < 0 || chroot(".") < 0 || chdir("/") < 0) {
    agent_log("fatal: cannot switch to the root filesystem: %s", strerror(errno));
    return -1;
  }
  return check_shell();
}

/* Read-only images first, each at its target (parents before children, as
 * the host lists them); writable ones at a stage, their overlays after all
 * images, so that overlay can be loaded from a modules image mounted meanwhile
 * (the host refuses a read-only directory inside a writable one). */
int mount_images(void) {
  static image_mount mounts[MAX_MOUNTS];
  int n = read_config(mounts, MAX_MOUNTS);
  const image_mount *root = NULL;
  char lower[64], layer[64], what[300];
  for (int i = 0; i < n; i++) {
    if (strcmp(mounts[i].target, "/") == 0) { root = &mounts[i]; continue; }
    snprintf(lower, sizeof lower, DIRS_STAGE "/%d/lower", i);
    if (mount_image(&mounts[i], mounts[i].writable ? lower : mounts[i].target) < 0) return -1;
  }
  for (int i = 0; i < n; i++) {
    if (!mounts[i].writable || &mounts[i] == root) continue;
    snprintf(lower, sizeof lower, DIRS_STAGE "/%d/lower", i);
    snprintf(layer, sizeof layer, DIRS_STAGE "/%d/layer", i);
    snprintf(what, sizeof what, "the writable directory %s", mounts[i].target);
    if (mount_overlay(lower, layer, mounts[i].target, what) < 0) return -1;
  }
  return root ? enter_root(root, mounts, n) : 0;
}
