// The umbrella header makes no program pay for <chrono> or <ostream>: the chrono conversions and the
// operator<< overloads need only what the program that uses them includes itself (benchmarks/README.md,
// compile time). Checked through the standard libraries' include guards (libstdc++ and libc++).
#include <aiscale/aiscale.hpp>

#if defined(_GLIBCXX_CHRONO) || defined(_LIBCPP_CHRONO)
#error "<aiscale/aiscale.hpp> includes <chrono>: units/chrono_traits.hpp must not need it"
#endif
#if defined(_GLIBCXX_OSTREAM) || defined(_LIBCPP_OSTREAM)
#error "<aiscale/aiscale.hpp> includes <ostream>: the operator<< overloads need only <iosfwd>"
#endif

// What the umbrella provides still works once the program includes the standard header itself:
// tests/unit/chrono_test.cpp and tests/unit/architecture_shape_test.cpp include <chrono> and <iostream>.
static_assert(aiscale::approx(100 * aiscale::million * aiscale::gpu * (750 * aiscale::W / aiscale::gpu),
                              75 * aiscale::GW));
