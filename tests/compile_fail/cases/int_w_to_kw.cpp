// An integer quantity converted to a larger unit would truncate (1500 W is 1.5 kW).
// expect-error: to a larger unit would truncate
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::kW, int> k = 1500 * ai::W;
#else
inline constexpr ai::quantity<ai::kW, double> k = 1500 * ai::W;
#endif
