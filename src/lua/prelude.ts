// The Lua prelude, kept as a string so that the bundles carry it.
// (Lua source: edit it here; String.raw keeps backslashes as Lua sees them.)
export const PRELUDE = String.raw`-- Provium's Lua prelude: the test framework and the parts of the user's
-- surface that are plain Lua. Runs once per Lua state, before the user's
-- file, as chunk "=[provium]" (frames from it are left out of reports).
local host = ...
local framework = { tests = {} }

---------------------------------------------------------------- coroutines
-- A Provium call yields the whole Lua thread to the host. Inside a user's
-- own coroutine that yield would reach the user's coroutine.resume instead;
-- these wrappers pass it up to the host and resume the inner coroutine with
-- the host's answer, so user coroutines and VM calls mix freely.
local raw_resume, raw_yield, raw_create = coroutine.resume, coroutine.yield, coroutine.create
local pack, unpack = table.pack, table.unpack

function coroutine.resume(co, ...)
  local r = pack(raw_resume(co, ...))
  while r[1] and host.host_yield_in_progress() do
    raw_yield()
    r = pack(raw_resume(co))
  end
  return unpack(r, 1, r.n)
end

function coroutine.wrap(f)
  local co = raw_create(f)
  return function(...)
    local r = pack(coroutine.resume(co, ...))
    if not r[1] then error(r[2], 0) end
    return unpack(r, 2, r.n)
  end
end

---------------------------------------------------------------- parallel
-- provium.parallel(f1, f2, ...): each function runs in a coroutine of its
-- own. When one waits for the host (a VM call, sleep), its call is parked
-- and the next one runs, so their waits overlap; Lua itself still runs one
-- function at a time. Returns each function's first result.
local function parked_ids(parked)
  local ids = {}
  for _, id in pairs(parked) do ids[#ids + 1] = id end
  return ids
end

local function parallel(...)
  local fns = pack(...)
  for i = 1, fns.n do
    if type(fns[i]) ~= "function" then
      error("provium.parallel(fn1, fn2, ...): argument " .. i .. " is a " .. type(fns[i]) .. ", not a function", 2)
    end
  end
  local branches, results, parked, left = {}, {}, {}, fns.n
  local function fail(i, err)
    host.forget(parked_ids(parked)) -- the other branches are abandoned
    if type(err) == "string" then
      local wrapped = "provium.parallel: function " .. i .. " failed: " .. err
      host.same_kind(err, wrapped)
      err = wrapped
    end
    error(err, 0)
  end
  -- Runs branch i until it waits for the host (its call is parked) or ends.
  local function run(i)
    while true do
      local r = pack(raw_resume(branches[i]))
      if not r[1] then fail(i, r[2]) end
      if coroutine.status(branches[i]) == "dead" then
        results[i], left = r[2], left - 1
        return
      end
      if not host.host_yield_in_progress() then fail(i, "coroutine.yield() was called outside a coroutine of its own") end
      local id = host.park()
      if id then parked[i] = id; return end
      raw_yield() -- the host preempted it (its time slice is up): pass that up, then go on
    end
  end
  for i = 1, fns.n do
    branches[i] = raw_create(fns[i])
    run(i)
  end
  while left > 0 do
    local done = host.await_any(parked_ids(parked))
    for i, id in pairs(parked) do
      if id == done then
        parked[i] = nil
        host.unpark(id)
        run(i)
        break
      end
    end
  end
  return unpack(results, 1, fns.n)
end
provium = { parallel = parallel }

---------------------------------------------------------------- files
function dofile(path)
  local chunk, err = host.loadfile(path)
  if not chunk then error(err, 2) end
  return chunk()
end
loadfile = host.loadfile

local function joined(...)
  local parts = pack(...)
  for i = 1, parts.n do parts[i] = tostring(parts[i]) end
  return table.concat(parts, "\t", 1, parts.n)
end

function print(...) host.log(joined(...)) end

---------------------------------------------------------------- outcomes
-- t:skip() and todo() end a test early; they travel as error values.
local Outcome = { __provium_outcome = true }
Outcome.__index = Outcome
Outcome.__tostring = function(o) return o.kind .. ": " .. o.reason end
framework.Outcome = Outcome

local function outcome(kind, reason)
  error(setmetatable({ kind = kind, reason = reason and tostring(reason) or "" }, Outcome), 0)
end

function todo(reason) outcome("todo", reason) end

---------------------------------------------------------------- formatting
local function repr(v, depth)
  depth = depth or 0
  if type(v) == "string" then return (string.format("%q", v):gsub("\\\n", "\\n")) end
  if type(v) ~= "table" or depth > 2 then return tostring(v) end
  local parts, n = {}, 0
  for k, item in pairs(v) do
    n = n + 1
    if n > 20 then parts[#parts + 1] = "..."; break end
    local key = (type(k) == "string" and k:match("^[%a_][%w_]*$")) and k or "[" .. repr(k, depth + 1) .. "]"
    parts[#parts + 1] = key .. " = " .. repr(item, depth + 1)
  end
  return "{ " .. table.concat(parts, ", ") .. " }"
end

local function deep_equal(a, b, seen)
  if a == b then return true end
  if type(a) ~= "table" or type(b) ~= "table" then return false end
  seen = seen or {}
  if seen[a] == b then return true end
  seen[a] = b
  for k, v in pairs(a) do if not deep_equal(v, b[k], seen) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end

local function with_note(message, note)
  if note ~= nil then return tostring(note) .. ": " .. message end
  return message
end

---------------------------------------------------------------- the test object
local T = {}
T.__index = T

function T:assert(cond, msg)
  if not cond then error(msg ~= nil and tostring(msg) or "assertion failed", 2) end
  return cond
end

function T:assert_eq(actual, expected, msg)
  if not deep_equal(actual, expected) then
    error(with_note("expected " .. repr(expected) .. ", got " .. repr(actual), msg), 2)
  end
end

function T:assert_neq(actual, unexpected, msg)
  if deep_equal(actual, unexpected) then
    error(with_note("expected a value other than " .. repr(unexpected), msg), 2)
  end
end

function T:assert_contains(haystack, needle, msg)
  if type(haystack) == "string" then
    if haystack:find(tostring(needle), 1, true) then return end
  elseif type(haystack) == "table" then
    for _, v in pairs(haystack) do if deep_equal(v, needle) then return end end
  else
    error(with_note("assert_contains needs a string or a table, got " .. type(haystack), msg), 2)
  end
  error(with_note(repr(haystack) .. " does not contain " .. repr(needle), msg), 2)
end

function T:assert_raises(fn, pattern, msg)
  local ok, err = pcall(fn)
  if ok then error(with_note("expected an error, but the function returned normally", msg), 2) end
  if pattern ~= nil and not tostring(err):find(pattern) then
    error(with_note("the error " .. repr(tostring(err)) .. " does not match " .. repr(pattern), msg), 2)
  end
  return err
end

function T:fail(msg) error(msg ~= nil and tostring(msg) or "failed", 2) end
function T:skip(reason) outcome("skip", reason) end

-- A subtest's t:log lines are its output as well as the test's log.
function T:log(...)
  local line = joined(...)
  if self.output then self.output[#self.output + 1] = line end
  host.log(line)
end

---------------------------------------------------------------- sub-results
-- The host keeps them (framework.begin/fault/finish/record/ktap are set by
-- the host); a failing subtest fails its test, but the test goes on.
function T:subtest(name, fn)
  if type(name) ~= "string" or name == "" then error("t:subtest(name, fn): name must be a non-empty string", 2) end
  if type(fn) ~= "function" then error("t:subtest(" .. repr(name) .. ", fn): fn must be a function", 2) end
  framework.begin(name)
  local sub = setmetatable({ name = self.name .. " › " .. name, output = {} }, T)
  local started = host.now()
  local ok = xpcall(fn, framework.fault, sub)
  return framework.finish(ok, host.now() - started, sub.output)
end

function T:record(result)
  if type(result) ~= "table" then error("t:record{ name =, status =, ... }: expected a table, got " .. type(result), 2) end
  return framework.record(result)
end

function T:ktap(text, opts)
  if type(text) ~= "string" then error("t:ktap(text, [opts]): text must be a string, got " .. type(text), 2) end
  return framework.ktap(text, opts)
end

function framework.new_t(name) return setmetatable({ name = name }, T) end

---------------------------------------------------------------- registration
function test(name, meta, fn)
  if type(meta) == "function" and fn == nil then meta, fn = {}, meta end
  if type(name) ~= "string" then error("test(name, [meta,] fn): name must be a string, got " .. type(name), 2) end
  if type(meta) ~= "table" then error("test(" .. repr(name) .. "): meta must be a table, got " .. type(meta), 2) end
  if type(fn) ~= "function" then error("test(" .. repr(name) .. "): the last argument must be a function", 2) end
  for key in pairs(meta) do
    if key ~= "tags" and key ~= "timeout" and key ~= "skip" and key ~= "allow_kernel_warnings" and key ~= "retries" then
      error("test(" .. repr(name) .. "): unknown meta key " .. repr(key) .. " (known: tags, timeout, skip, allow_kernel_warnings, retries)", 2)
    end
  end
  if meta.allow_kernel_warnings ~= nil and type(meta.allow_kernel_warnings) ~= "boolean" then
    error("test(" .. repr(name) .. "): allow_kernel_warnings must be true or false", 2)
  end
  if meta.retries ~= nil and (math.type(meta.retries) ~= "integer" or meta.retries < 0) then
    error("test(" .. repr(name) .. "): retries must be a whole number >= 0", 2)
  end
  if meta.tags ~= nil and type(meta.tags) ~= "table" then error("test(" .. repr(name) .. "): tags must be a list of strings", 2) end
  if meta.timeout ~= nil and (type(meta.timeout) ~= "number" or meta.timeout <= 0) then
    error("test(" .. repr(name) .. "): timeout must be a positive number of seconds", 2)
  end
  local info = debug.getinfo(2, "l")
  framework.tests[#framework.tests + 1] = { name = name, meta = meta, fn = fn, line = info and info.currentline or 0 }
end

---------------------------------------------------------------- waiting
sleep = host.sleep

function wait_until(pred, opts)
  opts = opts or {}
  local timeout, interval = opts.timeout or 10, opts.interval or 0.1
  local deadline = host.now() + timeout
  while true do
    local value = pred()
    if value then return value end
    if host.now() >= deadline then
      error(string.format("wait_until: the condition was not met within %g s", timeout), 2)
    end
    host.sleep(interval)
  end
end

return framework
`;
