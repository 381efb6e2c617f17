// Adding a signed and an unsigned integer quantity: C++ would make the sum unsigned.
// expect-error: mixes a signed and an unsigned
// expect-error: signed-and-unsigned
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto total = 8u * ai::gpu + 72 * ai::gpu;
#else
inline constexpr auto total = 8u * ai::gpu + 72u * ai::gpu;
#endif
