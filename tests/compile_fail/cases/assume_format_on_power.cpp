// assume_format re-labels compute figures only; a power has no numeric format.
// expect-error: assume_format applies to compute quantities
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto x = ai::assume_format(750.0 * ai::W, ai::fp8);
#else
inline constexpr auto x = ai::assume_format(750.0 * ai::TFLOPS, ai::fp8);
#endif
