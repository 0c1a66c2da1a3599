-- Fails on purpose: with --keep-failed, a VM resumed from a fixture (its RAM
-- a file mapped copy-on-write) is kept with its RAM in the bundle.
test("resumes a fixture, writes a marker, then fails", function(t)
  local vm = provium.fixture("prepared")
  vm:write_file("/tmp/after-resume", "written after the resume\n")
  t:fail("deliberately, to be kept")
end)
