-- vm:spawn, streams and provium.parallel: processes that run while the test goes on.
local vm = provium.create("minimal")
vm:boot()

test("answer a program's prompt", function(t)
  local p = vm:spawn('printf "password: "; read pw; [ "$pw" = secret ] && echo welcome')
  p:expect("password: ", { plain = true })
  p:write("secret\n")
  p:expect("welcome")
  t:assert_eq(p:wait(10).code, 0)
end)

test("a reader blocked on a pipe wakes when another process writes", function(t)
  vm:exec("mkfifo /tmp/pipe")
  local reader = vm:spawn("cat /tmp/pipe")
  t:assert(reader:running())
  vm:exec("echo wake up > /tmp/pipe")
  t:assert_eq(reader:wait(10).stdout, "wake up\n")
end)

test("follow the kernel log while running two commands at once", function(t)
  local kmsg = vm:tail("/dev/kmsg")
  provium.parallel(
    function() vm:exec("sleep 0.5; echo first > /dev/kmsg") end,
    function() vm:exec("echo second > /dev/kmsg") end)
  -- expect, not read_line: the kernel logs on its own too (a clocksource
  -- switch, a module) between the two records.
  kmsg:expect("second\n", { plain = true })
  kmsg:expect("first\n", { plain = true })
end)
