# The seed articles live in shared/seeds beside the checkout; a tree without them skips (exit 77).
message("skipped: no seed articles in ${MESSAGE}")
cmake_language(EXIT 77)
