local M = {}
-- A helper that fails: the report names this line and the test's own line.
function M.expect_root(vm)
  local uid = vm:exec("id -u").stdout
  assert(uid == "1000\n", "expected uid 1000, got " .. uid)
end
return M
