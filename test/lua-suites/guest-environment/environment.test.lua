-- What programs expect of a booted Linux, in each kind of guest (checked by
-- test/guest/guest-environment.test.ts): output through /dev/stdout and
-- /dev/stderr (the kernel's kselftest runner writes every test's output so),
-- the other /dev links and mounts, writable /tmp, /run and /dev/shm, a
-- root login's environment, a hostname and a loopback interface that is up.
local function check(t, vm)
  local r = vm:exec("echo x > /dev/stdout; echo y > /dev/stderr")
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stdout, "x\n")
  t:assert_eq(r.stderr, "y\n")
  t:assert_eq(vm:exec("cat /dev/stdin", { stdin = "through /dev/stdin\n" }).stdout, "through /dev/stdin\n")
  t:assert_eq(vm:exec("ls /dev/fd/ >/dev/null && for l in fd stdout stderr; do readlink /dev/$l; done").stdout,
    "/proc/self/fd\n/proc/self/fd/1\n/proc/self/fd/2\n")
  local mounts = vm:read_file("/proc/mounts")
  for _, m in ipairs({ "devpts /dev/pts", "tmpfs /dev/shm", "mqueue /dev/mqueue", "tmpfs /run", "tmpfs /tmp", "cgroup2 /sys/fs/cgroup",
      "securityfs /sys/kernel/security", "debugfs /sys/kernel/debug" }) do
    t:assert_contains(mounts, m .. " ")
  end
  r = vm:exec("for d in /tmp /run /dev/shm /var/tmp $HOME; do echo ok > $d/probe && rm $d/probe || exit 1; done; echo $HOME $USER")
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stdout, "/root root\n")
  t:assert_eq(vm:exec("hostname").stdout, vm:read_file("/etc/hostname"), "the hostname /etc/hostname names")
  t:assert_contains(vm:exec("cat /sys/class/net/lo/flags").stdout, "0x9", "lo is up (IFF_UP|IFF_LOOPBACK)")
  t:assert_contains(vm:read_file("/etc/passwd"), "nobody:x:65534:")
end

for _, profile in ipairs({ "minimal", "distro" }) do
  test("the " .. profile .. " guest", function(t)
    local vm = provium.create(profile)
    vm:boot()
    check(t, vm)
    vm:shutdown()
  end)
end

test("a guest resumed from a fixture", function(t)
  local vm = provium.fixture("prepared")
  t:assert_eq(vm:read_file("/root/prepared"), "yes\n")
  check(t, vm)
end)
