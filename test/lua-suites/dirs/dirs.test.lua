-- Host directories in the guest (checked by test/guest/dirs.test.ts).
local h = dofile("helpers.lua")

test("two VMs at once see the same directory, read-only", function(t)
  local a = provium.create("minimal", { dirs = h.dirs })
  local b = provium.create("minimal", { dirs = { ["/srv/other/place"] = "tree", ["/opt/tree"] = "tree" } })
  a:boot()
  b:boot()
  h.check_tree(t, a)
  h.check_tree(t, b)
  t:assert_eq(b:read_file("/srv/other/place/hello.txt"), "hello from the host\n")
  a:shutdown()
  b:shutdown()
end)

test("a distribution kernel module loads with modprobe, dependencies first", function(t)
  local vm = provium.create("minimal")
  vm:boot()
  local r = vm:exec("modprobe overlay && grep -w overlay /proc/filesystems")
  t:assert(r.ok, r.stderr)
  -- vxlan needs udp_tunnel and ip6_udp_tunnel: modprobe loads them from modules.dep
  r = vm:exec("modprobe vxlan && lsmod")
  t:assert(r.ok, r.stderr)
  t:assert_contains(r.stdout, "udp_tunnel")
  vm:shutdown()
end)

test("bad dirs are refused before anything boots, naming what is wrong", function(t)
  t:assert_raises(function() provium.create("minimal", { dirs = { ["opt/tree"] = "tree" } }) end,
    "dirs%['opt/tree'%]: the guest path 'opt/tree' is not absolute")
  t:assert_raises(function() provium.create("minimal", { dirs = { ["/"] = "tree" } }) end, "cannot mount a directory over the guest's /")
  t:assert_raises(function() provium.create("minimal", { dirs = { ["/opt/x"] = "tree/hello.txt" } }) end,
    "dirs%['/opt/x'%]: .*tree/hello.txt is a file, not a directory")
  t:assert_raises(function() provium.create("minimal", { dirs = { ["/opt/x"] = "no/such/dir" } }) end,
    "dirs%['/opt/x'%]: the host directory 'no/such/dir' was not found %(looked in .*%)")
  t:assert_raises(function() provium.create("minimal", { dirs = { "tree" } }) end, "option 'dirs' must be a table with string keys")
end)
