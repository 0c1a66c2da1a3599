-- Background processes, streams and parallel VM calls (checked by test/guest/processes.test.ts).
local shared = provium.fixture("daemon")

test("a reader blocked on a FIFO is woken by a write from another process", function(t)
  local vm = provium.fixture("daemon")
  t:assert(vm:exec("mkfifo /tmp/fifo").ok)
  local reader = vm:spawn("cat /tmp/fifo")
  t:assert_eq(reader:read(nil, 0.5), "", "nothing to read while it is blocked")
  t:assert(reader:running(), "the reader is blocked, not gone")
  local writer = vm:spawn("echo woken > /tmp/fifo")
  local r = reader:wait(10)
  t:assert_eq({ r.code, r.stdout }, { 0, "woken\n" })
  t:assert_eq(writer:wait(10).code, 0)
end)

test("expect on a prompt, then write the answer", function(t)
  local vm = provium.fixture("daemon")
  local p = vm:spawn({ "sh", "-c", 'echo starting; printf "name? "; read name; echo "hello, $name"; exit 2' })
  local m = p:expect("name? ", { plain = true })
  t:assert_eq(m.before, "starting\n")
  p:write("provium\n")
  m = p:expect("hello, (%w+)")
  t:assert_eq(m[1], "provium")
  t:assert_eq(m.match, "hello, provium")
  local r = p:wait()
  t:assert_eq({ r.ok, r.code, r.stdout }, { false, 2, "\n" })
end)

test("a signal by name reaches a shell trap", function(t)
  local vm = provium.fixture("daemon")
  local p = vm:spawn('trap "echo got USR1; exit 0" USR1; echo ready; while true; do sleep 0.1; done')
  t:assert_eq(p:read_line(), "ready")
  p:signal("SIGUSR1")
  t:assert_eq(p:read_line(), "got USR1")
  t:assert_eq(p:wait(10).code, 0)
end)

test("a process left running", function(t)
  local p = shared:spawn("sleep 1000")
  t:assert(p:running())
end)

test("the process left running was killed at its test's end", function(t)
  t:assert_eq(shared:exec("ps -o args | grep -c '^sleep 1000'").stdout, "0\n")
end)

test("a daemon started by the fixture runs in the resumed VM", function(t)
  local vm = provium.fixture("daemon")
  t:assert(vm:exec("kill -0 $(cat /tmp/daemon.pid)").ok, "the daemon's pid is alive")
  local before = #vm:read_file("/tmp/daemon.log")
  wait_until(function() return #vm:read_file("/tmp/daemon.log") > before end, { timeout = 10, interval = 0.2 })
end)

test("vm:tail('/dev/kmsg') catches a line written by a later exec", function(t)
  local vm = provium.fixture("daemon")
  local kmsg = vm:tail("/dev/kmsg")
  vm:exec("echo provium-kmsg-check > /dev/kmsg")
  kmsg:expect("provium-kmsg-check\n", { plain = true })  -- the kernel may log lines of its own first
  vm:write_file("/tmp/app.log", "old line\n")
  local log = vm:tail("/tmp/app.log")
  vm:write_file("/tmp/app.log", "new line\n", { append = true })
  t:assert_eq(log:read_line(), "new line")
  log:close()
end)

test("expect_console and a console stream catch a kernel message", function(t)
  local vm = provium.fixture("daemon")
  local console = vm:console_stream()
  vm:exec("echo 1 > /proc/sys/kernel/sysrq && echo h > /proc/sysrq-trigger")
  console:expect("sysrq: HELP")
  local m = vm:expect_console("sysrq: (%u+)", 10)
  t:assert_eq(m[1], "HELP")
end)

test("100 concurrent processes are all reaped and matched", function(t)
  local vm = provium.fixture("daemon")
  vm:exec("mkfifo /tmp/go")
  local ps = {}
  for i = 1, 100 do ps[i] = vm:spawn({ "cat", "/tmp/go" }) end
  wait_until(function() return vm:exec("pidof cat | wc -w").stdout == "100\n" end, { timeout = 30, interval = 0.2 })
  vm:exec("echo go > /tmp/go") -- all 100 readers wake and exit at once
  local outputs = {}
  for i = 1, 100 do
    local r = ps[i]:wait(30)
    t:assert_eq(r.code, 0, "process " .. i)
    outputs[r.stdout] = (outputs[r.stdout] or 0) + 1
  end
  t:assert_eq(outputs, { ["go\n"] = 1, [""] = 99 })
  t:assert_eq(vm:exec("ps -o stat | grep -c '^Z'").stdout, "0\n", "no zombies")
end)

test("two VMs driven in parallel", function(t)
  local a, b = provium.fixture("daemon"), provium.fixture("daemon")
  local a_done = false
  local ra, rb = provium.parallel(function()
    local r = a:exec("sleep 4; echo a")
    a_done = true
    return r.stdout
  end, function()
    local r = b:exec("sleep 0.5; echo b")
    t:assert(not a_done, "b's command ran while a's was running")
    return r.stdout
  end)
  t:assert_eq({ ra, rb }, { "a\n", "b\n" })
end)

test("output is kept until read, within max_output", function(t)
  local vm = provium.fixture("daemon")
  local chatty = vm:spawn("seq 1 20000; echo done >&2") -- ~108 KB: more than a pipe holds
  chatty:expect("done", { stderr = true })
  sleep(0.5) -- nobody reads stdout meanwhile
  local r = chatty:wait(10)
  local lines = 0
  for _ in r.stdout:gmatch("\n") do lines = lines + 1 end
  t:assert_eq({ lines, r.truncated }, { 20000, false })
  local bounded = vm:spawn("seq 1 20000", { max_output = 1000 })
  r = bounded:wait(10)
  t:assert_eq({ #r.stdout, r.truncated, r.code }, { 1000, true, 0 })
end)

test("bad input", function(t)
  local vm = provium.fixture("daemon")
  t:assert_eq(vm:spawn("no-such-command"):wait(10).code, 127)

  local p = vm:spawn("echo left")
  wait_until(function() return not p:running() end, { timeout = 10, interval = 0.1 })
  t:assert_eq(p:read(nil, 5), "left\n")
  t:assert_eq(p:read(nil, 5), nil)

  local s = vm:spawn("sleep 5")
  s:close_stdin()
  t:assert_raises(function() s:write("x") end, "process %d+ %(sleep 5%): its stdin was closed")
  t:assert_raises(function() s:signal("SIGNOPE") end, "unknown signal 'SIGNOPE'")
  local gone = vm:spawn("true")
  gone:wait(10)
  t:assert_raises(function() gone:write("x") end, "process %d+ closed its stdin")

  local quitter = vm:spawn("echo bye; exit 4")
  t:assert_raises(function() quitter:expect("100%") end, "malformed pattern %(ends with '%%'%) in \"100%%\" %(escape magic characters")
  local started = os.time()
  local err = t:assert_raises(function() quitter:expect("never", 60) end)
  t:assert_contains(err, "exited with status 4 before the pattern \"never\" appeared")
  t:assert_contains(err, "bye")
  t:assert(os.time() - started < 10, "it failed at once")
end)

test("a VM that panics ends a wait on a stream", { allow_kernel_warnings = true }, function(t)
  local vm = provium.fixture("daemon")
  local console = vm:console_stream()
  vm:spawn("sleep 0.5; echo 1 > /proc/sys/kernel/sysrq; echo c > /proc/sysrq-trigger")
  local err = t:assert_raises(function() console:expect("never appears", 60) end)
  t:assert_contains(err, "the guest kernel panicked")
  local other = provium.fixture("daemon")
  local p = other:spawn("sleep 0.5; echo 1 > /proc/sys/kernel/sysrq; echo c > /proc/sysrq-trigger; sleep 100")
  err = t:assert_raises(function() p:expect("never appears", 60) end)
  t:assert_contains(err, "the guest kernel panicked")
end)
