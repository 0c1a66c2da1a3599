-- Ten failures of one busy guest: with --keep-failed each is saved into a
-- bundle while the guest's processes write memory and files, and every
-- bundle must reopen whole (test/guest/stress.test.ts reopens them).
local busy = dofile("busy.lua")
local vm = provium.create("minimal")
vm:boot()

for i = 1, 10 do
  test(string.format("busy failure %02d", i), function(t)
    busy.start(vm, "kept" .. i)
    t:fail("deliberately, to be kept while busy")
  end)
end
