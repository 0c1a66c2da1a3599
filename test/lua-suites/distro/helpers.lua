local M = {}

-- The body of resume-1 and resume-2: several tests resume one fixture built on distro.
function M.check_resumed(t)
  local vm = provium.fixture("distro_ready")
  local r = vm:exec({ "bash", "-c", "cat /root/state; grep -c ^overlay /proc/modules; python3 -c 'print(6*7)'" })
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stdout, "prepared\n1\n42\n")
end

return M
