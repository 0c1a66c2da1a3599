-- scripts/guest-inventory.sh in each kind of guest, its output pulled into the
-- results directory as inventory/<guest>.txt: test/guest/guest-inventory.test.ts
-- compares each with the inventory of a systemd boot of Debian.
local function inventory(t, vm, guest)
  vm:push("scripts/guest-inventory.sh", "/tmp/guest-inventory.sh")
  local r = vm:exec("sh /tmp/guest-inventory.sh > /tmp/inventory.txt")
  t:assert(r.ok, r.stderr)
  t:assert_eq(r.stderr, "", "the inventory ran without an error")
  vm:pull("/tmp/inventory.txt", "inventory/" .. guest .. ".txt")
end

for _, profile in ipairs({ "minimal", "distro" }) do
  test(profile, function(t)
    local vm = provium.create(profile)
    vm:boot()
    inventory(t, vm, profile)
    vm:shutdown()
  end)
end

test("fixture", function(t)
  local vm = provium.fixture("booted")
  t:assert_eq(vm:read_file("/root/prepared"), "yes\n")
  inventory(t, vm, "fixture")
end)
