// .in(TWh) of a power: the quantity's unit and the requested one, in the first error line.
// expect-error: no matching (member )?function for call
// gcc-first-error-names: GW TWh
// names: GW TWh
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto energy = (1.0 * ai::GW).in(ai::TWh);
#else
inline constexpr auto energy = (1.0 * ai::GW).in(ai::TWh / ai::year);
#endif
