// A prefix on a squared unit is ambiguous (k(m^2) or (km)^2); prefix the named unit first.
// expect-error: prefixes apply to one named unit
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto u = ai::kilo(ai::pow<2>(ai::s));
#else
inline constexpr auto u = ai::pow<2>(ai::kilo(ai::s));
#endif
