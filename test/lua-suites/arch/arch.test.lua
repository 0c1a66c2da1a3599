-- One suite, each architecture (test/guest/arch.test.ts runs it with
-- --arch x86_64,arm64): what a test sees of its guest's architecture, and
-- what differs between them. Written once, for either.
local GETPID = { x86_64 = 39, arm64 = 172 }
local UNAME = { x86_64 = "x86_64", arm64 = "aarch64" }
local OTHER = { x86_64 = "arm64", arm64 = "x86_64" }
local TITLE = { x86_64 = "x86-64", arm64 = "arm64" }
local CC = { x86_64 = "x86_64-linux-gnu-gcc", arm64 = "aarch64-linux-gnu-gcc" }

local vm = provium.create("minimal", { disks = { 8 }, dirs = { ["/opt/w"] = { path = "tree", writable = true } } })
vm:boot()

-- The host's compiler for its own architecture, a cross compiler for the other.
local function compiler(arch)
  local host = provium.host_exec({ "uname", "-m" }).stdout:gsub("%s+$", "")
  return UNAME[arch] == host and "cc" or CC[arch]
end

test("the guest is of the run's architecture", function(t)
  t:assert_eq(vm:arch(), provium.arch)
  t:assert_eq(vm:exec("uname -m").stdout, UNAME[provium.arch] .. "\n")
end)

test("syscalls by name come from the guest's own table; numbers pass through", function(t)
  t:assert_eq(vm:syscall("getpid").ret, 1)
  t:assert_eq(vm:syscall(GETPID[provium.arch]).ret, 1)
  t:assert_eq(vm:syscall("openat", -100, "/no/such", 0, 0).errno, 2)
  if provium.arch == "arm64" then
    local err = t:assert_raises(function() vm:syscall("open", "/tmp", 0) end)
    t:assert_contains(err, "unknown syscall name 'open': arm64 has no such system call (use 'openat')")
    err = t:assert_raises(function() vm:syscall("no_such_call") end)
    t:assert_contains(err, "unknown syscall name 'no_such_call': arm64's system call table has no such name")
  else
    t:assert_eq(vm:syscall("open", "/no/such", 0).errno, 2)
    t:assert_contains(t:assert_raises(function() vm:syscall("no_such_call") end), "x86-64's system call table has no such name")
  end
end)

test("a program built for the guest runs; one built for the other architecture is named as such", function(t)
  local build = provium.host_tmpdir()
  for _, arch in ipairs({ provium.arch, OTHER[provium.arch] }) do
    local cc = provium.host_exec({ compiler(arch), "-static", "-O2", "-o", build .. "/hello-" .. arch, "../../../examples/tests/programs/hello.c" })
    t:assert(cc.ok, cc.stderr)
  end
  vm:push(build, "/opt/bin")
  local own = vm:exec({ "/opt/bin/hello-" .. provium.arch, "x" })
  t:assert(own.ok, own.stderr)
  t:assert_contains(own.stdout, "1 argument(s)")
  local foreign = "/opt/bin/hello-" .. OTHER[provium.arch]
  local expected = string.format("provium-agent: %s is an %s binary; the guest is %s: build it for %s\n", foreign, TITLE[OTHER[provium.arch]], TITLE[provium.arch], TITLE[provium.arch])
  for _, command in ipairs({ foreign, { foreign }, "cd /opt/bin && ./hello-" .. OTHER[provium.arch] .. " && echo ran" }) do
    local r = vm:exec(command)
    t:assert_eq(r.code, 126)
    t:assert_eq(r.stdout, "")
    t:assert_eq(r.stderr:gsub("%./hello", "/opt/bin/hello"), expected)
  end
  local p = vm:spawn(foreign)
  t:assert_eq(p:wait(30).code, 126)
end)

test("scratch disks, a writable directory and the kernel's modules", function(t)
  t:assert(vm:exec("mke2fs -q /dev/vda >/dev/null && mount /dev/vda /mnt && echo kept > /mnt/f && cat /mnt/f").ok)
  t:assert_eq(vm:read_file("/opt/w/note.txt"), "from the host\n")
  t:assert(vm:write_file("/opt/w/note.txt", "changed in the guest\n"))
  t:assert_eq(vm:read_file("/opt/w/note.txt"), "changed in the guest\n")
  local r = vm:exec("modprobe overlay && grep -w overlay /proc/filesystems")
  t:assert(r.ok, r.stderr)
end)

test("background processes and KTAP", function(t)
  local p = vm:spawn("for i in 1 2 3; do echo line $i; done; sleep 1; echo done")
  t:assert_eq(p:read_line(), "line 1")
  t:assert_eq(p:wait(30).code, 0)
  t:assert(vm:write_file("/tmp/k.sh", "#!/bin/sh\necho 'TAP version 13'\necho '1..2'\necho \"ok 1 on $(uname -m)\"\necho 'ok 2 # SKIP not here'\n", { mode = 493 }))
  local k = vm:ktap("/tmp/k.sh")
  t:assert_eq({ k.ok, k.passed, k.skipped }, { true, 1, 1 })
end)

test("a fixture is built and resumed on the run's architecture", function(t)
  local a = provium.fixture("prepared")
  local b = provium.fixture("prepared")
  t:assert_eq(a:arch(), provium.arch)
  t:assert_eq(a:read_file("/tmp/built-on"), provium.arch .. "\n")
  t:assert(a:exec("echo a > /tmp/mine").ok)
  t:assert_eq(b:exec("cat /tmp/mine").code, 1, "a resume sees only its own writes")
  t:assert_eq(b:exec("head -c 7 /dev/vda").stdout, "on-disk")
end)

-- Expected to fail (test/guest/arch.test.ts checks it): the report of a kernel Oops in arm64's format, as
-- /dev/kmsg puts it on the console exactly as arm64's die() starts one, fails the test on either architecture.
test("an Oops on the console fails the test", function(t)
  vm:write_file("/dev/kmsg", "Internal error: Oops: 0000000096000005 [#1] SMP\n")
  wait_until(function() return vm:console():find("Internal error: Oops", 1, true) end, { timeout = 10, interval = 0.05 })
end)
