-- Scratch disks (checked by test/guest/lua.test.ts): what a test writes reaches the
-- image, and each resume of a fixture gets its own copy of the fixture's disks.
test("disks appear as /dev/vda, /dev/vdb … with their sizes, and keep what is written", function(t)
  local vm = provium.create("minimal", { disks = { 64, 8 } })
  vm:boot()
  t:assert_eq(vm:read_file("/sys/block/vda/size"), tostring(64 * 2048) .. "\n") -- 512-byte sectors
  t:assert_eq(vm:read_file("/sys/block/vdb/size"), tostring(8 * 2048) .. "\n")
  t:assert_eq(vm:read_file("/sys/block/vda/serial"), "provium-disk0")
  local r = vm:exec("mke2fs -q /dev/vda >/dev/null && mkdir /mnt/d && mount /dev/vda /mnt/d && echo kept > /mnt/d/f && umount /mnt/d && mount /dev/vda /mnt/d && cat /mnt/d/f")
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stdout, "kept\n")
  vm:shutdown()
end)

test("a fixture's disk comes with it, and writes stay with the VM that made them", function(t)
  local first = provium.fixture("formatted")
  t:assert_eq(first:read_file("/mnt/scratch/marker"), "from-fixture\n")
  t:assert(first:exec("echo mine > /mnt/scratch/mine && sync").ok)
  local second = provium.fixture("formatted")
  -- Remount: what is read now comes from the disk image, not the page cache of the snapshot.
  local r = second:exec("umount /mnt/scratch && mount /dev/vda /mnt/scratch && ls /mnt/scratch && cat /mnt/scratch/marker")
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stdout, "lost+found\nmarker\nfrom-fixture\n")
end)

test("a disk from a raw image is a private copy, grown to the size asked", function(t)
  -- test/guest/lua.test.ts writes this 1 MiB image: "provium-image\n", then zeros.
  local vm = provium.create("minimal", { disks = { { image = os.getenv("PROVIUM_TEST_DISK_IMAGE"), size = 4 } } })
  vm:boot()
  t:assert_eq(vm:read_file("/sys/block/vda/size"), tostring(4 * 2048) .. "\n")
  local r = vm:exec("dd if=/dev/vda bs=14 count=1 2>/dev/null && echo overwritten | dd of=/dev/vda conv=notrunc,fsync 2>/dev/null")
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stdout, "provium-image\n")
  vm:shutdown()
end)

test("bad disks are refused at the caller's line", function(t)
  t:assert_raises(function() provium.create("minimal", { disks = { 0 } }) end, "disks.test.lua:%d+: provium.create: disks%[1%]: size must be a positive integer %(MiB%), got 0")
  t:assert_raises(function() provium.create("minimal", { disks = 64 }) end, "option 'disks' must be a list of sizes in MiB or")
  t:assert_raises(function() provium.create("minimal", { disks = { {} } }) end, "disks%[1%]: give an image, a size, or both")
  t:assert_raises(function() provium.create("minimal", { disks = { { image = "no/such.img" } } }) end, "disk image 'no/such.img' was not found")
end)
