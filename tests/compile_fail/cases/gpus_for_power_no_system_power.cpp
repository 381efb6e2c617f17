// gpus_for_power of an accelerator whose system power the catalogue lacks (an MI300X) is refused in
// one error that says what to pass instead, at the caller's line.
// expect-error: gpus_for_power_no_system_power.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: the catalogue has no system power for this accelerator: pass ai::chip_level
// clang-first-error-says: refused<.*fix::pass_chip_level_or_a_power_per_gpu<.*troubleshooting_md::no_system_power>
// gcc-first-error-says: docs/troubleshooting.md#no-system-power
// max-lines: 15
// first-error-says: gpus_for_power_no_system_power\.cpp:13:[0-9]+: error:
#include <aiscale/catalog.hpp>
#include <aiscale/model.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline const auto mi300x_count = ai::gpus_for_power(ai::catalog::mi300x, 1.0 * ai::GW);
#else
inline const auto mi300x_count = ai::gpus_for_power(ai::catalog::mi300x, 1.0 * ai::GW, 1.2 * ai::one, ai::chip_level);
#endif
