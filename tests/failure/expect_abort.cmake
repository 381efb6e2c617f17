# Runs PROGRAM with ARG and requires that it stops abnormally (not exit status 0) and that its
# stderr matches each regex in EXPECT.
# Usage: cmake -DPROGRAM=<exe> -DARG=<arg> "-DEXPECT=<regex;...>" -P expect_abort.cmake
execute_process(COMMAND ${PROGRAM} ${ARG} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} ${ARG} returned 0; it must stop at the failure. stdout:\n${out}")
endif()
if(out MATCHES "not reached")
  message(FATAL_ERROR "${PROGRAM} ${ARG} went on after the failure:\n${out}")
endif()
foreach(regex IN LISTS EXPECT)
  if(NOT err MATCHES "${regex}")
    message(FATAL_ERROR "${PROGRAM} ${ARG}: stderr does not match '${regex}':\n${err}")
  endif()
endforeach()
message(STATUS "${PROGRAM} ${ARG} stopped (${rc}) and said:\n${err}")
