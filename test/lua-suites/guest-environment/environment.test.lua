-- What programs expect of a booted Linux, in each kind of guest (checked by
-- test/guest/guest-userspace.test.ts): output through /dev/stdout and
-- /dev/stderr (the kernel's kselftest runner writes every test's output so),
-- the other /dev links and mounts, writable /tmp, /run and /dev/shm, a
-- root login's environment, a hostname and a loopback interface that is up,
-- device nodes that load their module, /dev/kmsg without a rate limit. Each
-- guest's inventory (scripts/guest-inventory.sh) goes to the results
-- directory as inventory/<guest>.txt, to be compared with a systemd boot's.
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
      "securityfs /sys/kernel/security", "debugfs /sys/kernel/debug", "configfs /sys/kernel/config", "binfmt_misc /proc/sys/fs/binfmt_misc" }) do
    t:assert_contains(mounts, m .. " ")
  end
  r = vm:exec("for d in /tmp /run /dev/shm /var/tmp /run/lock /var/lock $HOME; do echo ok > $d/probe && rm $d/probe || exit 1; done; echo $HOME $USER $LANG")
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stdout, "/root root C.UTF-8\n")
  t:assert_eq(vm:exec("hostname").stdout, vm:read_file("/etc/hostname"), "the hostname /etc/hostname names")
  t:assert(vm:exec("grep -q \"[[:space:]]$(hostname)$\" /etc/hosts").ok, "the hostname resolves through /etc/hosts")
  t:assert_contains(vm:exec("cat /sys/class/net/lo/flags").stdout, "0x9", "lo is up (IFF_UP|IFF_LOOPBACK)")
  t:assert_contains(vm:read_file("/etc/passwd"), "nobody:x:65534:")
  -- a static node loads its module when opened, as under systemd (kmod static-nodes)
  r = vm:exec("exec 3<>/dev/net/tun && grep -c '^tun ' /proc/modules")
  t:assert_eq(r.stdout, "1\n", r.stderr)
  -- every line a program writes to /dev/kmsg reaches the kernel log: the kernel keeps 10 in 5 s of
  -- each open file unless kernel.printk_devkmsg is on (systemd turns it on)
  r = vm:exec("exec 3>/dev/kmsg; for i in $(seq 1 200); do echo \"<7>kmsg-probe-$i\" >&3; done; dmesg | grep -c kmsg-probe-")
  t:assert_eq(r.stdout, "200\n", r.stderr)
end

local function inventory(t, vm, guest)
  vm:push("scripts/guest-inventory.sh", "/tmp/guest-inventory.sh")
  local r = vm:exec("sh /tmp/guest-inventory.sh > /tmp/inventory.txt")
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stderr, "", "the inventory ran without an error")
  vm:pull("/tmp/inventory.txt", "inventory/" .. guest .. ".txt")
end

for _, profile in ipairs({ "minimal", "distro" }) do
  test("the " .. profile .. " guest", function(t)
    local vm = provium.create(profile)
    vm:boot()
    inventory(t, vm, profile)
    check(t, vm)
    vm:shutdown()
  end)
end

test("a guest resumed from a fixture", function(t)
  local vm = provium.fixture("prepared")
  t:assert_eq(vm:read_file("/root/prepared"), "yes\n")
  inventory(t, vm, "fixture")
  check(t, vm)
end)
