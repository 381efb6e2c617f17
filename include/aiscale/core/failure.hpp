// The failure handler: what aiscale does at run time with an input it cannot compute or accept
// (an integer overflow, a division by zero, a value that does not fit its number type, a zero
// exchange rate). One replaceable function, so that no operation of the library is undefined.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <version>

#include "aiscale/core/config.hpp"

#if __has_include(<source_location>)
#include <source_location>
#endif

namespace aiscale {

// Where a failure happened. std::source_location where the standard library has it; clang 14 with
// libstdc++ 12 lacks it (it needs clang 15's __builtin_source_location), so a class with the same
// members stands in, filled by the builtins both compilers have, or left empty where they are absent.
// Its current() is constexpr, not consteval: clang 14 rejects a consteval call in a default argument
// of a constructor that initialises a constexpr variable ("cannot take address of consteval function").
#if defined(__cpp_lib_source_location)
using source_location = std::source_location;
#else
class source_location {
 public:
#if defined(__has_builtin)
#if __has_builtin(__builtin_FILE) && __has_builtin(__builtin_LINE) && __has_builtin(__builtin_FUNCTION) && \
    __has_builtin(__builtin_COLUMN)
#define AISCALE_HAS_LOCATION_BUILTINS 1
#endif
#endif
#ifdef AISCALE_HAS_LOCATION_BUILTINS
  AISCALE_HOST_DEVICE static constexpr source_location current(const char* _file = __builtin_FILE(),
                                                               const char* _function = __builtin_FUNCTION(),
                                                               unsigned _line = __builtin_LINE(),
                                                               unsigned _column = __builtin_COLUMN()) {
    source_location here;
    here.file_ = _file;
    here.function_ = _function;
    here.line_ = _line;
    here.column_ = _column;
    return here;
  }
#else
  AISCALE_HOST_DEVICE static constexpr source_location current() { return {}; }
#endif
  constexpr source_location() = default;
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr const char* file_name() const { return file_; }
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr const char* function_name() const { return function_; }
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr unsigned line() const { return line_; }
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr unsigned column() const { return column_; }

 private:
  const char* file_ = "";
  const char* function_ = "";
  unsigned line_ = 0;
  unsigned column_ = 0;
};
#endif

// The kinds of failure, so that a handler can tell them apart without reading the message.
enum class failure_kind {
  integer_overflow,    // integer arithmetic or a unit conversion whose result the number type cannot hold
  division_by_zero,    // an integer division by zero
  value_out_of_range,  // a number converted to a type that cannot hold it (1e30 or NaN to an integer)
  invalid_value,       // a value the domain does not allow (a zero exchange rate, a PUE below 1)
  bad_result_access,   // the value of a result that holds an error (parse_result::value() after a failed parse)
};

// What a failure handler receives: the kind, a sentence saying what happened, and where.
struct failure {
  failure_kind kind;
  const char* what;
  source_location where;
};

// A failure handler. If it returns, the program is stopped with std::abort() all the same: a
// handler may log, throw an exception, or leave with std::exit or std::longjmp, but the failed
// operation never continues with a made-up value.
using failure_handler = void (*)(const failure&);

// The handler installed at start: prints the failure to stderr and calls std::abort().
inline void default_failure_handler(const failure& f) {
  std::fprintf(stderr, "aiscale: %s\n  at %s:%u:%u, in %s\n", f.what, f.where.file_name(),
               static_cast<unsigned>(f.where.line()), static_cast<unsigned>(f.where.column()), f.where.function_name());
  std::fflush(stderr);
  std::abort();
}

namespace detail {
// A plain pointer, not std::atomic: <atomic> would cost every program that includes a quantity;
// the handler is meant to be installed once, before threads start (docs/failures.md).
inline failure_handler installed_failure_handler = &default_failure_handler;
}  // namespace detail

// Installs a handler and returns the previous one; nullptr installs the default again.
inline failure_handler set_failure_handler(failure_handler handler) noexcept {
  const failure_handler previous = detail::installed_failure_handler;
  detail::installed_failure_handler = handler != nullptr ? handler : &default_failure_handler;
  return previous;
}

// The handler now installed.
inline failure_handler get_failure_handler() noexcept { return detail::installed_failure_handler; }

namespace detail {

// Calls the installed handler, then stops. Not constexpr, and neither are the named reports below:
// a check that fails during constant evaluation reaches one of them, so the expression is not a
// constant expression and the compiler's error names the report (integer_overflow, ...).
// In CUDA device code there is no handler to call: the kernel traps.
[[noreturn]] AISCALE_NOINLINE AISCALE_HOST_DEVICE inline void report_failure(failure_kind kind, const char* what,
                                                                             source_location where) {
#ifdef __CUDA_ARCH__
  (void)kind, (void)what, (void)where;
  __trap();
  __builtin_unreachable();
#else
  detail::installed_failure_handler(failure{kind, what, where});
  std::abort();
#endif
}

[[noreturn]] AISCALE_HOST_DEVICE inline void integer_overflow(const char* what, source_location where) {
  report_failure(failure_kind::integer_overflow, what, where);
}
[[noreturn]] AISCALE_HOST_DEVICE inline void integer_overflow_in_unit_conversion(const char* what,
                                                                                 source_location where) {
  report_failure(failure_kind::integer_overflow, what, where);
}
[[noreturn]] AISCALE_HOST_DEVICE inline void division_by_zero(const char* what, source_location where) {
  report_failure(failure_kind::division_by_zero, what, where);
}
[[noreturn]] AISCALE_HOST_DEVICE inline void value_out_of_range(const char* what, source_location where) {
  report_failure(failure_kind::value_out_of_range, what, where);
}
[[noreturn]] AISCALE_HOST_DEVICE inline void invalid_value(const char* what, source_location where) {
  report_failure(failure_kind::invalid_value, what, where);
}
[[noreturn]] AISCALE_HOST_DEVICE inline void bad_result_access(const char* what, source_location where) {
  report_failure(failure_kind::bad_result_access, what, where);
}

}  // namespace detail
}  // namespace aiscale
