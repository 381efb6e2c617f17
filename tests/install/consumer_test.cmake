# Builds and runs the consumer project against aiscale in one of three ways:
# find_package on an installed copy, add_subdirectory, or FetchContent.
# cmake -DMODE=... -DSOURCE_DIR=... -DWORK_DIR=... -DCXX=... -P consumer_test.cmake
function(run)
  execute_process(COMMAND ${ARGV} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed: ${ARGV}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
set(consumer_args -S ${SOURCE_DIR}/tests/install/consumer -B ${WORK_DIR}/consumer -DCMAKE_CXX_COMPILER=${CXX}
                  -DAISCALE_MODE=${MODE} -DAISCALE_SOURCE_DIR=${SOURCE_DIR})
if(MODE STREQUAL "find_package")
  # Install with the library's own build, tests off: what a packager does.
  run(${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR}/lib -DCMAKE_CXX_COMPILER=${CXX} -DAISCALE_BUILD_TESTS=OFF
      -DAISCALE_BUILD_EXAMPLES=OFF -DCMAKE_INSTALL_PREFIX=${WORK_DIR}/prefix)
  run(${CMAKE_COMMAND} --install ${WORK_DIR}/lib)
  list(APPEND consumer_args -DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix)
endif()
run(${CMAKE_COMMAND} ${consumer_args})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/consumer)
run(${WORK_DIR}/consumer/consumer)
if(NOT last_output MATCHES "consumer: 75 GW")
  message(FATAL_ERROR "unexpected output: ${last_output}")
endif()
message(STATUS "consumer via ${MODE}: ${last_output}")
