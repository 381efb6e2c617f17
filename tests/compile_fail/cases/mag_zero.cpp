// mag<N> is a positive number.
// expect-error: mag<N> needs a positive number
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto u = ai::mag<0> * ai::gpu;
#else
inline constexpr auto u = ai::mag<1> * ai::gpu;
#endif
