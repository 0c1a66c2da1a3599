-- Several tests resume one fixture built on distro.
test("a fixture built on distro resumes with its state", dofile("helpers.lua").check_resumed)
