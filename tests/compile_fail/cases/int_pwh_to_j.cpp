// Even long long overflows for int PWh to J at 2563 PWh (factor 3.6e18).
// expect-error: overflows for ordinary values
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::J, long long> e = 1 * ai::PWh;
#else
inline constexpr ai::quantity<ai::J, long long> e = 1 * ai::TWh;
#endif
