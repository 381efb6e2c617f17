// A range given high to low is refused, not reordered: it is more often a slip than a range.
// expect-error: invalid_value
#include <aiscale/units.hpp>
#include <aiscale/units/estimate.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::estimate power{30.0 * ai::GW, 20.0 * ai::GW};
#else
inline constexpr ai::estimate power{20.0 * ai::GW, 30.0 * ai::GW};
#endif
