// gpus_for_power takes a power: an energy (GWh) is refused at the caller's line by a refused
// overload whose message names both units and the dimension the parameter takes.
// expect-error: gpus_for_power_of_energy.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: cannot pass energy \(GWh\) where the function takes power \(W\)
// clang-first-error-says: cannot_pass_where_function_takes<.*energy<aiscale::GWh>, .*power<aiscale::W>,
// gcc-first-error-says: docs/troubleshooting.md#model-and-catalogue-functions
// clang-first-error-says: fix::[a-z_]+<aiscale::detail::docs::troubleshooting_md::model_and_catalogue_functions>
// first-error-names: GWh
// max-lines: 15
// first-error-says: gpus_for_power_of_energy\.cpp:15:[0-9]+: error:
#include <aiscale/catalog.hpp>
#include <aiscale/model.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto gpus = ai::gpus_for_power(ai::catalog::h100_sxm, 1.0 * ai::GWh);
#else
inline constexpr auto gpus = ai::gpus_for_power(ai::catalog::h100_sxm, 1.0 * ai::GW);
#endif
