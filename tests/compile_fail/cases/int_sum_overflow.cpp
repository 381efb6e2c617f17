// int GW + int W is added in W, where 3 GW no longer fits an int: refused like int GW -> int W.
// expect-error: overflows for ordinary values
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto total = 2 * ai::GW + 1 * ai::W;
#else
inline constexpr auto total = 2 * ai::MW + 1 * ai::W;
#endif
