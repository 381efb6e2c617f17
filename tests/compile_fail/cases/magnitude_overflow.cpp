// year^5: the rational part of 31 557 600^5 leaves 64 bits, so the unit cannot be exact.
// expect-error: does not fit the exact representation
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto u = ai::pow<5>(ai::year);
#else
inline constexpr auto u = ai::pow<4>(ai::year);
#endif
