-- Resumes the same fixture as the other isolation-N files, at the same time.
dofile("isolation.lua")(3)
