/* Files in and out of the guest: read_file and write_file move one file's
 * bytes; put_files (vm:push) creates files, directories and symlinks in order,
 * a large file arriving as several entries at increasing offsets; list_tree
 * (vm:pull) walks a tree without following symlinks, whose files then travel
 * through read_file (offset, max). */
#define _GNU_SOURCE
#include "agent.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define LIST_DEFAULT_MAX_ENTRIES 100000u
#define READ_FILE_DEFAULT_MAX (16u << 20)
/* What read_file reads at a time past a file's reported size (proc and sys
 * files report 0 or 4096): the reply's capacity doubles as it grows. */
#define READ_STEP (64u << 10)
/* The schema's maximum keeps a read within one reply. */
_Static_assert(READ_FILE_MAX_MAX <= AGENT_REPLY_DATA_MAX, "read_file's max must fit a reply");

/* mkdir -p of path's directories (not of its last component unless with_last). */
int make_parents(const char *path, int with_last, op_error *err) {
  char *copy = strdup(path);
  if (!copy) return fail(err, ENOMEM, "out of memory");
  int rc = 0;
  for (char *p = copy + 1; *p && rc == 0; p++) {
    if (*p != '/') continue;
    *p = 0;
    if (mkdir(copy, 0755) < 0 && errno != EEXIST) rc = fail(err, errno, "cannot create directory %s: %s", copy, strerror(errno));
    *p = '/';
  }
  if (rc == 0 && with_last && mkdir(copy, 0755) < 0 && errno != EEXIST)
    rc = fail(err, errno, "cannot create directory %s: %s", copy, strerror(errno));
  free(copy);
  return rc;
}

static ssize_t read_retrying(int fd, void *buf, size_t n) {
  ssize_t got;
  do got = read(fd, buf, n); while (got < 0 && errno == EINTR);
  return got;
}

/* How much to read first: a regular file's bytes from offset, so that one
 * read() takes it whole into a reply of the right size (a failed fstat only
 * costs that guess). */
static size_t first_read(int fd, uint64_t offset, uint64_t max) {
  struct stat st;
  uint64_t want = READ_STEP;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
    want = (uint64_t)st.st_size > offset ? (uint64_t)st.st_size - offset : 1; /* 1: a byte to see EOF */
  return (size_t)(want < max ? want : max);
}

/* Reads fd to EOF, or max bytes, straight into out as one bin value: the data
 * is not copied again. *truncated when more remain. 0 or an errno (a reply
 * that failed to grow is left for serve_frame to report). */
static int read_into(int fd, uint64_t offset, uint64_t max, mp_buf *out, int *truncated) {
  size_t at = mp_begin(out, MP_BIN), got = 0, want = first_read(fd, offset, max);
  ssize_t n = 1;
  while (n > 0 && got < max) {
    if (want > max - got) want = (size_t)(max - got);
    uint8_t *to = mp_reserve(out, want);
    if (!to) return 0;
    n = read_retrying(fd, to, want);
    if (n > 0) { mp_commit(out, (size_t)n); got += (size_t)n; }
    want = READ_STEP;
  }
  char probe; /* more past max: truncated */
  if (n > 0) n = read_retrying(fd, &probe, 1);
  if (n < 0) return errno;
  mp_end(out, at, (uint32_t)got);
  *truncated = n > 0;
  return 0;
}

int op_read_file(op_args args, mp_buf *out, op_error *err) {
  char *path = mp_strdup(args[READ_FILE_PATH]);
  if (!path) return fail(err, ENOMEM, "out of memory");
  uint64_t max = arg_u64(args[READ_FILE_MAX], READ_FILE_DEFAULT_MAX), offset = arg_u64(args[READ_FILE_OFFSET], 0);
  int rc = -1, truncated = 0, e, fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(err, errno, "%s: %s", path, strerror(errno));
  else if (offset && lseek(fd, (off_t)offset, SEEK_SET) < 0) fail(err, errno, "%s: seek: %s", path, strerror(errno));
  else {
    mp_put_map(out, READ_FILE_RESULT_FIELDS);
    mp_put_cstr(out, "data");
    if ((e = read_into(fd, offset, max, out, &truncated)) != 0) fail(err, e, "%s: %s", path, strerror(e));
    else {
      mp_put_cstr(out, "truncated"); mp_put_bool(out, truncated);
      rc = 0;
    }
  }
  if (fd >= 0) close(fd);
  free(path);
  return rc;
}

static int write_all(int fd, const char *data, size_t len) {
  size_t done = 0;
  while (done < len) {
    ssize_t n = write(fd, data + done, len - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -1;
    done += (size_t)n;
  }
  return 0;
}

/* The one way data reaches a file, for write_file and put_files: opened with
 * flags added (O_TRUNC, O_APPEND), data written at offset (with O_APPEND: at
 * the end), and an explicit mode set. */
static int write_data(const char *path, int flags, const mp_val *data, uint64_t offset, const mp_val *mode, op_error *err) {
  mode_t perms = (mode_t)arg_u64(mode, 0644);
  int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | flags, perms);
  if (fd < 0) return fail(err, errno, "%s: %s", path, strerror(errno));
  int rc = 0;
  size_t len = data ? data->v.raw.len : 0;
  if (offset && lseek(fd, (off_t)offset, SEEK_SET) < 0) rc = fail(err, errno, "%s: seek: %s", path, strerror(errno));
  else if (write_all(fd, data ? data->v.raw.ptr : NULL, len) < 0) rc = fail(err, errno, "%s: %s", path, strerror(errno));
  /* an explicit mode wins over the umask and over an existing file's mode */
  else if (mode && fchmod(fd, perms) < 0) rc = fail(err, errno, "chmod %s: %s", path, strerror(errno));
  if (close(fd) < 0 && rc == 0) rc = fail(err, errno, "%s: %s", path, strerror(errno)); /* e.g. ENOSPC surfacing late (NFS, quotas) */
  return rc;
}

int op_write_file(op_args args, mp_buf *out, op_error *err) {
  char *path = mp_strdup(args[WRITE_FILE_PATH]);
  if (!path) return fail(err, ENOMEM, "out of memory");
  int flags = arg_bool(args[WRITE_FILE_APPEND], 0) ? O_APPEND : O_TRUNC;
  int rc = write_data(path, flags, args[WRITE_FILE_DATA], 0, args[WRITE_FILE_MODE], err);
  if (rc == 0) mp_put_map(out, WRITE_FILE_RESULT_FIELDS);
  free(path);
  return rc;
}

static int put_file(const char *path, const mp_val **f, uint64_t *written, op_error *err) {
  int flags = arg_bool(f[PUT_FILES_ENTRIES_TRUNCATE], 0) ? O_TRUNC : 0;
  const mp_val *data = f[PUT_FILES_ENTRIES_DATA];
  int rc = write_data(path, flags, data, arg_u64(f[PUT_FILES_ENTRIES_OFFSET], 0), f[PUT_FILES_ENTRIES_MODE], err);
  if (rc == 0 && data) *written += data->v.raw.len;
  return rc;
}

static int put_dir(const char *path, const mp_val **f, op_error *err) {
  if (make_parents(path, 1, err) < 0) return -1;
  struct stat st;
  if (lstat(path, &st) < 0) return fail(err, errno, "%s: %s", path, strerror(errno));
  if (!S_ISDIR(st.st_mode)) return fail(err, ENOTDIR, "%s exists and is not a directory", path);
  if (f[PUT_FILES_ENTRIES_MODE] && chmod(path, (mode_t)arg_u64(f[PUT_FILES_ENTRIES_MODE], 0755)) < 0)
    return fail(err, errno, "chmod %s: %s", path, strerror(errno));
  return 0;
}

static int put_symlink(const char *path, const mp_val **f, op_error *err) {
  char *target = mp_strdup(f[PUT_FILES_ENTRIES_TARGET]);
  if (!target) return fail(err, EINVAL, "%s: a symlink entry needs a target", path);
  int rc = 0;
  if (unlink(path) < 0 && errno != ENOENT) rc = fail(err, errno, "%s: %s", path, strerror(errno));
  else if (symlink(target, path) < 0) rc = fail(err, errno, "symlink %s -> %s: %s", path, target, strerror(errno));
  free(target);
  return rc;
}

static int op_put_entry(const mp_val *entry, uint64_t *written, op_error *err) {
  const mp_val *f[OP_MAX_ARGS];
  const arg_spec *spec = &op_specs[OP_PUT_FILES].args[PUT_FILES_ENTRIES];
  if (validate_fields(spec->fields, spec->field_count, entry, f, err) < 0) return -1; /* checked already: cannot fail */
  char *path = mp_strdup(f[PUT_FILES_ENTRIES_PATH]);
  int kind = arg_enum(f[PUT_FILES_ENTRIES_KIND], put_files_entries_kind_values, -1), rc = 0;
  if (!path) rc = fail(err, ENOMEM, "out of memory");
  else if (path[0] != '/') rc = fail(err, EINVAL, "%s: a guest path must be absolute", path);
  else if (kind == PUT_FILES_ENTRIES_KIND_DIR) rc = put_dir(path, f, err);
  else if (make_parents(path, 0, err) < 0) rc = -1;
  else if (kind == PUT_FILES_ENTRIES_KIND_FILE) rc = put_file(path, f, written, err);
  else rc = put_symlink(path, f, err); /* the schema allows no other kind */
  free(path);
  return rc;
}

int op_put_files(op_args args, mp_buf *out, op_error *err) {
  const mp_val *entries = args[PUT_FILES_ENTRIES];
  uint64_t written = 0;
  for (uint32_t i = 0; i < entries->v.array.len; i++)
    if (op_put_entry(&entries->v.array.items[i], &written, err) < 0) return -1;
  mp_put_map(out, PUT_FILES_RESULT_FIELDS);
  mp_put_cstr(out, "written"); mp_put_uint(out, written);
  return 0;
}

typedef struct {
  mp_buf *out; /* the reply: entries are written straight into it */
  uint32_t count, max;
  size_t root_len;
} listing;

static const char *kind_of(mode_t mode) {
  return S_ISREG(mode) ? "file" : S_ISDIR(mode) ? "dir" : S_ISLNK(mode) ? "symlink" : "other";
}

static int list_entry(listing *l, const char *path, const struct stat *st, op_error *err) {
  if (++l->count > l->max) return fail(err, E2BIG, "more than %u entries under the path: pass a smaller tree (or max_entries)", l->max);
  char target[PATH_MAX] = "";
  if (S_ISLNK(st->st_mode)) {
    ssize_t n = readlink(path, target, sizeof target - 1);
    if (n < 0) return fail(err, errno, "readlink %s: %s", path, strerror(errno));
    target[n] = 0;
  }
  const char *relative = path + l->root_len;
  if (*relative == '/') relative++;
  mp_buf *out = l->out;
  mp_put_map(out, LIST_TREE_RESULT_ENTRIES_FIELDS);
  mp_put_cstr(out, "path"); mp_put_cstr(out, relative);
  mp_put_cstr(out, "kind"); mp_put_cstr(out, kind_of(st->st_mode));
  mp_put_cstr(out, "mode"); mp_put_uint(out, st->st_mode & 07777);
  mp_put_cstr(out, "size"); mp_put_uint(out, S_ISREG(st->st_mode) ? (uint64_t)st->st_size : 0);
  mp_put_cstr(out, "target"); mp_put_cstr(out, target);
  return 0;
}

/* Depth-first, parents before children, names sorted for a stable order. */
static int list_walk(listing *l, const char *path, op_error *err) {
  struct stat st;
  if (lstat(path, &st) < 0) return fail(err, errno, "%s: %s", path, strerror(errno));
  if (list_entry(l, path, &st, err) < 0) return -1;
  if (!S_ISDIR(st.st_mode)) return 0;
  struct dirent **names = NULL;
  int n = scandir(path, &names, NULL, alphasort);
  if (n < 0) return fail(err, errno, "%s: %s", path, strerror(errno));
  int rc = 0;
  for (int i = 0; i < n; i++) {
    const char *name = names[i]->d_name;
    if (rc == 0 && strcmp(name, ".") != 0 && strcmp(name, "..") != 0) {
      char child[PATH_MAX];
      if ((size_t)snprintf(child, sizeof child, "%s/%s", path, name) >= sizeof child) rc = fail(err, ENAMETOOLONG, "%s/%s: path too long", path, name);
      else rc = list_walk(l, child, err);
    }
    free(names[i]);
  }
  free(names);
  return rc;
}

int op_list_tree(op_args args, mp_buf *out, op_error *err) {
  char *root = mp_strdup(args[LIST_TREE_PATH]);
  if (!root) return fail(err, ENOMEM, "out of memory");
  size_t len = strlen(root);
  while (len > 1 && root[len - 1] == '/') root[--len] = 0;
  listing l = { .out = out, .max = (uint32_t)arg_u64(args[LIST_TREE_MAX_ENTRIES], LIST_DEFAULT_MAX_ENTRIES), .root_len = len };
  mp_put_map(out, LIST_TREE_RESULT_FIELDS);
  mp_put_cstr(out, "entries");
  size_t at = mp_begin(out, MP_ARRAY); /* the count is known once the walk is done */
  int rc = list_walk(&l, root, err);
  mp_end(out, at, l.count);
  free(root);
  return rc;
}
