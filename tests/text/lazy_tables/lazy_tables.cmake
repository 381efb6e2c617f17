# A program that includes <aiscale/aiscale.hpp> but never reads or writes text builds none of the
# text layer's tables (they are static members of templates, text/detail/when_used.hpp): under a
# budget of constant evaluation far below what building them takes, unused.cpp compiles, and its
# twin used.cpp, which calls parse, does not.
# Usage: cmake -DCXX=<compiler> -DCXX_ID=<GNU|Clang> -DINCLUDE_DIR=<dir> -DDIR=<this folder>
#              [-DCXX_FLAGS=<flags>] -P lazy_tables.cmake
set(ENV{LC_ALL} C)
separate_arguments(extra_flags UNIX_COMMAND "${CXX_FLAGS}")
# Budgets measured 2026-11-29: building the reader's tables takes more than either; the headers
# alone, before they were made lazy, failed under both.
if(CXX_ID STREQUAL "GNU")
  set(budget -fconstexpr-ops-limit=400000)
else()
  set(budget -fconstexpr-steps=100000)
endif()
set(flags -std=c++20 -fsyntax-only -fno-diagnostics-color -I${INCLUDE_DIR} ${budget} ${extra_flags})

execute_process(COMMAND ${CXX} ${flags} ${DIR}/unused.cpp RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "unused.cpp must compile under ${budget}: a table of the text layer is built in a "
                      "program that never reads or writes text\n${err}")
endif()
execute_process(COMMAND ${CXX} ${flags} ${DIR}/used.cpp RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "used.cpp compiled under ${budget}: the budget no longer tells built tables from lazy ones")
endif()
if(NOT err MATCHES "constexpr|constant expression")
  message(FATAL_ERROR "used.cpp failed for another reason than the evaluation budget:\n${err}")
endif()
message(STATUS "the umbrella builds no text table unless text is read (${budget})")
