// Exact scale factors: normal form, arithmetic, overflow reporting, and conversion to double.
#include <aiscale/core/magnitude.hpp>

namespace ai = aiscale;

// Normal form makes equal magnitudes compare equal however they were built.
static_assert(ai::make_magnitude(3600).value == ai::magnitude{9, 1, 4, 2});
static_assert(ai::make_magnitude(7200, 2).value == ai::make_magnitude(3600).value);
static_assert(ai::power_of_ten(3) == ai::make_magnitude(1000).value);

// Products and quotients stay exact: 1 TWh = 3.6e15 J.
static_assert((ai::make_magnitude(3600).value * ai::power_of_ten(12)).value ==
              (ai::make_magnitude(36).value * ai::power_of_ten(14)).value);
static_assert((ai::make_magnitude(3600).value / ai::make_magnitude(3600).value).value == ai::magnitude{});

// Integers: detection and value, with overflow reported rather than wrapped.
static_assert(ai::is_integer(ai::power_of_ten(18)));
static_assert(!ai::is_integer(ai::power_of_ten(-1)));
static_assert(ai::integer_value(ai::power_of_ten(19)).value == 10'000'000'000'000'000'000u);
static_assert(!ai::integer_value(ai::power_of_ten(20)).ok);
static_assert(ai::integer_value(ai::power_of_two(63)).ok && !ai::integer_value(ai::power_of_two(64)).ok);

// The rational part overflows 64 bits: reported.
static_assert(!(ai::make_magnitude(4294967311).value * ai::make_magnitude(4294967311).value).ok);

// Roots are exact or refused.
static_assert(ai::root(ai::power_of_ten(6), 2).value == ai::power_of_ten(3));
static_assert(!ai::root(ai::power_of_ten(1), 2).ok);
static_assert(ai::root(ai::make_magnitude(9, 4).value, 2).value == ai::make_magnitude(3, 2).value);

// The common divisor of two scales: min and h share min.
static_assert(ai::common_divisor(ai::make_magnitude(60).value, ai::make_magnitude(3600).value).value ==
              ai::make_magnitude(60).value);

// Powers of ten convert to the correctly rounded double, from quecto to quetta.
static_assert(ai::value_of<double>(ai::power_of_ten(-30)) == 1e-30);
static_assert(ai::value_of<double>(ai::power_of_ten(30)) == 1e30);
static_assert(ai::value_of<double>(ai::power_of_ten(-9)) == 1e-9);
static_assert(ai::value_of<double>((ai::make_magnitude(36).value * ai::power_of_ten(14)).value) == 3.6e15);
static_assert(ai::value_of<double>(ai::power_of_two(80)) == 1208925819614629174706176.0);
