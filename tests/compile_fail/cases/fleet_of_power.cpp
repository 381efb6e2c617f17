// A fleet counts GPUs: a power where the count goes is refused at the caller's line, by a refused
// constructor whose message names both units (g++; clang names the GPU count it takes).
// expect-error: fleet_of_power.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: cannot pass power \(GW\) where the function takes GPU count \(GPU\)
// clang-first-error-says: call to deleted constructor of .*fleet<aiscale::catalog::h100_sxm_spec>
// clang-expect-error: note: .*cannot_pass_where_function_takes<.*power<aiscale::GW>, .*GPU_count<aiscale::gpu>,
// gcc-first-error-says: docs/troubleshooting.md#model-and-catalogue-functions
// gcc-first-error-names: GW GPU
// max-lines: 15
// first-error-says: fleet_of_power\.cpp:15:[0-9]+: error:
#include <aiscale/catalog.hpp>
#include <aiscale/model.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto h100s = ai::fleet(ai::catalog::h100_sxm, 1.0 * ai::GW);
#else
inline constexpr auto h100s = ai::fleet(ai::catalog::h100_sxm, 1.0 * ai::gpu);
#endif
