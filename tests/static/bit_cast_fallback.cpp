// The builders (number * unit, quantity / unit, ...) with std::bit_cast, the spelling of
// AISCALE_BIT_CAST on a compiler without the built-in (core/config.hpp): the same quantities, in
// constant evaluation.
#include <bit>
#define AISCALE_BIT_CAST(value, ...) ::std::bit_cast<__VA_ARGS__>(value)
#include <aiscale/units.hpp>

namespace ai = aiscale;

static_assert((3.0 * ai::W).value() == 3.0);
static_assert((3 * ai::W).value() == 3);
static_assert(((3.0 * ai::W) / ai::gpu).value() == 3.0);
static_assert((2.0 / ai::s).value() == 2.0);
static_assert(ai::approx((3.0 * ai::kW) * ai::h, 3.0 * ai::kWh));
