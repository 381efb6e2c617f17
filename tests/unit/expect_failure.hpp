// Test support for the failure handler: fails(f) runs f with a handler that records the failure and
// leaves with longjmp, which works without exceptions (the -fno-exceptions presets run these tests
// too); the frames it skips must hold only trivially destructible values.
#pragma once

#include <aiscale/core/failure.hpp>

#include <csetjmp>

namespace test_support {

inline std::jmp_buf escape;
inline aiscale::failure last_failure{aiscale::failure_kind::invalid_value, "", {}};

inline void record_and_escape(const aiscale::failure& f) {
  last_failure = f;
  std::longjmp(escape, 1);
}

// Runs f with the recording handler; true when f called the handler.
template <class F>
bool fails(F f) {
  const aiscale::failure_handler previous = aiscale::set_failure_handler(&record_and_escape);
  bool failed = false;
  if (setjmp(escape) == 0)
    f();
  else
    failed = true;
  aiscale::set_failure_handler(previous);
  return failed;
}

template <class F>
bool fails_with(aiscale::failure_kind kind, F f) {
  return fails(f) && last_failure.kind == kind;
}

// A value the optimiser cannot see through, so that every check runs at run time.
template <class T>
T opaque(T v) {
  volatile T copy = v;
  return copy;
}

}  // namespace test_support
