-- Scratch disks (checked by test/lua.test.ts): what a test writes reaches the
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

test("bad disk sizes are refused at the caller's line", function(t)
  t:assert_raises(function() provium.create("minimal", { disks = { 0 } }) end, "disks.test.lua:%d+: provium.create: disks must list sizes in MiB %(positive integers%), got 0")
  t:assert_raises(function() provium.create("minimal", { disks = 64 }) end, "option 'disks' must be a list of numbers")
end)
