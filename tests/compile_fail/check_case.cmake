# Runs one compile-fail case with one compiler: with AISCALE_EXPECT_FAIL defined the case must fail
# to compile with a diagnostic matching each "// expect-error:" regex of the file ("// gcc-expect-error:"
# and "// clang-expect-error:" for one compiler only; and each
# "// first-error-names: SYM..." line names unit symbols that the first error line must show, in the
# form any supported compiler prints them; "// first-error-says:" and "// max-lines:" below); without
# it, the twin must compile.
# Usage: cmake -DCXX=<compiler> -DCXX_ID=<GNU|Clang> -DINCLUDE_DIR=<dir> -DCASE=<file.cpp>
#              [-DCXX_FLAGS=<flags, e.g. -stdlib=libc++>] -P check_case.cmake
foreach(var CXX CXX_ID INCLUDE_DIR CASE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_case.cmake needs -D${var}=...")
  endif()
endforeach()

# Plain ASCII quotes in g++'s messages, whatever the caller's locale.
set(ENV{LC_ALL} C)
separate_arguments(extra_flags UNIX_COMMAND "${CXX_FLAGS}")
set(flags -std=c++20 -fsyntax-only -fno-diagnostics-color -I${INCLUDE_DIR} -Wall -Wextra -Wpedantic -Wconversion
          -Wsign-conversion -Wshadow -Werror ${extra_flags})


# A unit symbol as a compiler prints it inside a type: in letters ("W", as g++ and clang 19 do) or, as
# clang 14 prints a char array, in character codes ({{87, 0}}), or as a word, the name of a named
# unit's type (aiscale::Wh, aiscale::usd) or the symbol in a refusal's sentence. The test is about which units the
# message names, so either form counts.
function(symbol_regex symbol out)
  string(REGEX REPLACE "([][()+*.?^$|\\])" "\\\\\\1" letters "${symbol}")
  string(HEX "${symbol}" hex)
  string(LENGTH "${hex}" hex_length)
  set(codes "")
  set(i 0)
  while(i LESS hex_length)
    string(SUBSTRING "${hex}" ${i} 2 byte)
    math(EXPR code "0x${byte}" OUTPUT_FORMAT DECIMAL)
    if(code GREATER 127)
      math(EXPR code "${code} - 256")  # char is signed on the platforms tested
    endif()
    string(APPEND codes "${code}, ")
    math(EXPR i "${i} + 2")
  endwhile()
  # ... or as a word: in a sentence ("(USD)") or as the name of the unit's type (aiscale::Wh, usd).
  string(TOLOWER "${letters}" lower)
  set(word_start "[^A-Za-z0-9_]")
  set(word_end "[^A-Za-z0-9_]")
  set(${out} "(\"${letters}\"|\\{\\{${codes}0\\}\\}|${word_start}${letters}${word_end}|${word_start}${lower}${word_end})"
      PARENT_SCOPE)
endfunction()

# "// first-error-names: SYM..." (the first error line) and "// names: SYM..." (anywhere in the
# diagnostic) list unit symbols the message must show; a "gcc-" or "clang-" prefix limits a line to one
# compiler, for what the other cannot print (clang 14 cuts a char array after ten characters).
if(CXX_ID STREQUAL "GNU")
  set(compiler_prefix "gcc-")
else()
  set(compiler_prefix "clang-")
endif()
function(named_symbol_regexes directive out)
  file(STRINGS ${CASE} lines REGEX "^// (${compiler_prefix})?${directive}: ")
  set(regexes "")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^// [a-z-]*: " "" symbols "${line}")
    separate_arguments(symbols UNIX_COMMAND "${symbols}")
    foreach(symbol IN LISTS symbols)
      symbol_regex("${symbol}" regex)
      list(APPEND regexes "${regex}")
    endforeach()
  endforeach()
  set(${out} "${regexes}" PARENT_SCOPE)
endfunction()
# "// expect-error: REGEX" (a compiler prefix allowed): the whole diagnostic must match.
file(STRINGS ${CASE} expect_lines REGEX "^// (${compiler_prefix})?expect-error: ")
list(TRANSFORM expect_lines REPLACE "^// [a-z]*-?expect-error: " "// expect-error: ")
named_symbol_regexes("first-error-names" first_error_regexes)
# "// first-error-says: REGEX" (a compiler prefix allowed): the first error line must match, for a
# message that names the mistake in words ("cannot add power \(W\) and money \(USD\)").
file(STRINGS ${CASE} first_error_says REGEX "^// (${compiler_prefix})?first-error-says: ")
# "// max-lines: N" (a compiler prefix allowed): the whole diagnostic is at most N lines (a mistake gives one short error, not a
# list of every candidate).
file(STRINGS ${CASE} max_lines_line REGEX "^// (${compiler_prefix})?max-lines: [0-9]+$")
named_symbol_regexes("names" diagnostic_regexes)
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
foreach(regex IN LISTS first_error_regexes)
  if(NOT first_error MATCHES "${regex}")
    message(FATAL_ERROR "${CASE}: refused, but the first error line does not name the unit '${regex}':\n${out}")
  endif()
endforeach()
foreach(line IN LISTS first_error_says)
  string(REGEX REPLACE "^// [a-z-]*first-error-says: " "" regex "${line}")
  if(NOT first_error MATCHES "${regex}")
    message(FATAL_ERROR "${CASE}: refused, but the first error line does not say '${regex}':\n${out}")
  endif()
endforeach()
if(max_lines_line)
  string(REGEX REPLACE "^// [a-z-]*max-lines: " "" max_lines "${max_lines_line}")
  string(REGEX MATCHALL "\n" newlines "${out}")
  list(LENGTH newlines line_count)
  if(line_count GREATER max_lines)
    message(FATAL_ERROR "${CASE}: refused in ${line_count} lines, more than ${max_lines}:\n${out}")
  endif()
endif()
foreach(regex IN LISTS diagnostic_regexes)
  if(NOT out MATCHES "${regex}")
    message(FATAL_ERROR "${CASE}: refused, but the diagnostic does not name the unit '${regex}':\n${out}")
  endif()
endforeach()

execute_process(COMMAND ${CXX} ${flags} ${CASE} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${CASE}: the twin (without AISCALE_EXPECT_FAIL) must compile; compiler said:\n${out}")
endif()
