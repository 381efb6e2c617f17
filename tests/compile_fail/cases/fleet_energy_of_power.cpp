// fleet::energy takes a period: a power is refused at the caller's line.
// expect-error: fleet_energy_of_power\.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: cannot pass power \(GW\) where the function takes time \(s\)
// clang-first-error-says: cannot_pass_where_function_takes<.*power<aiscale::GW>, .*time<aiscale::s>,
// gcc-first-error-says: docs/troubleshooting.md#model-and-catalogue-functions
// clang-first-error-says: fix::[a-z_]+<aiscale::detail::docs::troubleshooting_md::model_and_catalogue_functions>
// first-error-says: fleet_energy_of_power\.cpp:14:[0-9]+: error:
// gcc-first-error-names: GW s
// names: GW
// max-lines: 15
#include <aiscale/model.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto e = ai::fleet(ai::catalog::h100_sxm, 1000.0 * ai::gpu).energy(1.0 * ai::GW);
#else
inline constexpr auto e = ai::fleet(ai::catalog::h100_sxm, 1000.0 * ai::gpu).energy(1.0 * ai::year);
#endif
