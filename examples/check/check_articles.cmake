# The five seed articles joined with blank lines, read from standard input in guessed languages:
# check must find what it finds in each alone, and the pair of the French article's English quote read
# in English (9 consistent, 4 implausible), never a pair across two.
set(joined "")
foreach(seed IN LISTS SEEDS)
  file(READ ${seed} text)
  string(APPEND joined "${text}\n\n")
endforeach()
file(WRITE ${WORK}/five-articles.txt "${joined}")
execute_process(COMMAND ${PROGRAM} INPUT_FILE ${WORK}/five-articles.txt OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}")
endif()
if(NOT out MATCHES "summary: 9 consistent, 4 implausible, 0 not checkable")
  message(FATAL_ERROR "five articles in one input:\n${out}")
endif()
