-- Fails on purpose: with --keep-failed its VM is kept as it was, marker,
-- daemon, read-only directory and what it wrote to a writable one included.
test("writes a marker, starts a daemon, then fails", function(t)
  local vm = provium.create("minimal", { dirs = { ["/opt/carried"] = "carried", ["/opt/scratch"] = { path = "carried", writable = true } } })
  vm:boot()
  vm:write_file("/tmp/marker", "written before failing\n")
  vm:write_file("/opt/scratch/note.txt", "rewritten in the guest\n")
  vm:spawn("sleep 1000")
  t:fail("deliberately, to be kept")
end)
