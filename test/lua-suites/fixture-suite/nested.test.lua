test("a nested fixture has its parent's state and its own", function(t)
  local vm = provium.fixture("nested")
  t:assert_eq(vm:exec("ls /root").stdout, "marker\nnested\n")
end)

test("the parent fixture is unchanged by the nested one", function(t)
  local vm = provium.fixture("vfs_marker")
  t:assert_eq(vm:exec("ls /root").stdout, "marker\n")
  vm:shutdown() -- allowed: the snapshot is untouched
end)

test("after a test shut a fixture VM down, the next resume is intact", function(t)
  t:assert_eq(provium.fixture("vfs_marker"):read_file("/root/marker"), "prepared by the fixture")
end)
