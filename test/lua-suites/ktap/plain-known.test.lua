-- A plain script (no test(...)) that fails: a known failure by its file's name.
error("broken as expected")
