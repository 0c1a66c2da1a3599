-- vm:exec: commands, exit codes, environment, stdin, timeouts.
local vm = provium.create("minimal")
vm:boot()

test("a shell command's output and exit code", function(t)
  local r = vm:exec("echo hello; echo oops >&2; exit 3")
  t:assert_eq(r.code, 3)
  t:assert_eq(r.ok, false)
  t:assert_eq(r.stdout, "hello\n")
  t:assert_eq(r.stderr, "oops\n")
end)

test("argv, environment, working directory and stdin", function(t)
  local r = vm:exec({ "sh", "-c", 'pwd; echo "$NAME"; cat' }, { env = { NAME = "provium" }, cwd = "/tmp", stdin = "input" })
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stdout, "/tmp\nprovium\ninput")
end)

test("a missing command is exit code 127", function(t)
  t:assert_eq(vm:exec("no-such-tool").code, 127)
end)

test("a command past its timeout is killed", { tags = { "slow" } }, function(t)
  local r = vm:exec("sleep 30", { timeout = 0.5 })
  t:assert(r.timed_out)
  t:assert_eq(r.signal, 9)
end)

test("the guest's kernel", function(t)
  local release = vm:exec("uname -r").stdout
  t:assert_contains(vm:console(), "Linux version " .. release:gsub("%s+$", ""))
  vm:shutdown()
end)
