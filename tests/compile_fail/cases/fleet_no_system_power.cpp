// A fleet of an accelerator whose system power the catalogue lacks (an MI300X) is refused in one error
// whose sentence says what to pass instead (g++; clang names the fleet and the refusal in its note).
// expect-error: fleet_no_system_power.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: the catalogue has no system power for this accelerator: pass ai::chip_level
// clang-first-error-says: call to deleted constructor of .*fleet<aiscale::catalog::mi300x_spec>
// clang-expect-error: note: .*pass_chip_level_or_a_power_per_gpu<.*troubleshooting_md::no_system_power>
// gcc-first-error-says: docs/troubleshooting.md#no-system-power
// max-lines: 15
// first-error-says: fleet_no_system_power\.cpp:14:[0-9]+: error:
#include <aiscale/catalog.hpp>
#include <aiscale/model.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline const ai::fleet mi300x_fleet(ai::catalog::mi300x, 1000.0 * ai::gpu);
#else
inline const ai::fleet mi300x_fleet(ai::catalog::mi300x, 1000.0 * ai::gpu, ai::chip_level);
#endif
