---@meta provium
-- Provium's Lua API, for lua-language-server (LuaLS). Add the directory that
-- holds this file to "workspace.library" in your .luarc.json. Reference:
-- docs/lua-api.md. Nothing here runs: it only declares.

---------------------------------------------------------------- provium

---VMs, fixtures, syscall buffers and exact integers.
provium = {}

---@alias provium.Accel "auto"|"kvm"|"tcg"

---@alias provium.Arch "x86_64"|"arm64"

---The guest architecture this run (or this part of a run of several, `provium
---run --arch x86_64,arm64`) boots: the built-in profiles' and the fixtures'.
---@type provium.Arch
provium.arch = "x86_64"

---@class provium.Disk
---@field image? string A raw disk image; the VM gets a private copy.
---@field size? integer MiB; an image is grown to it if smaller.

---@class CreateOptions
---@field memory? number Guest RAM in MiB (default: the profile's, 256).
---@field cpus? number vCPUs (default: the profile's, 1).
---@field kernel_cmdline? string Appended to the profile's kernel command line (later parameters win).
---@field accel? provium.Accel Default: --accel, else "auto".
---@field boot_timeout? number Seconds boot() waits for the guest agent (default 60).
---@field disks? (integer|provium.Disk)[] Scratch disks: /dev/vda, /dev/vdb, … in the guest; a size in MiB (empty) or a raw image to copy.
---@field dirs? table<string, string> Host directories shown read-only at guest paths: { ["/opt/x"] = "build/x" } (host paths found like dofile finds files).

---Creates a VM of the named profile, not booted. `profile` defaults to
---"minimal" (or the run's --profile/--kernel). Raises for an unknown profile,
---an unknown option or a missing kernel/initrd.
---@param profile? string
---@param opts? CreateOptions
---@return provium.VM
function provium.create(profile, opts) end

---A running VM resumed from the snapshot of fixtures/<name>.lua (built on
---first use in the run). Raises when the fixture is missing or its script failed.
---@param name string
---@return provium.VM
function provium.fixture(name) end

---A syscall buffer: `provium.buffer(n)` is an out-buffer of n zero bytes
---(0..64 MiB); `provium.buffer("bytes")` an in/out buffer holding a copy.
---@param size_or_bytes integer|string
---@return provium.Buffer
function provium.buffer(size_or_bytes) end

---An exact 64-bit syscall argument from an integer, an integral float below
---2^53, or a decimal / 0x-hex string (optionally negative), e.g.
---`provium.int("0xffffffff00000000")`. Range -2^63 .. 2^64-1.
---@param value integer|number|string
---@return provium.Int
function provium.int(value) end

---@class HostExecOptions
---@field env? table<string, string> Added to the host's environment.
---@field cwd? string Working directory (default: the suite root).
---@field stdin? string Bytes written to standard input.
---@field timeout? number Seconds before the command is killed; default 600.

---Runs a command on the host (a shell string or a list of arguments), with
---vm:exec's result table; 127 when the program is not found.
---@param cmd string|string[]
---@param opts? HostExecOptions
---@return ExecResult
function provium.host_exec(cmd, opts) end

---A new empty host directory for the test's own files, removed with the run.
---@return string
function provium.host_tmpdir() end

---@class provium.Buffer
local Buffer = {}

---The contents after the last syscall that used this buffer (before any:
---the initial bytes).
---@return string
function Buffer:bytes() end

---Runs the functions side by side (each in a coroutine of its own) so that
---their VM calls overlap, and returns the first result of each. When one
---raises, the call raises at once ("provium.parallel: function 2 failed: …")
---and the others are abandoned. Lua code itself still runs one at a time.
---@param ... fun(): any
---@return any ...
function provium.parallel(...) end

---An exact integer for vm:syscall; tostring() gives its decimal form.
---@class provium.Int

---------------------------------------------------------------- the VM

---A QEMU guest. `tostring(vm)` is "VM minimal-1 (running)".
---@class provium.VM
local VM = {}

---@class BootOptions
---@field timeout? number Seconds to wait for the guest agent (default: the VM's boot_timeout, 60).

---Starts QEMU and waits until the guest agent answers. Raises on a panic, a
---boot timeout, or when the VM was already started.
---@param opts? BootOptions
function VM:boot(opts) end

---@class ExecOptions
---@field env? table<string, string> Extra environment variables (on top of a root login's: PATH, HOME, USER, LOGNAME, SHELL, TERM, LANG).
---@field cwd? string Working directory.
---@field stdin? string Bytes written to the command's standard input.
---@field timeout? number Seconds before the command (and its process group) is killed; default 60.
---@field max_output? number Bytes kept per stream; default 1 MiB, at most 33521664 (both streams share one 64 MiB message).

---@class ExecResult
---@field ok boolean code == 0 and not timed out.
---@field code integer|nil Exit status; nil when killed by a signal (127: not found, 126: cannot run).
---@field signal integer|nil The signal that killed the command (9 after a timeout).
---@field stdout string
---@field stderr string
---@field timed_out boolean Killed because `timeout` passed.
---@field truncated boolean Output beyond `max_output` was dropped.

---Runs a command as root: a shell string (`/bin/sh -c`) or a list of
---arguments (no shell). A failing command is not an error: check `ok`.
---@param cmd string|string[]
---@param opts? ExecOptions
---@return ExecResult
function VM:exec(cmd, opts) end

---@alias SyscallArg integer|number|string|boolean|nil|provium.Buffer|provium.Int

---@class SyscallResult
---@field ok boolean errno == 0.
---@field ret integer|number|string The return value (-1 on failure); a float beyond 2^31, a decimal string beyond 2^53.
---@field errno integer The error number, or 0.
---@field buffers string[] Contents of the provium.buffer arguments after the call, in argument order.

---A raw x86-64 system call from the agent (PID 1, root), by number or name,
---with up to 6 arguments: integers, strings (pointers to NUL-terminated
---copies), provium.buffer(...) and provium.int(...). A failing syscall is not
---an error: check `ok`/`errno`.
---@param nr_or_name integer|string
---@param ... SyscallArg
---@return SyscallResult
function VM:syscall(nr_or_name, ...) end

---The whole file (binary-safe, up to 16 MiB), or nil, message, errno.
---@param path string
---@return string|nil data
---@return string? message
---@return integer? errno
function VM:read_file(path) end

---@class WriteFileOptions
---@field mode? integer File mode, e.g. tonumber("600", 8); applied even to an existing file (default 0644).
---@field append? boolean Append instead of truncating.

---Writes `data`, creating or truncating the file. Returns true, or nil,
---message, errno. `mode` may be given positionally or in opts.
---@param path string
---@param data string
---@param mode? integer|WriteFileOptions
---@param opts? WriteFileOptions
---@return true|nil ok
---@return string? message
---@return integer? errno
function VM:write_file(path, data, mode, opts) end

---@class PushOptions
---@field mode? integer Mode of a single pushed file, e.g. tonumber("755", 8).

---Copies a host file or directory tree into the guest (byte-exact, modes,
---symlinks as links, empty directories; parents created). host_path is found
---like dofile finds files. Returns the bytes of file data copied; raises on
---any failure.
---@param host_path string
---@param guest_path string Absolute.
---@param opts? PushOptions
---@return number bytes
function VM:push(host_path, guest_path, opts) end

---@class PullResult
---@field path string Absolute host path of the copy.
---@field bytes number Bytes of file data copied.

---Copies a guest file or tree to the host. A relative host_path lands in the
---run's results directory (--artifacts, default provium-results/). Devices,
---FIFOs and sockets are refused.
---@param guest_path string
---@param host_path string
---@return PullResult
function VM:pull(guest_path, host_path) end

---@class MountOptions
---@field source? string Default: the fstype.
---@field flags? number MS_* flags.
---@field data? string Filesystem options, e.g. "size=16m".

---mount(2) in the guest; creates `target` first. Returns true, or nil,
---message, errno.
---@param fstype string
---@param target string
---@param opts? MountOptions
---@return true|nil ok
---@return string? message
---@return integer? errno
function VM:mount(fstype, target, opts) end

---Mounts proc, sysfs, devtmpfs, securityfs, debugfs, tmpfs (/tmp) and devpts
---where the kernel supports them and they are not mounted yet; returns the
---targets mounted now. Raises if a mount fails.
---@return string[]
function VM:mount_vfs() end

---Everything the guest printed on its serial console so far (since the
---resume, for a VM from a fixture).
---@return string
function VM:console() end

---The guest's architecture (its profile's): "x86_64" or "arm64".
---@return provium.Arch
function VM:arch() end

---@class SpawnOptions
---@field env? table<string, string> Extra environment variables (on top of a root login's: PATH, HOME, USER, LOGNAME, SHELL, TERM, LANG).
---@field cwd? string Working directory.
---@field stdin? string Written to its stdin at the start; stdin stays open (p:close_stdin()).
---@field max_output? integer Bytes kept per stream until read; default 1 MiB.

---Starts a command (shell string or argument list) and returns at once. It
---runs in a process group of its own and is killed (and logged) at the end
---of the test that started it; a fixture's keeps running in the snapshot.
---@param cmd string|string[]
---@param opts? SpawnOptions
---@return provium.Process
function VM:spawn(cmd, opts) end

---A stream over what is appended to a guest file from now on; "/dev/kmsg"
---gives the kernel log's records, one message per line.
---@param path string
---@return provium.Stream
function VM:tail(path) end

---A stream over the serial console from now on. A wait on it ends with the
---VM's error when the VM stops (a panic).
---@return provium.Stream
function VM:console_stream() end

---expect on the VM's whole console, consumed match by match (the first call
---searches from the VM's start).
---@param pattern string
---@param timeout_or_opts? number|ExpectOptions
---@return ExpectMatch
function VM:expect_console(pattern, timeout_or_opts) end

---Powers the guest off (QEMU is killed after 10 s if it does not). Safe to
---call twice or on a VM never booted.
function VM:shutdown() end

---@class KtapOptions: ExecOptions
---@field name? string The group the results go under (default: the program's file name).
---@field prefixed? boolean Read as run_kselftest.sh prints it: the '# '-prefixed output before each result is its own KTAP (its sub-results).

---@class KtapCounts
---@field ok boolean No result failed or errored.
---@field passed integer
---@field failed integer
---@field skipped integer
---@field todo integer
---@field xfail integer
---@field errors integer

---@class VmKtapResult: KtapCounts
---@field exit_ok boolean The command exited with 0 (vm:exec's `ok`).
---@field code integer|nil
---@field signal integer|nil
---@field stdout string
---@field stderr string
---@field timed_out boolean
---@field truncated boolean

---Runs a command like vm:exec and records its KTAP/TAP output as sub-results
---of the running test, under a group named after the command. The exit
---status counts: 4 (kselftest's skip) skips the group; another non-zero status
---fails it unless a result failed; a signal or timeout is an error. Raises
---outside a test.
---@param cmd string|string[]
---@param opts? KtapOptions
---@return VmKtapResult
function VM:ktap(cmd, opts) end

---How the VM runs once started: "kvm" or "tcg" (emulation, many times slower); nil before boot.
---@return "kvm"|"tcg"|nil
function VM:accel() end

---------------------------------------------------------------- ktap

provium.ktap = {}

---@alias provium.KtapStatus "pass"|"fail"|"skip"|"todo"|"xfail"|"error"

---@class provium.KtapResult
---@field number integer
---@field name string The description; without one, the directive's text (kselftest's "ok 3 # SKIP CLOCK_TAI"), else "#<number>".
---@field status provium.KtapStatus
---@field reason? string The directive's text or the diagnostic data after '#'.
---@field diagnostics string[] Lines that belong to this result.
---@field line integer 1-based line in the text (0 for a missing result).
---@field text string The result line.
---@field children provium.KtapResult[] Nested subtests.
---@field missing? boolean The plan promised it, the output never gave it.

---@class provium.KtapDocument
---@field version? string
---@field plan? integer
---@field skip_all? string Set by "1..0 # SKIP reason".
---@field results provium.KtapResult[]
---@field problems { line: integer, message: string }[] Malformed lines, a wrong plan, totals that disagree.
---@field notes string[] No plan, output cut.
---@field bail_out? { reason: string, line: integer }
---@field totals? { pass: integer, fail: integer, xfail: integer, xpass: integer, skip: integer, error: integer, line: integer } kselftest's "# Totals:" line.
---@field lines integer
---@field cut? string
---@field crash? { line: integer, text: string } A kernel log: the crash report (panic, Oops, BUG) after which no result came.

---Parses KTAP v1 / TAP 13/14 text, or a kernel log holding KTAP (never raises on bad output: see problems).
---@param text string
---@return provium.KtapDocument
function provium.ktap.parse(text) end

---@class provium.KunitOptions
---@field profile? string The kernel (and modules) to run; default the run's default profile.
---@field timeout? number Seconds one suite may run (default 300); past it the guest is stopped and the next suites run in a fresh one.
---@field boot_timeout? number Seconds a booting guest may print nothing outside a suite (default 60).
---@field kernel_cmdline? string
---@field memory? integer MiB
---@field cpus? integer
---@field accel? "auto"|"kvm"|"tcg"

---@class provium.KunitResult: KtapCounts
---@field boots integer The guests it booted.

---The kernel's KUnit suites, inside a test: each case a sub-result "suite › case".
---Built-in suites run at boot (one boot per glob), modular ones load from the profile's modules.
---@param globs? string|string[] kunit.filter_glob patterns ("suite_glob" or "suite_glob.case_glob"); none: every suite.
---@param opts? provium.KunitOptions
---@return provium.KunitResult
function provium.kunit(globs, opts) end

---------------------------------------------------------------- processes and streams

---@class ExpectOptions
---@field timeout? number Seconds (default 10).
---@field plain? boolean The pattern is a plain string, not a Lua pattern.
---@field stderr? boolean For a process: match its stderr instead of stdout.

---What expect returns: the captures as m[1], m[2], …
---@class ExpectMatch
---@field before string The output before the match.
---@field match string The matched text.
---@field [integer] string|integer The pattern's captures.

---Output of a guest process, a followed file or the console, read as it comes.
---@class provium.Stream
local Stream = {}

---Up to `max` bytes of what is there; if nothing is, what comes within
---`timeout` seconds (default 0). "" when nothing came, nil at the end.
---@param max? integer
---@param timeout? number
---@return string|nil
function Stream:read(max, timeout) end

---The next line without its "\n"/"\r\n" (default timeout 10 s; raises on
---timeout with the output so far); nil at the end.
---@param timeout? number
---@return string|nil
function Stream:read_line(timeout) end

---Waits until the unread output matches a Lua pattern (or a plain string),
---consumes it through the match and returns it. Raises on timeout (default
---10 s) and at once when the stream ends first, with the output seen.
---@param pattern string
---@param timeout_or_opts? number|ExpectOptions
---@return ExpectMatch
function Stream:expect(pattern, timeout_or_opts) end

---Ends a vm:tail follower (nothing for other streams).
function Stream:close() end

---A process started by vm:spawn. read/read_line/expect read its stdout.
---@class provium.Process
---@field pid integer The guest pid.
---@field stdout provium.Stream
---@field stderr provium.Stream
local Process = {}

---@param max? integer
---@param timeout? number
---@return string|nil
function Process:read(max, timeout) end

---@param timeout? number
---@return string|nil
function Process:read_line(timeout) end

---@param pattern string
---@param timeout_or_opts? number|ExpectOptions
---@return ExpectMatch
function Process:expect(pattern, timeout_or_opts) end

---Waits for it to exit (no timeout: as long as the test may run); the result
---of vm:exec with its unread output, or nil, "timeout" (it is not killed).
---@param timeout? number
---@return ExecResult|nil
---@return string? why
function Process:wait(timeout) end

---Sends `signal` (default SIGKILL) to its whole process group.
---@param signal? string|integer
function Process:kill(signal) end

---Sends a signal by name ("SIGUSR1", "USR1", "SIGRTMIN+2") or number.
---@param signal string|integer
function Process:signal(signal) end

---Writes to its stdin; raises when stdin is closed.
---@param data string
function Process:write(data) end

---Closes its stdin: it reads end of file.
function Process:close_stdin() end

---True until it has exited.
---@return boolean
function Process:running() end

---------------------------------------------------------------- tests

---@class TestMeta
---@field tags? string[] Selected with --tag.
---@field timeout? number This test's time limit in seconds (default: --timeout, 300).
---@field skip? string|boolean Skip without running; a string is the reason.
---@field allow_kernel_warnings? boolean Kernel WARNING/BUG/Oops reports on a console while the test runs do not fail it.
---@field retries? integer Run again up to this many times after failing (default: --retries); passing on a retry is "flaky".

---The object a test function receives.
---@class TestContext
---@field name string The test's name.
local TestContext = {}

---Fails with `msg` unless `cond` is true; returns `cond`.
---@generic T
---@param cond T
---@param msg? any
---@return T
function TestContext:assert(cond, msg) end

---Deep equality (tables compared by content).
---@param actual any
---@param expected any
---@param msg? any
function TestContext:assert_eq(actual, expected, msg) end

---Fails when `actual` deep-equals `unexpected`.
---@param actual any
---@param unexpected any
---@param msg? any
function TestContext:assert_neq(actual, unexpected, msg) end

---A string contains `needle` (plain text), or a table holds a value deep-equal to it.
---@param haystack string|table
---@param needle any
---@param msg? any
function TestContext:assert_contains(haystack, needle, msg) end

---Fails unless `fn` raises (and the error matches the Lua `pattern`); returns the error.
---@param fn fun()
---@param pattern? string
---@param msg? any
---@return any err
function TestContext:assert_raises(fn, pattern, msg) end

---Fails the test now.
---@param msg? any
function TestContext:fail(msg) end

---Ends the test as skipped.
---@param reason? string
function TestContext:skip(reason) end

---Writes a line to the test's log (like print); in a subtest, to its output too.
---@param ... any
function TestContext:log(...) end

---Runs `fn` as a subtest: a result of its own ("test › name"). A failure
---inside fails the subtest (and so the test) but the test goes on. Returns
---true unless the subtest failed.
---@param name string
---@param fn fun(t: TestContext)
---@return boolean passed
function TestContext:subtest(name, fn) end

---@class SubResult
---@field name string
---@field status "pass"|"fail"|"skip"|"todo"|"xfail"|"error"
---@field message? string The failure message, or the skip/todo/xfail reason.
---@field duration? number Seconds.
---@field output? string Its log.

---Records a sub-result without running code (e.g. from a tool's own output),
---at the calling line. Returns true unless it counts as failed.
---@param result SubResult
---@return boolean passed
function TestContext:record(result) end

---Records parsed KTAP/TAP output as sub-results (under `opts.name`, if given).
---`opts.prefixed`: read as run_kselftest.sh prints it, the '# '-prefixed output
---before each result that result's own KTAP (its sub-results).
---@param text string
---@param opts? { name?: string, prefixed?: boolean }
---@return KtapCounts
function TestContext:ktap(text, opts) end

---Registers a test. Without test(...) calls, a whole file is one test.
---@param name string
---@param fn fun(t: TestContext)
---@overload fun(name: string, meta: TestMeta, fn: fun(t: TestContext))
function test(name, fn) end

---Ends the running test as todo.
---@param reason? string
function todo(reason) end

---@class WaitUntilOptions
---@field timeout? number Seconds (default 10).
---@field interval? number Seconds between calls (default 0.1).

---Calls `pred` until it returns a true value, and returns that value; raises
---"wait_until: the condition was not met within N s" past the timeout.
---@generic T
---@param pred fun(): T
---@param opts? WaitUntilOptions
---@return T
function wait_until(pred, opts) end

---Waits without blocking other test files.
---@param seconds number
function sleep(seconds) end

---------------------------------------------------------------- json

json = {}

---Lua value to JSON: tables with keys 1..n become arrays, others objects.
---@param value any
---@return string
function json.encode(value) end

---JSON to a Lua value (null becomes nil); raises "json.decode: ..." on invalid JSON.
---@param text string
---@return any
function json.decode(text) end
