# Runs one compile-fail case with one compiler: with AISCALE_EXPECT_FAIL defined the case must fail
# to compile with a diagnostic matching each "// expect-error:" regex of the file (and each
# "// gcc-first-error:" or "// clang-first-error:" regex must match that compiler's first error line);
# without it, the twin must compile.
# Usage: cmake -DCXX=<compiler> -DCXX_ID=<GNU|Clang> -DINCLUDE_DIR=<dir> -DCASE=<file.cpp> -P check_case.cmake
foreach(var CXX CXX_ID INCLUDE_DIR CASE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_case.cmake needs -D${var}=...")
  endif()
endforeach()

# Plain ASCII quotes in g++'s messages, whatever the caller's locale.
set(ENV{LC_ALL} C)
set(flags -std=c++20 -fsyntax-only -fno-diagnostics-color -I${INCLUDE_DIR} -Wall -Wextra -Wpedantic -Wconversion
          -Wsign-conversion -Wshadow -Werror)

file(STRINGS ${CASE} expect_lines REGEX "^// expect-error: ")
if(CXX_ID STREQUAL "GNU")
  set(first_error_tag "// gcc-first-error: ")
else()
  set(first_error_tag "// clang-first-error: ")
endif()
file(STRINGS ${CASE} first_error_lines REGEX "^${first_error_tag}")
if(NOT expect_lines)
  message(FATAL_ERROR "${CASE}: no '// expect-error: <regex>' line; a refusal without an expected message could "
                      "pass for the wrong reason")
endif()

execute_process(COMMAND ${CXX} ${flags} -DAISCALE_EXPECT_FAIL ${CASE} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "${CASE}: compiled with AISCALE_EXPECT_FAIL, but it must be refused")
endif()

# Every regex given on the file's lines starting with `tag` must match `text`.
function(require_matches text lines tag what)
  foreach(line IN LISTS lines)
    string(REPLACE "${tag}" "" regex "${line}")
    if(NOT text MATCHES "${regex}")
      message(FATAL_ERROR "${CASE}: refused, but ${what} does not match '${regex}':\n${text}")
    endif()
  endforeach()
endfunction()

require_matches("${out}" "${expect_lines}" "// expect-error: " "the diagnostic")
string(REGEX MATCH "[^\n]*error: [^\n]*" first_error "${out}")
require_matches("${first_error}" "${first_error_lines}" "${first_error_tag}" "the first error line")

execute_process(COMMAND ${CXX} ${flags} ${CASE} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${CASE}: the twin (without AISCALE_EXPECT_FAIL) must compile; compiler said:\n${out}")
endif()
