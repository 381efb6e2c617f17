// A central value outside its own range is a contradiction.
// expect-error: invalid_value
#include <aiscale/units.hpp>
#include <aiscale/units/estimate.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::estimate power{20.0 * ai::GW, 30.0 * ai::GW, 35.0 * ai::GW};
#else
inline constexpr ai::estimate power{20.0 * ai::GW, 30.0 * ai::GW, 25.0 * ai::GW};
#endif
