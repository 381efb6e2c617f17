# Runs a program and checks its output: it must exit 0 and match every regular expression given.
# cmake -DPROGRAM=path -DEXPECT="re1;re2" [-DARGS="a;b"] -P run_and_check.cmake
execute_process(COMMAND ${PROGRAM} ${ARGS} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}\n${err}")
endif()
foreach(re IN LISTS EXPECT)
  if(NOT out MATCHES "${re}")
    message(FATAL_ERROR "output of ${PROGRAM} does not match: ${re}")
  endif()
endforeach()
