// pow<Num, Den> takes a positive denominator.
// expect-error: needs a positive denominator
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto u = ai::pow<1, 0>(ai::s);
#else
inline constexpr auto u = ai::pow<1, 1>(ai::s);
#endif
