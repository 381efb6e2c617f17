// USD == EUR: both currencies named, and the way between them (an exchange rate).
// gcc-expect-error: aiscale: cannot compare
// clang-expect-error: error: implicit instantiation of undefined template .aiscale::detail::cannot_compare<
// gcc-first-error-says: cannot compare money \(USD\) and money \(EUR\)
// clang-first-error-says: cannot_compare<aiscale::detail::money<aiscale::usd>, aiscale::detail::money<aiscale::eur>,
// first-error-says: exchange.rate.*troubleshooting[._]md(#|::)currencies
// gcc-first-error-names: USD EUR
// names: USD EUR
// max-lines: 15
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr bool same = 100.0 * ai::usd == 100.0 * ai::eur;
#else
inline constexpr bool same = 100.0 * ai::usd == 10000.0 * ai::us_cent;
#endif
