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

test("a directory mounted inside another (given in any order) is mounted after it", function(t)
  local vm = provium.create("minimal", { dirs = { ["/opt/tree/bin"] = "tree", ["/opt/tree"] = "tree" } })
  vm:boot()
  t:assert_eq(vm:read_file("/opt/tree/hello.txt"), "hello from the host\n")
  t:assert_eq(vm:read_file("/opt/tree/bin/hello.txt"), "hello from the host\n")
  vm:shutdown()
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
  t:assert_raises(function() provium.create("minimal", { dirs = { "tree" } }) end, "dirs must be a table of guest paths to host directories")
end)

test("a writable directory: each VM writes into its own layer, at once", function(t)
  local a = provium.create("minimal", { dirs = h.writable_dirs })
  local b = provium.create("minimal", { dirs = h.writable_dirs })
  a:boot()
  b:boot()
  for name, vm in pairs({ a = a, b = b }) do
    local r = vm:exec("echo " .. name .. " > /opt/w/hello.txt && echo " .. name .. " > /opt/w/only-" .. name ..
      " && mkdir -p /opt/w/bin/new && rm /opt/w/link && /opt/w/bin/script.sh")
    t:assert(r.ok, r.stderr)
    t:assert_eq(r.stdout, "script ran\n")
  end
  for name, vm in pairs({ a = a, b = b }) do
    t:assert_eq(vm:read_file("/opt/w/hello.txt"), name .. "\n")
    t:assert_eq(vm:exec("ls /opt/w").stdout, "bin\nhello.txt\nonly-" .. name .. "\n", "its own file, not the other's; the link it removed is gone")
  end
  t:assert_eq(a:exec("stat -c %a /opt/w").stdout, provium.host_exec("stat -c %a tree").stdout, "the directory keeps the host's mode")
  a:shutdown()
  b:shutdown()
end)

test("read-only and writable entries side by side, and inside a read-only one", function(t)
  local vm = provium.create("minimal", { dirs = { ["/opt/tree"] = "tree", ["/opt/w"] = { path = "tree", writable = true },
    ["/opt/tree/bin"] = { path = "tree", writable = true } } })
  vm:boot()
  t:assert(vm:exec("echo x > /opt/w/new && echo y > /opt/tree/bin/new").ok)
  t:assert(not vm:exec("echo z > /opt/tree/new").ok, "the read-only one stays read-only")
  t:assert_eq(vm:read_file("/opt/tree/bin/new"), "y\n")
  vm:shutdown()
end)

test("bad writable dirs are refused before anything boots, naming what is wrong", function(t)
  t:assert_raises(function() provium.create("minimal", { dirs = { ["/opt/w"] = { path = "tree", writable = "yes" } } }) end,
    "dirs%['/opt/w'%]%.writable must be true or false, got the string 'yes'")
  t:assert_raises(function() provium.create("minimal", { dirs = { ["/opt/w"] = { path = "tree", rw = true } } }) end,
    "dirs%['/opt/w'%]: unknown field 'rw' %(known: path, writable%)")
  t:assert_raises(function() provium.create("minimal", { dirs = { ["/opt/w"] = { writable = true } } }) end,
    "dirs%['/opt/w'%]%.path must be the host directory %(a string%), got nothing")
  local vm = provium.create("minimal", { dirs = { ["/opt/w"] = { path = "tree", writable = true }, ["/opt/w/ro"] = "tree" } })
  t:assert_raises(function() vm:boot() end, "the read%-only /opt/w/ro is inside the writable /opt/w: make /opt/w/ro writable too")
end)
