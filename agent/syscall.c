/* syscall: a raw system call of the guest's architecture, by number or by
 * name (the name table is generated from the target's kernel headers at build
 * time: arm64's is the generic table, with no open, fork, stat, …). Arguments
 * are integers (full 64-bit), strings (passed as NUL-terminated pointers), or
 * buffers: {in = bytes}, {out = size}, {inout = bytes}; out/inout buffers
 * come back. */
#define _GNU_SOURCE
#include "agent.h"
#include <asm/unistd.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const struct { const char *name; long nr; } syscall_names[] = {
#include "syscall_names.h"
};

#if defined(__x86_64__)
static long raw_syscall(long nr, const long a[6]) {
  long ret;
  register long r10 __asm__("r10") = a[3];
  register long r8 __asm__("r8") = a[4];
  register long r9 __asm__("r9") = a[5];
  __asm__ volatile("syscall"
                   : "=a"(ret)
                   : "a"(nr), "D"(a[0]), "S"(a[1]), "d"(a[2]), "r"(r10), "r"(r8), "r"(r9)
                   : "rcx", "r11", "memory");
  return ret;
}
#elif defined(__aarch64__)
static long raw_syscall(long nr, const long a[6]) {
  register long x8 __asm__("x8") = nr;
  register long x0 __asm__("x0") = a[0];
  register long x1 __asm__("x1") = a[1];
  register long x2 __asm__("x2") = a[2];
  register long x3 __asm__("x3") = a[3];
  register long x4 __asm__("x4") = a[4];
  register long x5 __asm__("x5") = a[5];
  __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5) : "memory");
  return x0;
}
#endif

/* Calls the generic table (arm64's) has no number for, and the one that does the job. */
static const char *const REPLACEMENTS[][2] = {
  { "open", "openat" }, { "creat", "openat" }, { "fork", "clone" }, { "vfork", "clone" }, { "stat", "newfstatat" },
  { "lstat", "newfstatat" }, { "pipe", "pipe2" }, { "dup2", "dup3" }, { "poll", "ppoll" }, { "select", "pselect6" },
  { "unlink", "unlinkat" }, { "rmdir", "unlinkat" }, { "mkdir", "mkdirat" }, { "rename", "renameat2" },
  { "renameat", "renameat2" }, { "access", "faccessat" }, { "chmod", "fchmodat" }, { "chown", "fchownat" },
  { "lchown", "fchownat" }, { "link", "linkat" }, { "symlink", "symlinkat" }, { "readlink", "readlinkat" },
  { "mknod", "mknodat" }, { "epoll_create", "epoll_create1" }, { "epoll_wait", "epoll_pwait" },
  { "eventfd", "eventfd2" }, { "inotify_init", "inotify_init1" }, { "signalfd", "signalfd4" },
  { "getdents", "getdents64" }, { "time", "clock_gettime" }, { "alarm", "setitimer" }, { "pause", "ppoll" },
  { "utime", "utimensat" }, { "utimes", "utimensat" }, { "futimesat", "utimensat" }, { "getpgrp", "getpgid" },
  { "arch_prctl", "prctl" }, { "iopl", NULL }, { "ioperm", NULL }, { "modify_ldt", NULL },
};

static int unknown_name(const mp_val *name, op_error *err) {
  const char *arch = machine_name(AGENT_ELF_MACHINE);
  for (size_t i = 0; i < sizeof REPLACEMENTS / sizeof REPLACEMENTS[0]; i++) {
    if (strlen(REPLACEMENTS[i][0]) != name->v.raw.len || memcmp(REPLACEMENTS[i][0], name->v.raw.ptr, name->v.raw.len) != 0) continue;
    if (REPLACEMENTS[i][1])
      return fail(err, ENOSYS, "unknown syscall name '%s': %s has no such system call (use '%s')", REPLACEMENTS[i][0], arch, REPLACEMENTS[i][1]);
    return fail(err, ENOSYS, "unknown syscall name '%s': %s has no such system call (it is x86's)", REPLACEMENTS[i][0], arch);
  }
  return fail(err, ENOSYS, "unknown syscall name '%.*s': %s's system call table has no such name", (int)name->v.raw.len, name->v.raw.ptr, arch);
}

static int lookup(const mp_val *name, long *nr) {
  for (size_t i = 0; i < sizeof syscall_names / sizeof syscall_names[0]; i++)
    if (strlen(syscall_names[i].name) == name->v.raw.len &&
        memcmp(syscall_names[i].name, name->v.raw.ptr, name->v.raw.len) == 0) {
      *nr = syscall_names[i].nr;
      return 1;
    }
  return 0;
}

typedef struct {
  char *memory;
  size_t size;
  int returned; /* out or inout: copied back to the host */
} arg_buffer;

/* A copy of bytes with a NUL after them (strings are passed as C strings). */
static int copy_bytes(const mp_val *bytes, arg_buffer *buf) {
  buf->size = bytes->v.raw.len;
  buf->memory = calloc(1, buf->size + 1);
  if (!buf->memory) return -1;
  memcpy(buf->memory, bytes->v.raw.ptr, buf->size);
  return 0;
}

/* Turns one argument into a register value; buffers are allocated in buf.
 * *returning counts the bytes coming back, which must fit in the reply. */
static int convert_arg(const mp_val *arg, long *value, arg_buffer *buf, size_t *returning, op_error *err, int index) {
  uint64_t number;
  if (!arg || arg->type == MP_NIL) { *value = 0; return 0; }
  if (mp_as_u64(arg, &number)) { *value = (long)number; return 0; }
  if (arg->type == MP_STR || arg->type == MP_BIN) {
    if (copy_bytes(arg, buf) < 0) return fail(err, ENOMEM, "syscall argument %d: out of memory", index + 1);
  } else if (arg->type == MP_MAP) {
    const mp_val *in = mp_get(arg, "in"), *inout = mp_get(arg, "inout"), *out = mp_get(arg, "out");
    const mp_val *bytes = in ? in : inout;
    uint64_t out_size = 0;
    if (mp_is_str(bytes)) {
      buf->returned = inout != NULL;
      if (buf->returned && bytes->v.raw.len > AGENT_REPLY_DATA_MAX - *returning) goto too_big;
      if (copy_bytes(bytes, buf) < 0) return fail(err, ENOMEM, "syscall argument %d: out of memory", index + 1);
    } else if (mp_as_u64(out, &out_size) && out_size <= FRAME_MAX_BYTES) {
      if (out_size > AGENT_REPLY_DATA_MAX - *returning) goto too_big;
      buf->size = (size_t)out_size;
      buf->memory = calloc(1, buf->size + 1);
      if (!buf->memory) return fail(err, ENOMEM, "syscall argument %d: out of memory for %zu bytes", index + 1, buf->size);
      buf->returned = 1;
    } else {
      return fail(err, EINVAL, "syscall argument %d: a buffer is {in=bytes}, {inout=bytes} or {out=size <= " FRAME_MAX_TEXT "}", index + 1);
    }
  } else {
    return fail(err, EINVAL, "syscall argument %d: expected an integer, a string or a buffer", index + 1);
  }
  if (buf->returned) *returning += buf->size;
  *value = (long)buf->memory;
  return 0;
too_big:
  /* checked before the call: a syscall whose result cannot come back is not made */
  return fail(err, EMSGSIZE, "syscall argument %d: the out/inout buffers together exceed what a reply carries (frame limit "
              FRAME_MAX_TEXT "): use smaller buffers", index + 1);
}

int op_syscall(op_args args, mp_buf *out, op_error *err) {
  const mp_val *name = args[SYSCALL_NAME];
  long nr;
  if (args[SYSCALL_NR] && name) return fail(err, EINVAL, "syscall takes nr or name, not both");
  if (args[SYSCALL_NR]) nr = (long)arg_u64(args[SYSCALL_NR], 0);
  else if (name) {
    if (!lookup(name, &nr)) return unknown_name(name, err);
  } else return fail(err, EINVAL, "syscall needs nr or name");

  const mp_val *list = args[SYSCALL_ARGS];
  uint32_t count = list->v.array.len; /* the schema allows at most 6 */
  long regs[6] = { 0 };
  arg_buffer bufs[6] = { 0 };
  size_t returning = 0;
  int rc = 0;
  for (uint32_t i = 0; i < count && rc == 0; i++)
    rc = convert_arg(&list->v.array.items[i], &regs[i], &bufs[i], &returning, err, (int)i);
  if (rc == 0) {
    long ret = raw_syscall(nr, regs);
    int errnum = 0;
    if (ret < 0 && ret >= -4095) { errnum = (int)-ret; ret = -1; }
    int returned = 0;
    for (int i = 0; i < 6; i++) returned += bufs[i].returned;
    mp_put_map(out, SYSCALL_RESULT_FIELDS);
    mp_put_cstr(out, "ret"); mp_put_int(out, ret);
    mp_put_cstr(out, "errno"); mp_put_int(out, errnum);
    mp_put_cstr(out, "buffers");
    mp_put_array(out, (uint32_t)returned);
    for (int i = 0; i < 6; i++)
      if (bufs[i].returned) mp_put_bin(out, bufs[i].memory, bufs[i].size);
  }
  for (int i = 0; i < 6; i++) free(bufs[i].memory);
  return rc;
}
