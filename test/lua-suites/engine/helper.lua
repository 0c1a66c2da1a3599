local M = {}
function M.check(value)
  if value ~= "expected" then error("helper rejected " .. tostring(value), 2) end
end
function M.deep(value)
  assert(value == "expected", "deep helper rejected " .. tostring(value))
end
return M
