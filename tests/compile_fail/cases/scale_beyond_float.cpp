// A factor of 1e60 fits double but not float.
// expect-error: beyond the range of this floating-point type
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr float x = (1.0f * ai::pow<2>(ai::quetta(ai::W))).value_in(ai::pow<2>(ai::W));
#else
inline constexpr double x = (1.0 * ai::pow<2>(ai::quetta(ai::W))).value_in(ai::pow<2>(ai::W));
#endif
