-- A busy guest: one process rewrites 16 MiB of tmpfs (guest RAM) with random
-- data over and over, another counts as fast as it can into a file, while
-- the host saves the guest. start() returns once both run; whole.sh tells a
-- reopened or resumed guest is whole.
local M = {}

function M.start(vm, tag)
  local r = vm:exec("dd if=/dev/urandom of=/root/" .. tag .. ".data bs=1M count=4 2>/dev/null && cd /root && sha256sum " .. tag ..
    ".data > " .. tag .. ".sum && echo " .. tag .. " > /root/" .. tag .. ".marker")
  assert(r.ok, r.stderr)
  if vm:exec("ps | grep -q '[c]hurn-memory'").ok then return end
  vm:write_file("/root/churn-memory", "while :; do dd if=/dev/urandom of=/dev/shm/churn bs=1M count=16 2>/dev/null; done\n")
  vm:write_file("/root/churn-counter", "i=0; while :; do i=$((i+1)); echo $i > /tmp/counter; done\n")
  vm:spawn("sh /root/churn-memory")
  vm:spawn("sh /root/churn-counter")
  wait_until(function() return vm:exec("test -s /tmp/counter && test -s /dev/shm/churn").ok end, { timeout = 30 })
end

-- Five tests that each resume the fixture "busy" and check it is whole (the
-- body of resume-a and resume-b: two files, so that resumes run at once).
function M.resume_tests(name)
  for i = 1, 5 do
    test(string.format("resume %s%d", name, i), function(t)
      local vm = provium.fixture("busy")
      local r = vm:exec(M.check_command("fixture"))
      t:assert_eq(r.stdout, "whole\n", r.stderr)
      vm:shutdown()
    end)
  end
end

-- The shell command that prints "whole" when a reopened or resumed guest is whole (whole.sh).
function M.check_command(tag)
  return "TAG=" .. tag .. "\n" .. provium.host_exec("cat whole.sh").stdout
end

return M
