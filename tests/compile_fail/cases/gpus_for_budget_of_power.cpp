// gpus_for_budget takes money: a power is refused at the caller's line.
// expect-error: gpus_for_budget_of_power\.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: cannot pass power \(GW\) where the function takes money \(USD\)
// clang-first-error-says: cannot_pass_where_function_takes<.*power<aiscale::GW>, .*money<aiscale::usd>,
// gcc-first-error-says: docs/troubleshooting.md#model-and-catalogue-functions
// clang-first-error-says: fix::[a-z_]+<aiscale::detail::docs::troubleshooting_md::model_and_catalogue_functions>
// first-error-says: gpus_for_budget_of_power\.cpp:14:[0-9]+: error:
// gcc-first-error-names: GW USD
// names: GW
// max-lines: 15
#include <aiscale/model.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto n = ai::gpus_for_budget(ai::catalog::h100_sxm, 1.0 * ai::GW);
#else
inline constexpr auto n = ai::gpus_for_budget(ai::catalog::h100_sxm, 1.0 * ai::billion * ai::usd);
#endif
