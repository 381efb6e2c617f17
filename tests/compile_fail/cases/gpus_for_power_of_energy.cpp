// gpus_for_power takes a power: an energy (GWh) is refused at the caller's line (its parameter is
// constrained to a power), and the diagnostic names GWh.
// expect-error: gpus_for_power_of_energy.cpp:9:[0-9]+: error: no matching function for call to .gpus_for_power
// names: GWh
#include <aiscale/catalog.hpp>
#include <aiscale/model.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto gpus = ai::gpus_for_power(ai::catalog::h100_sxm, 1.0 * ai::GWh);
#else
inline constexpr auto gpus = ai::gpus_for_power(ai::catalog::h100_sxm, 1.0 * ai::GW);
#endif
