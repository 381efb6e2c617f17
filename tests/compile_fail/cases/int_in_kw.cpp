// .in(unit) keeps the number type, so an integer quantity cannot move to a coarser unit.
// expect-error: to a larger unit would truncate
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto k = (1500 * ai::W).in(ai::kW);
#else
inline constexpr auto k = (1500 * ai::W).in<double>(ai::kW);
#endif
