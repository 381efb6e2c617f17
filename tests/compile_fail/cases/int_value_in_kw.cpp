// .value_in<int>(unit) of an integer quantity in a coarser unit would truncate; .value_in(unit)
// gives 1.5, a double.
// expect-error: to a larger unit would truncate
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto k = (1500 * ai::W).value_in<int>(ai::kW);
#else
inline constexpr auto k = (1500 * ai::W).value_in(ai::kW);
#endif
