// int GW to int W overflows at 3 GW, so the conversion is refused for every value.
// expect-error: overflows for ordinary values
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::W, int> watts = 2 * ai::GW;
#else
inline constexpr ai::quantity<ai::W, int> watts = 2 * ai::MW;
#endif
