-- A fixture built with dirs: the resumed guest has them mounted, with the fixture's own state.
test("a resumed fixture sees the directories it was built with", function(t) dofile("helpers.lua").check_resumed(t, "resume-2") end)
