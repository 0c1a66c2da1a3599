-- One of six files of quick tests sharing the "base" fixture.
dofile("parts.lua")(1)
