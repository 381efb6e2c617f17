// gpus_for_all_in_budget takes US dollars: euros are refused until an exchange rate converts them.
// expect-error: gpus_for_all_in_budget_of_eur\.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: cannot pass money \(EUR\) where the function takes money \(USD\)
// clang-first-error-says: cannot_pass_where_function_takes<.*money<aiscale::eur>, .*money<aiscale::usd>,
// first-error-says: exchange.rate.*troubleshooting[._]md(#|::)currencies
// first-error-says: gpus_for_all_in_budget_of_eur\.cpp:13:[0-9]+: error:
// gcc-first-error-names: EUR USD
// names: EUR
// max-lines: 15
#include <aiscale/model.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto n = ai::gpus_for_all_in_budget(ai::catalog::h100_sxm, 1.0e9 * ai::eur);
#else
inline constexpr auto n = ai::gpus_for_all_in_budget(ai::catalog::h100_sxm, 1.0e9 * ai::usd);
#endif
