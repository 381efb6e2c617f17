// USD == EUR: both currencies named in the first error line.
// expect-error: no match for 'operator=='|invalid operands to binary expression
// first-error-names: USD EUR
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr bool same = 100.0 * ai::usd == 100.0 * ai::eur;
#else
inline constexpr bool same = 100.0 * ai::usd == 10000.0 * ai::us_cent;
#endif
