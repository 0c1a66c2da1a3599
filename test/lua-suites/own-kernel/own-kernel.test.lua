-- Run by test/guest/own-kernel.test.ts as `provium run --kernel <bzImage>`, with a
-- kernel built from kernel/provium-guest.config (and test/kernel/kunit.config):
-- virtio built in, no modules given. provium.create() without a name boots
-- the kernel under test.
local vm = provium.create()
vm:boot()

test("the kernel under test is the one that booted", function(t)
  t:assert_eq(vm:read_file("/proc/sys/kernel/osrelease"), os.getenv("PROVIUM_TEST_KERNEL_RELEASE") .. "\n")
end)

test("no modules loaded: the agent's port comes from built-in virtio", function(t)
  t:assert_eq(vm:read_file("/proc/modules"), "", "no module was loaded")
  t:assert_eq(vm:exec("cat /sys/class/virtio-ports/*/name").stdout, "org.provium.agent\n")
end)

test("exec, syscalls and every mount_vfs target the fragment enables, mounted at boot", function(t)
  t:assert_eq(vm:exec("echo $((6 * 7))").stdout, "42\n")
  local uname = vm:syscall("uname", provium.buffer(6 * 65))
  t:assert_eq(uname.buffers[1]:sub(1, 6), "Linux\0")
  t:assert_eq(vm:mount_vfs(), {}, "the agent mounted them at boot")
  local mounts = vm:read_file("/proc/mounts")
  for _, target in ipairs({ "/sys/kernel/security", "/sys/kernel/debug", "/tmp", "/dev/pts", "/dev/shm" }) do
    t:assert_contains(mounts, " " .. target .. " ")
  end
  t:assert_eq(vm:exec("echo x > /dev/stdout").stdout, "x\n")
end)

test("a scratch disk through built-in virtio-blk", function(t)
  local disk = provium.create(nil, { disks = { 4 } })
  disk:boot()
  local r = disk:exec("echo provium | dd of=/dev/vda bs=512 conv=sync 2>/dev/null && dd if=/dev/vda bs=8 count=1 2>/dev/null")
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stdout, "provium\n")
  disk:shutdown()
end)

test("a fixture built on the kernel under test resumes", function(t)
  local resumed = provium.fixture("prepared")
  t:assert_eq(resumed:read_file("/tmp/prepared"), "on the kernel under test\n")
  t:assert_eq(resumed:read_file("/proc/sys/kernel/osrelease"), os.getenv("PROVIUM_TEST_KERNEL_RELEASE") .. "\n")
end)

test("the guest powers off on shutdown", function(t)
  vm:shutdown()
  t:assert_contains(vm:console(), "reboot: Power down")
end)
