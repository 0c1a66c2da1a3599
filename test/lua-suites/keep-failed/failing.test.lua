-- Fails on purpose: with --keep-failed its VM is kept as it was, marker,
-- daemon and read-only directory included.
test("writes a marker, starts a daemon, then fails", function(t)
  local vm = provium.create("minimal", { dirs = { ["/opt/carried"] = "carried" } })
  vm:boot()
  vm:write_file("/tmp/marker", "written before failing\n")
  vm:spawn("sleep 1000")
  t:fail("deliberately, to be kept")
end)
