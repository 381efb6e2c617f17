// W + USD: the first error line names both units.
// expect-error: no match for 'operator\+'|invalid operands to binary expression
// first-error-names: W USD
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto sum = 750.0 * ai::W + 3.0 * ai::usd;
#else
inline constexpr auto sum = 750.0 * ai::W + 3.0 * ai::kW;
#endif
