-- Helpers shared by the example tests: plain Lua, loaded with
-- dofile("tests/helpers.lua") (paths resolve from the suite root or the
-- repository root).
local helpers = {}

-- Little-endian 32-bit integer as 4 bytes (how kernel structures are built).
function helpers.le32(n)
  return string.pack("<I4", n)
end

-- A C string field of a struct: the bytes up to the first NUL.
function helpers.cstring(bytes, offset, size)
  local field = bytes:sub(offset + 1, offset + size)
  return (field:match("^[^%z]*"))
end

-- A booted minimal VM with the virtual filesystems mounted.
function helpers.boot_with_vfs()
  local vm = provium.create("minimal")
  vm:boot()
  vm:mount_vfs()
  return vm
end

-- The C compiler that builds static programs for a guest of arch: the host's
-- own for its architecture, else the cross compiler (gcc-aarch64-linux-gnu,
-- which `npm run setup -- --arch arm64` installs on an x86-64 host).
function helpers.compiler_for(arch)
  local host = provium.host_exec({ "uname", "-m" }).stdout:gsub("%s+$", "")
  local native = ({ x86_64 = "x86_64", aarch64 = "arm64" })[host]
  if arch == native then return "cc" end
  return ({ x86_64 = "x86_64-linux-gnu-gcc", arm64 = "aarch64-linux-gnu-gcc" })[arch]
end

-- Fails the test at the caller's line unless the command succeeds.
function helpers.must(vm, cmd)
  local r = vm:exec(cmd)
  if not r.ok then
    error(string.format("%q failed with code %s: %s", cmd, tostring(r.code), r.stderr), 2)
  end
  return r.stdout
end

return helpers
