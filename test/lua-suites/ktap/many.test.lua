-- 10,000 failing sub-results and names that break XML, Markdown and
-- workflow commands: reports stay valid and within GitHub's limits.
test("ten thousand", function(t)
  for i = 1, 10000 do
    t:record{ name = string.format("case %05d", i), status = i % 2 == 0 and "pass" or "fail", message = "failure " .. i .. " " .. string.rep("x", 200) }
  end
end)

test("hostile names", function(t)
  t:record{ name = "a,b::c%0A\nd <x>&'\"|`**` \0\27[31m end", status = "fail", message = "bad\r\nmessage ::error::%" }
  t:subtest("| table | cell |", function(st) st:fail("pipes") end)
end)
