# Past 4 MB of input check draws a progress line on standard error, ending at 100 %; the report
# still counts every repeated paragraph's findings.
set(paragraph "The 100,000 H100 GPUs of the new campus will cost about USD 3 billion.\n\n")
set(text "${paragraph}")
foreach(i RANGE 15)  # doubled 16 times: 65,536 paragraphs, about 4.7 MB
  string(APPEND text "${text}")
endforeach()
file(WRITE ${WORK}/large-input.txt "${text}")
execute_process(COMMAND ${PROGRAM} ${WORK}/large-input.txt --lang en OUTPUT_VARIABLE out ERROR_VARIABLE err
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}")
endif()
if(NOT err MATCHES "checking: 100 % of 4.[0-9] MB\n")
  message(FATAL_ERROR "no progress line on standard error: ${err}")
endif()
if(NOT out MATCHES "summary: 65536 consistent, 0 implausible, 0 not checkable")
  string(SUBSTRING "${out}" 0 2000 head)
  message(FATAL_ERROR "unexpected report: ${head}")
endif()
