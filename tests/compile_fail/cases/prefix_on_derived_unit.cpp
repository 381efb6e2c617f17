// A prefix applies to one named unit: kilo(W) / gpu, not kilo(W / gpu).
// expect-error: prefixes apply to one named unit
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto u = ai::kilo(ai::W / ai::gpu);
#else
inline constexpr auto u = ai::kilo(ai::W) / ai::gpu;
#endif
