// A factor of 1e330 is exact in a unit but beyond double: no converted number could exist.
// expect-error: beyond the range of this floating-point type
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr double x = (1.0 * ai::pow<11>(ai::quetta(ai::W))).value_in(ai::pow<11>(ai::W));
#else
inline constexpr double x = (1.0 * ai::pow<10>(ai::quetta(ai::W))).value_in(ai::pow<10>(ai::W));
#endif
