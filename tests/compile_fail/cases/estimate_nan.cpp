// A NaN end makes every comparison with the range false: refused.
// expect-error: invalid_value
#include <aiscale/units.hpp>
#include <aiscale/units/estimate.hpp>

#include <limits>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::estimate power{20.0 * ai::GW, std::numeric_limits<double>::quiet_NaN() * ai::GW};
#else
inline constexpr ai::estimate power{20.0 * ai::GW, std::numeric_limits<double>::infinity() * ai::GW};
#endif
