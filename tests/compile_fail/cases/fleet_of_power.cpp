// A fleet counts GPUs: a power where the count goes is refused at the caller's line. (clang 14
// prints the quantities' types as quantity<{}>, so only g++ is asked to name the units.)
// expect-error: fleet_of_power.cpp:10:[0-9]+: error:
// expect-error: argument deduction failed|deduction guide for deduction of template arguments of .(ai::)?fleet
// gcc-names: GW GPU
#include <aiscale/catalog.hpp>
#include <aiscale/model.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto h100s = ai::fleet(ai::catalog::h100_sxm, 1.0 * ai::GW);
#else
inline constexpr auto h100s = ai::fleet(ai::catalog::h100_sxm, 1.0 * ai::gpu);
#endif
