// A floating-point quantity into an integer-valued one would truncate.
// expect-error: floating-point quantity to an integer-valued one
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::W, int> watts = 1.5 * ai::kW;
#else
inline constexpr ai::quantity<ai::W, double> watts = 1.5 * ai::kW;
#endif
