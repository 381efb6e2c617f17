// int W < int GW compares in W, where 3 GW no longer fits an int: refused like int GW -> int W.
// expect-error: overflows for ordinary values
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr bool smaller = 1 * ai::W < 2 * ai::GW;
#else
inline constexpr bool smaller = 1 * ai::W < 2LL * ai::GW;
#endif
