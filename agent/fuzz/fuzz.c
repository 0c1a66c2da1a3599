/* A coverage-guided mutation fuzzer for the agent's request path: the bytes
 * of one frame go through serve_frame (decode, op lookup, reply encoding),
 * under AddressSanitizer and UBSan. Only ops without side effects on the
 * host run (hello, read_file of plain names in a scratch directory, and the
 * proc_* ops, which without spawn only meet unknown handles); the others
 * are looked up and answered but not executed.
 *
 * Coverage comes from gcc's -fsanitize-coverage=trace-pc on the agent's
 * sources: an input that reaches a new edge (or a new hit-count bucket of
 * one) joins the in-memory corpus. Every input of the corpus directories is
 * replayed first, so a crash once found stays a regression test.
 *
 * usage: provium-agent-fuzz [--seconds=N] [--seed=N] [--crashes=DIR] DIR...
 * A crashing (or > 5 s) input is written to DIR/crash-<hash> (--crashes)
 * before the sanitizer's report; the exit status is then non-zero. */
#define _GNU_SOURCE
#include "agent.h"
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAP_SIZE (1u << 16)
#define MUTANT_MAX (1u << 16)   /* mutants stay small: speed over size */
#define MAX_SEED (8u << 20)    /* corpus files may be larger */
#define MAX_CORPUS 4096
#define SLOW_SECONDS 5

void __sanitizer_set_death_callback(void (*callback)(void));
/* UBSan's runtime is a library of its own whose death callbacks are not
 * ASan's: make it abort, and save the input from the SIGABRT handler. */
const char *__ubsan_default_options(void) { return "print_stacktrace=1:abort_on_error=1"; }

/* ---- coverage ---- */

static uint8_t hits[MAP_SIZE], seen[MAP_SIZE];
static uintptr_t previous_pc;

/* Called by every instrumented basic block: counts the edge (previous, this). */
void __sanitizer_cov_trace_pc(void) {
  uintptr_t pc = (uintptr_t)__builtin_return_address(0);
  hits[(pc ^ previous_pc) & (MAP_SIZE - 1)]++;
  previous_pc = pc >> 1;
}

/* AFL's hit-count buckets: 1, 2, 3, 4-7, 8-15, 16-31, 32-127, 128+. */
static uint8_t bucket(uint8_t count) {
  if (count <= 3) return (uint8_t)(1u << (count - 1));
  if (count < 8) return 8;
  if (count < 16) return 16;
  if (count < 32) return 32;
  return count < 128 ? 64 : 128;
}

/* Folds this run's hits into seen; the number of edges or buckets that were new. */
static size_t take_coverage(void) {
  size_t fresh = 0;
  for (size_t i = 0; i < MAP_SIZE; i++) {
    if (!hits[i]) continue;
    uint8_t b = bucket(hits[i]);
    if (!(seen[i] & b)) { seen[i] |= b; fresh++; }
    hits[i] = 0;
  }
  return fresh;
}

static size_t edges(void) {
  size_t n = 0;
  for (size_t i = 0; i < MAP_SIZE; i++) n += seen[i] != 0;
  return n;
}

/* ---- the current input, saved when the process dies on it ---- */

static const uint8_t *current;
static size_t current_len;
static const char *crash_dir;

static uint64_t fnv1a(const uint8_t *p, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 1099511628211ull;
  return h;
}

/* Async-signal-safe: runs from the sanitizer's death callback and SIGALRM. */
static void save_current(const char *kind) {
  static volatile sig_atomic_t saved;
  if (!crash_dir || !current || saved) return;
  saved = 1;
  char path[4096], hex[17];
  uint64_t h = fnv1a(current, current_len);
  for (int i = 0; i < 16; i++) hex[i] = "0123456789abcdef"[(h >> (60 - 4 * i)) & 15];
  hex[16] = 0;
  size_t n = strlen(crash_dir);
  if (n + 32 > sizeof path) return;
  memcpy(path, crash_dir, n);
  path[n] = '/';
  memcpy(path + n + 1, kind, strlen(kind) + 1);
  strcat(path, hex);
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return;
  (void)!write(fd, current, current_len);
  close(fd);
  static const char said[] = "fuzz: the failing input is saved as ";
  (void)!write(2, said, sizeof said - 1);
  (void)!write(2, path, strlen(path));
  (void)!write(2, "\n", 1);
}

static void on_death(void) { save_current("crash-"); }

static void on_abort(int sig) {
  save_current("crash-");
  signal(sig, SIG_DFL);
  raise(sig);
}

static void on_alarm(int sig) {
  (void)sig;
  static const char said[] = "fuzz: one input ran for more than 5 s\n";
  (void)!write(2, said, sizeof said - 1);
  save_current("slow-");
  _exit(1);
}

/* ---- running one input ---- */

/* hello, and read_file / list_tree of a plain name (no '/', not "." or
 * "..") in the scratch directory: nothing else touches the host. Every op's
 * arguments are still decoded and validated against the schema. */
static int may_run(enum op_id op, op_args args) {
  if (op == OP_HELLO) return 1;
  /* spawn never runs here, so the proc_* ops only ever meet unknown handles */
  if (op == OP_PROC_READ || op == OP_PROC_WRITE || op == OP_PROC_CLOSE_STDIN || op == OP_PROC_SIGNAL || op == OP_PROC_WAIT ||
      op == OP_PROC_RELEASE)
    return 1;
  const mp_val *path = op == OP_READ_FILE ? args[READ_FILE_PATH] : op == OP_LIST_TREE ? args[LIST_TREE_PATH] : NULL;
  if (!path || path->v.raw.len == 0 || path->v.raw.ptr[0] == '.') return 0;
  return memchr(path->v.raw.ptr, '/', path->v.raw.len) == NULL;
}

static size_t run_one(const uint8_t *data, size_t len) {
  /* a copy of exactly len bytes, so a read past the end is ASan's to see */
  uint8_t *copy = malloc(len ? len : 1);
  if (!copy) { fprintf(stderr, "fuzz: out of memory\n"); exit(1); }
  memcpy(copy, data, len);
  current = copy;
  current_len = len;
  alarm(SLOW_SECONDS);
  mp_buf reply = { 0 };
  previous_pc = 0;
  serve_frame(copy, len, &reply, may_run);
  /* what the agent sends must decode (an mp_val of it is checked by ASan too) */
  mp_val check;
  if (reply.len && mp_decode(reply.data, reply.len, &check) != (long)reply.len) {
    fprintf(stderr, "fuzz: the agent's reply does not decode\n");
    on_death();
    abort();
  }
  if (reply.len) mp_free(&check);
  mp_buf_free(&reply);
  alarm(0);
  current = NULL;
  free(copy);
  return take_coverage();
}

/* ---- corpus and mutation ---- */

typedef struct { uint8_t *data; size_t len; } input;

static input corpus[MAX_CORPUS];
static size_t corpus_len;

static void add_to_corpus(const uint8_t *data, size_t len) {
  if (corpus_len == MAX_CORPUS) return;
  uint8_t *copy = malloc(len ? len : 1);
  if (!copy) return;
  memcpy(copy, data, len);
  corpus[corpus_len++] = (input){ copy, len };
}

static uint64_t rng_state;
static uint64_t rnd(void) { /* xorshift64*: reproducible from --seed */
  rng_state ^= rng_state >> 12; rng_state ^= rng_state << 25; rng_state ^= rng_state >> 27;
  return rng_state * 2685821657736338717ull;
}
static size_t below(size_t n) { return n ? (size_t)(rnd() % n) : 0; }

static const uint8_t interesting_bytes[] = {
  0x00, 0x01, 0x7f, 0x80, 0xff, 0x0f, 0x10, 0x1f, 0x20, 0x8f, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5,
  0xc6, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf, 0xd0, 0xd1, 0xd2, 0xd3, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf, 0xe0,
};
static const uint32_t interesting_ints[] = { 0, 1, 2, 15, 16, 31, 32, 127, 128, 255, 256, 0x7fff, 0xffff, 0x10000,
                                             0x3ffff, 0x40000, 0x7fffffff, 0x80000000, 0xffffffff };
/* Tokens the protocol uses, as msgpack strings. */
static const char *const words[] = { "id", "op", "args", "hello", "read_file", "write_file", "exec", "syscall", "mount",
                                     "quiesce", "shutdown", "path", "max", "time_ns", "version", "small", "big",
                                     "empty", "argv", "cmd", "env", "data", "mode", "nr", "name", "in", "out", "inout",
                                     "proc_read", "proc_wait", "proc_signal", "handle", "stream", "stdout", "stderr",
                                     "timeout_ms", "offset", "list_tree", "put_files", "entries", "kind", "file", "dir" };

static size_t mutate(uint8_t *buf, size_t len) {
  for (int rounds = 1 + (int)below(6); rounds > 0; rounds--) {
    switch (below(9)) {
    case 0: if (len) buf[below(len)] ^= (uint8_t)(1u << below(8)); break;
    case 1: if (len) buf[below(len)] = interesting_bytes[below(sizeof interesting_bytes)]; break;
    case 2: { /* a big-endian length field */
      int width = below(2) ? 2 : 4;
      if (len < (size_t)width) break;
      size_t at = below(len - (size_t)width + 1);
      uint32_t v = below(4) ? interesting_ints[below(sizeof interesting_ints / sizeof interesting_ints[0])] : (uint32_t)len;
      for (int i = 0; i < width; i++) buf[at + (size_t)i] = (uint8_t)(v >> (8 * (width - 1 - i)));
      break;
    }
    case 3: { /* insert random bytes */
      size_t n = 1 + below(8), at = below(len + 1);
      if (len + n > MUTANT_MAX) break;
      memmove(buf + at + n, buf + at, len - at);
      for (size_t i = 0; i < n; i++) buf[at + i] = (uint8_t)rnd();
      len += n;
      break;
    }
    case 4: { /* delete a range */
      if (!len) break;
      size_t at = below(len), n = 1 + below(len - at);
      memmove(buf + at, buf + at + n, len - at - n);
      len -= n;
      break;
    }
    case 5: { /* copy a range over another place */
      if (len < 2) break;
      size_t from = below(len), to = below(len), n = 1 + below(len - (from > to ? from : to));
      memmove(buf + to, buf + from, n);
      break;
    }
    case 6: { /* insert a protocol word as a fixstr */
      const char *w = words[below(sizeof words / sizeof words[0])];
      size_t n = strlen(w) + 1, at = below(len + 1);
      if (len + n > MUTANT_MAX) break;
      memmove(buf + at + n, buf + at, len - at);
      buf[at] = (uint8_t)(0xa0 | (n - 1));
      memcpy(buf + at + 1, w, n - 1);
      len += n;
      break;
    }
    case 7: { /* splice: our head, another input's tail */
      const input *other = &corpus[below(corpus_len)];
      size_t at = below(len + 1), from = below(other->len + 1), n = other->len - from;
      if (at + n > MUTANT_MAX) n = MUTANT_MAX - at;
      memcpy(buf + at, other->data + from, n);
      len = at + n;
      break;
    }
    default: /* a byte of any value */
      if (len) buf[below(len)] = (uint8_t)rnd();
    }
  }
  return len;
}

/* ---- setup ---- */

static int load_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) { fprintf(stderr, "fuzz: %s: cannot open\n", dir); return -1; }
  struct dirent *entry;
  uint8_t *buf = malloc(MAX_SEED);
  while (buf && (entry = readdir(d))) {
    if (entry->d_name[0] == '.') continue;
    char path[4096];
    if (snprintf(path, sizeof path, "%s/%s", dir, entry->d_name) >= (int)sizeof path) continue;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) continue;
    ssize_t n = read(fd, buf, MAX_SEED);
    close(fd);
    if (n < 0) continue;
    run_one(buf, (size_t)n); /* replayed even when too big to mutate */
    if ((size_t)n <= MUTANT_MAX) add_to_corpus(buf, (size_t)n);
  }
  free(buf);
  closedir(d);
  return 0;
}

/* The files read_file may reach, in a directory removed at exit (under
 * $TMPDIR when set: a sanitizer's abort skips the removal, and the caller's
 * temporary directory then takes it along). */
static char scratch[512];
static const char *const scratch_files[] = { "small", "empty", "big" };

static int make_scratch(void) {
  const char *tmp = getenv("TMPDIR");
  if ((size_t)snprintf(scratch, sizeof scratch, "%s/provium-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp") >= sizeof scratch) return -1;
  if (!mkdtemp(scratch) || chdir(scratch) < 0) return -1;
  static const size_t sizes[] = { 100, 0, 200000 };
  char *fill = calloc(1, sizes[2]);
  if (!fill) return -1;
  memset(fill, 'x', sizes[2]);
  for (size_t i = 0; i < 3; i++) {
    int fd = open(scratch_files[i], O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || write(fd, fill, sizes[i]) != (ssize_t)sizes[i]) { free(fill); return -1; }
    close(fd);
  }
  free(fill);
  return 0;
}

static void remove_scratch(void) {
  for (size_t i = 0; i < 3; i++) unlink(scratch_files[i]);
  if (chdir("/") == 0) rmdir(scratch);
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  double seconds = 20;
  uint64_t seed = (uint64_t)time(NULL);
  int dirs = 0;
  for (int i = 1; i < argc; i++) {
    if (strncmp(argv[i], "--seconds=", 10) == 0) seconds = atof(argv[i] + 10);
    else if (strncmp(argv[i], "--seed=", 7) == 0) seed = strtoull(argv[i] + 7, NULL, 10);
    else if (strncmp(argv[i], "--crashes=", 10) == 0) crash_dir = realpath(argv[i] + 10, NULL);
    else if (argv[i][0] != '-') dirs++;
  }
  if (!dirs) { fprintf(stderr, "usage: %s [--seconds=N] [--seed=N] [--crashes=DIR] CORPUS_DIR...\n", argv[0]); return 2; }
  rng_state = seed ? seed : 1;
  agent_host_mode = 1; /* hello must not set the host's clock */
  agent_log_fd = open("/dev/null", O_WRONLY | O_CLOEXEC); /* every bad frame is logged */
  __sanitizer_set_death_callback(on_death);
  signal(SIGALRM, on_alarm);
  signal(SIGABRT, on_abort);

  /* corpus paths are relative to where we started, the scratch dir is cwd after */
  char *cwd = getcwd(NULL, 0);
  if (!cwd || make_scratch() < 0) { perror("fuzz: scratch directory"); return 1; }
  for (int i = 1; i < argc; i++) {
    if (argv[i][0] == '-') continue;
    char path[4096];
    snprintf(path, sizeof path, "%s%s%s", argv[i][0] == '/' ? "" : cwd, argv[i][0] == '/' ? "" : "/", argv[i]);
    if (load_dir(path) < 0) { remove_scratch(); return 2; }
  }
  free(cwd);
  size_t seeds = corpus_len, runs = 0;
  if (!corpus_len) add_to_corpus((const uint8_t *)"\x80", 1);

  double start = now(), deadline = start + seconds;
  uint8_t *buf = malloc(MUTANT_MAX);
  while (buf && now() < deadline) {
    for (int batch = 0; batch < 256; batch++, runs++) {
      const input *parent = &corpus[below(corpus_len)];
      memcpy(buf, parent->data, parent->len);
      size_t len = mutate(buf, parent->len);
      if (run_one(buf, len)) add_to_corpus(buf, len);
    }
  }
  double took = now() - start;
  fprintf(stderr, "fuzz: %zu runs in %.1f s (%.0f/s), seed %llu, corpus %zu -> %zu, %zu edges\n", runs, took,
          took > 0 ? (double)runs / took : 0.0, (unsigned long long)seed, seeds, corpus_len, edges());
  free(buf);
  for (size_t i = 0; i < corpus_len; i++) free(corpus[i].data);
  free((void *)crash_dir);
  close(agent_log_fd);
  remove_scratch();
  return 0;
}
