// .in<int>(unit) insists on an integer, so an integer quantity cannot move to a coarser unit;
// .in(unit) gives the exact value as a double instead.
// expect-error: to a larger unit would truncate
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto k = (1500 * ai::W).in<int>(ai::kW);
#else
inline constexpr auto k = (1500 * ai::W).in(ai::kW);
#endif
