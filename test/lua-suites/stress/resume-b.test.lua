-- Resumes of a fixture saved while busy: each must be whole (five per file, two files at once).
dofile("busy.lua").resume_tests("b")
