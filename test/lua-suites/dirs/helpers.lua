-- What the guest must see of tree/ (checked by several VMs and by fixture resumes).
local M = {}

M.dirs = { ["/opt/tree"] = "tree" }
M.writable_dirs = { ["/opt/w"] = { path = "tree", writable = true } }

function M.check_tree(t, vm)
  t:assert_eq(vm:read_file("/opt/tree/hello.txt"), "hello from the host\n")
  local r = vm:exec("/opt/tree/bin/script.sh && readlink /opt/tree/link && ls /opt/tree")
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stdout, "script ran\nhello.txt\nbin\nhello.txt\nlink\n")
  local w = vm:exec("echo x > /opt/tree/new")
  t:assert(not w.ok, "the directory is read-only")
  t:assert_contains(w.stderr, "Read-only file system")
end

-- The body of resume-1 and resume-2: two files resume the fixture at once.
-- Each sees the fixture's writes to its writable directory, writes its own,
-- and never sees the other's (name: this file's).
function M.check_resumed(t, name)
  local vm = provium.fixture("with_dirs")
  t:assert_eq(vm:read_file("/root/fixture-marker"), "built\n")
  M.check_tree(t, vm)
  t:assert_eq(vm:read_file("/opt/w/hello.txt"), "changed by the fixture\n")
  t:assert(vm:exec("echo " .. name .. " > /opt/w/resumed-by-" .. name).ok)
  t:assert(vm:exec("sleep 1").ok, "the other file's VM writes meanwhile")
  t:assert_eq(vm:exec("ls /opt/w").stdout, "bin\nfrom-fixture\nhello.txt\nlink\nresumed-by-" .. name .. "\n")
end

return M
