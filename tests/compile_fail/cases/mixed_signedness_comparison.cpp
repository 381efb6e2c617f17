// Comparing a signed and an unsigned integer quantity: in C++, -1 > 1u.
// expect-error: mixes a signed and an unsigned
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr bool fewer = -1 * ai::gpu < 1u * ai::gpu;
#else
inline constexpr bool fewer = -1 * ai::gpu < 1 * ai::gpu;
#endif
