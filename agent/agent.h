/* Shared declarations of the Provium guest agent (PID 1 in the guest). */
#ifndef PROVIUM_AGENT_H
#define PROVIUM_AGENT_H
#include <stdint.h>
#include <sys/types.h>
#include "msgpack.h"

#include "protocol.h" /* generated from protocol/agent.json: ops, argument indices, frame limits */

/* What an op's bulk data (file contents, output, buffers) may take of a reply:
 * the frame less room for the envelope and the result's keys. */
/* Where the agent and the commands it runs look for programs: a root login's PATH on Debian. */
#define GUEST_PATH "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

#define AGENT_REPLY_DATA_MAX (FRAME_MAX_BYTES - FRAME_RESERVE_BYTES)

typedef struct {
  char message[256];
  int errnum; /* 0 when the failure is not an errno */
} op_error;

/* An op handler gets its arguments validated against the schema, indexed by
 * the generated <OP>_<ARG> constants (NULL when absent). It writes exactly one
 * msgpack value (its result) into out, or fills err and returns -1 (whatever
 * it wrote is then discarded). */
typedef const mp_val *const *op_args;
typedef int (*op_handler)(op_args args, mp_buf *out, op_error *err);

/* ops.c: the handler of each op */
op_handler op_handler_for(enum op_id op);

/* validate.c */
const op_spec *find_op(const mp_val *name, op_error *err);
/* Checks a map against fields (an op's args, or a record's fields); vals[i] is the
 * value of fields[i], or NULL when absent. Records nested in it are checked too. */
int validate_fields(const arg_spec *fields, int count, const mp_val *map, const mp_val **vals, op_error *err);
/* Values of validated arguments (the fallback when absent). */
uint64_t arg_u64(const mp_val *v, uint64_t fallback);
int arg_bool(const mp_val *v, int fallback);
/* An enum's value as the index of its name in values (<OP>_<ARG>_values, indexed by <OP>_<ARG>_<VALUE>). */
int arg_enum(const mp_val *v, const char *const *values, int fallback);
int fail(op_error *err, int errnum, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* serve.c: one request frame in, one reply payload out (empty: no reply).
 * gate, when given, decides whether an op whose arguments passed the schema
 * really runs (the fuzzer runs only ops without side effects on the host). */
typedef int (*op_gate)(enum op_id op, op_args args);
void serve_frame(const uint8_t *frame, size_t len, mp_buf *reply, op_gate gate);
/* Requests being served: quiesce waits until it is the only one; the host
 * mode exits once none is left. */
void request_started(void);
void request_finished(void);
int requests_in_flight(void);
void wait_until_requests_at_most(int count);
/* Set by --stdio/--fd: an ordinary process on the host, not PID 1 in a guest,
 * so nothing may touch the host's clock, power or log. */
extern int agent_host_mode;
/* Where agent_log writes: -1 for the kernel log (the guest), else an fd. */
extern int agent_log_fd;
void agent_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* exec.c */
int op_exec(op_args args, mp_buf *out, op_error *err);
/* Called by the main loop for every child it reaps. */
void exec_child_exited(pid_t pid, int status);
/* Children of exec are forked with this lock held so the reaper cannot miss them. */
void exec_lock(void);
void exec_unlock(void);

/* exec.c, shared with process.c: argv from an op's argv or cmd argument (NULL
 * with err filled), the child's environment, and the child's side of a fork
 * (never returns). */
char **command_argv(const char *op, const mp_val *argv, const mp_val *cmd, op_error *err);
char **build_env(const mp_val *env);
void free_strings(char **items);
/* tty: in is a pseudo-terminal's slave side, made the child's controlling terminal. */
void run_child(int in, int out, int err, int tty, const char *cwd, char **argv, char **envp) __attribute__((noreturn));

/* process.c: spawned processes, read and driven by the proc_* ops */
int op_spawn(op_args args, mp_buf *out, op_error *err);
int op_proc_read(op_args args, mp_buf *out, op_error *err);
int op_proc_write(op_args args, mp_buf *out, op_error *err);
int op_proc_close_stdin(op_args args, mp_buf *out, op_error *err);
int op_proc_signal(op_args args, mp_buf *out, op_error *err);
int op_proc_wait(op_args args, mp_buf *out, op_error *err);
int op_proc_release(op_args args, mp_buf *out, op_error *err);
int op_proc_resize(op_args args, mp_buf *out, op_error *err);
/* Called (with exec_lock held) for every reaped child exec does not own. */
void process_child_exited(pid_t pid, int status);

/* files.c */
int op_read_file(op_args args, mp_buf *out, op_error *err);
int op_write_file(op_args args, mp_buf *out, op_error *err);
int op_put_files(op_args args, mp_buf *out, op_error *err);
int op_list_tree(op_args args, mp_buf *out, op_error *err);
/* mkdir -p of path's parent directories (and of path itself when with_last). */
int make_parents(const char *path, int with_last, op_error *err);

/* pty.c: a pseudo-terminal pair (master non-blocking, both close-on-exec) of
 * rows x cols (0: 24 x 80), and a window size change */
int pty_open(int *master, int *slave, uint64_t rows, uint64_t cols, op_error *err);
int pty_set_size(int master, uint64_t rows, uint64_t cols, op_error *err);

/* syscall.c */
int op_syscall(op_args args, mp_buf *out, op_error *err);

/* mounts.c */
/* /dev/<entry> of the entry of class_dir (e.g. /sys/block) whose attribute file
 * reads value; looked for attempts times, pause_us apart (drivers probe late). */
int find_device(const char *class_dir, const char *attribute, const char *value, int attempts, int pause_us, char *dev, size_t size);
/* Mounts the images /etc/provium/mounts lists (at boot, before serving); -1 after a "fatal:" line */
int mount_images(void);
/* Whether /proc/filesystems lists fstype (built in, or its module loaded). */
int filesystem_known(const char *fstype);
/* Loads a module and its dependencies from /lib/modules/$(uname -r) (nothing when it is not there). */
void load_module(const char *name);

/* userspace.c: what an init would set up. The API filesystems (/dev/pts, /run, /tmp,
 * /sys/fs/cgroup, …) and the /dev links, right after /proc, /sys and /dev; then, in
 * the final root, /etc basics, hostname, loopback and limits. */
void mount_api_filesystems(void);
void prepare_userspace(void);
/* root's login shell (its /etc/passwd entry's), as login sets SHELL; /bin/sh until prepare_userspace reads it */
const char *login_shell(void);

#endif
