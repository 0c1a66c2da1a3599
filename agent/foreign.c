/* Binaries of another architecture (a test program built for x86-64 pushed
 * into an arm64 guest). The kernel refuses them with ENOEXEC, and a shell
 * then reads the binary as a script (POSIX says so): the user sees "syntax
 * error" or "not found" lines about garbage. So at boot the agent registers
 * itself with binfmt_misc as the handler of the other architectures' ELF
 * executables; run as that handler, it says what the binary is and exits
 * 126 ("cannot execute"), whichever way the binary was started (a shell
 * command, argv, a script, a test program's own exec).
 *
 * The handler is /proc/1/exe (the agent is PID 1), and F has the kernel open
 * it when it is registered: the root the agent moved into (a profile's
 * rootfs) has no /provium/agent. A kernel without binfmt_misc keeps its own
 * behaviour, and boot goes on. */
#define _GNU_SOURCE
#include "agent.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#define BINFMT_DIR "/proc/sys/fs/binfmt_misc"
#define HANDLER "/proc/1/exe"

static const struct { unsigned machine; const char *name; } MACHINES[] = {
  { 3, "i386" }, { 8, "mips" }, { 20, "ppc" }, { 21, "ppc64" }, { 22, "s390x" }, { 40, "arm" },
  { 62, "x86-64" }, { 183, "arm64" }, { 243, "riscv" }, { 258, "loongarch" },
};

/* The architectures Provium runs, as binfmt_misc matches their executables. */
static const struct { unsigned machine; const char *tag; } FOREIGN[] = { { 62, "x86_64" }, { 183, "arm64" } };

const char *machine_name(unsigned machine) {
  for (size_t i = 0; i < sizeof MACHINES / sizeof MACHINES[0]; i++)
    if (MACHINES[i].machine == machine) return MACHINES[i].name;
  return "another architecture";
}

unsigned elf_machine(const unsigned char *head) {
  return head[5] == 2 ? (unsigned)head[18] << 8 | head[19] : (unsigned)head[19] << 8 | head[18];
}

/* One registration: a 64-bit little-endian ELF executable or PIE (e_type 2 or 3) for machine,
 * matched as qemu-user's binfmt entries match (the OS ABI byte and padding are ignored). */
static int register_machine(unsigned machine, const char *tag) {
  char line[512];
  int n = snprintf(line, sizeof line,
                   ":provium-foreign-%s:M::"
                   "\\x7fELF\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x%02x\\x%02x:"
                   "\\xff\\xff\\xff\\xff\\xff\\xfe\\xfe\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff:"
                   HANDLER ":F",
                   tag, machine & 0xff, machine >> 8);
  int fd = open(BINFMT_DIR "/register", O_WRONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  ssize_t written = write(fd, line, (size_t)n);
  int saved = errno;
  close(fd);
  errno = saved;
  /* EEXIST: registered already (the kernel keeps entries across a chroot) */
  return written == n || errno == EEXIST ? 0 : -1;
}

void register_foreign_binaries(void) {
  if (!filesystem_known("binfmt_misc")) load_module("binfmt_misc");
  if (!filesystem_known("binfmt_misc")) return; /* the kernel has none: ENOEXEC is all a guest gets */
  struct stat st;
  if (stat(BINFMT_DIR "/register", &st) < 0 && mount("binfmt_misc", BINFMT_DIR, "binfmt_misc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0) {
    agent_log("mount %s: %s", BINFMT_DIR, strerror(errno));
    return;
  }
  for (size_t i = 0; i < sizeof FOREIGN / sizeof FOREIGN[0]; i++)
    if (FOREIGN[i].machine != AGENT_ELF_MACHINE && register_machine(FOREIGN[i].machine, FOREIGN[i].tag) < 0)
      agent_log("binfmt_misc: cannot register %s binaries: %s", machine_name(FOREIGN[i].machine), strerror(errno));
}

void explain_foreign_binary(const char *path) {
  unsigned char head[20] = { 0 };
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  ssize_t n = fd < 0 ? -1 : read(fd, head, sizeof head);
  if (fd >= 0) close(fd);
  const char *own = machine_name(AGENT_ELF_MACHINE);
  if (n == (ssize_t)sizeof head && memcmp(head, "\177ELF", 4) == 0)
    fprintf(stderr, "provium-agent: %s is an %s binary; the guest is %s: build it for %s\n", path, machine_name(elf_machine(head)), own, own);
  else
    fprintf(stderr, "provium-agent: %s is not a program this %s guest can run\n", path, own);
  _exit(126);
}
