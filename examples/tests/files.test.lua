-- Files in the guest: binary-safe, with modes, and errors as (nil, message, errno).
local vm = provium.create("minimal")
vm:boot()

test("write and read back binary data", function(t)
  local bytes = {}
  for i = 0, 255 do bytes[#bytes + 1] = string.char(i) end
  local data = table.concat(bytes)
  t:assert(vm:write_file("/tmp/all-bytes", data, { mode = 384 }))
  t:assert_eq(vm:read_file("/tmp/all-bytes"), data)
  t:assert_eq(vm:exec("stat -c %a /tmp/all-bytes").stdout, "600\n")
end)

test("a missing file", function(t)
  local data, message, errno = vm:read_file("/no/such/file")
  t:assert_eq(data, nil)
  t:assert_contains(message, "No such file or directory")
  t:assert_eq(errno, 2)
end)

test("json travels through files", function(t)
  vm:write_file("/tmp/config.json", json.encode({ name = "provium", sizes = { 1, 2, 3 } }))
  local decoded = json.decode(vm:read_file("/tmp/config.json"))
  t:assert_eq(decoded, { name = "provium", sizes = { 1, 2, 3 } })
  vm:shutdown()
end)
