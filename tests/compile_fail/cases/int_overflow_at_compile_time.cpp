// int MW to W is allowed (exact up to 2147 MW), but 3000 MW overflows in a constant expression.
// expect-error: integer_overflow_in_unit_conversion
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::W, int> watts = 3000 * ai::MW;
#else
inline constexpr ai::quantity<ai::W, int> watts = 2000 * ai::MW;
#endif
