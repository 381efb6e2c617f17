// A double beyond float's range into a float quantity is not a constant expression (1e300 W has no float).
// expect-error: value_out_of_range
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::W, float> watts = 1e300 * ai::W;
#else
inline constexpr ai::quantity<ai::W, float> watts = 1e30 * ai::W;
#endif
