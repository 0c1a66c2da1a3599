-- The guest panics: with --keep-failed there is no VM to keep; its console log is kept and the report says so.
test("the guest kernel panics", function(t)
  local vm = provium.create("minimal")
  vm:boot()
  vm:exec("echo c > /proc/sysrq-trigger", { timeout = 5 })
end)
