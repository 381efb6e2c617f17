// J + W: energy and power named in the first error line.
// expect-error: no match for 'operator\+'|invalid operands to binary expression
// first-error-names: J W
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto sum = 1.0 * ai::J + 1.0 * ai::W;
#else
inline constexpr auto sum = 1.0 * ai::J + 1.0 * ai::Wh;
#endif
