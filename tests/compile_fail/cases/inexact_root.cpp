// sqrt(kW) would need sqrt(1000), which is not an exact factor; sqrt(MW) is 1000.
// expect-error: root of this unit's scale factor is not exact
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto u = ai::pow<1, 2>(ai::kW);
#else
inline constexpr auto u = ai::pow<1, 2>(ai::MW);
#endif
