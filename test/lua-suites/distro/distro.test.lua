-- The built-in distro guest (checked by test/guest/rootfs.test.ts): a real userspace.
local vm = provium.create("distro", { dirs = { ["/opt/host"] = os.getenv("PROVIUM_TEST_HOST_BIN") } })
vm:boot()

test("bash: arrays and [[ ]]", function(t)
  local r = vm:exec({ "bash", "-c", 'a=(one two three); [[ ${#a[@]} -eq 3 && ${a[1]} == tw* ]] && echo "${a[2]}"' })
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stdout, "three\n")
end)

test("python3 runs", function(t)
  local r = vm:exec({ "python3", "-c", "import json, sys; print(json.dumps({'v': sys.version_info[0]}))" })
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stdout, '{"v": 3}\n')
end)

test("a dynamically linked binary built on the host runs", function(t)
  local r = vm:exec("/opt/host/hello-dynamic && ldd /opt/host/hello-dynamic")
  t:assert(r.ok, r.stderr)
  t:assert_contains(r.stdout, "dynamic hello\n")
  t:assert_contains(r.stdout, "libc.so.6")
end)

test("/ is the distribution's, writable, and kmod's modprobe loads the kernel's modules", function(t)
  t:assert_contains(vm:read_file("/etc/os-release"), "ID=")
  local r = vm:exec("echo x > /usr/local/new && cat /usr/local/new && modprobe vxlan && grep -c . /proc/modules && findmnt -n -o FSTYPE /")
  t:assert(r.ok, r.stderr)
  t:assert_contains(r.stdout, "overlay")
end)
