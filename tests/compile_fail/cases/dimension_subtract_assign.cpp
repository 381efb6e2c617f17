// A budget in USD -= an amount in EUR (another currency is another dimension).
// expect-error: dimension_subtract_assign\.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: cannot subtract money \(USD\) and money \(EUR\)
// clang-first-error-says: cannot_subtract<aiscale::detail::money<aiscale::usd>, aiscale::detail::money<aiscale::eur>,
// first-error-says: exchange.rate.*troubleshooting[._]md(#|::)currencies
// first-error-says: dimension_subtract_assign\.cpp:15:[0-9]+: error:
// gcc-first-error-names: USD EUR
// names: USD EUR
// max-lines: 15
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
constexpr double f() {
  auto budget = 1.0 * ai::usd;
  budget -= 1.0 * ai::eur;
  return budget.value();
}
#else
constexpr double f() {
  auto budget = 1.0 * ai::usd;
  budget -= 1.0 * ai::us_cent;
  return budget.value();
}
#endif
