// A fleet of -1000 GPUs draws negative power: refused where the fleet is made.
// expect-error: invalid_value
#include <aiscale/catalog.hpp>
#include <aiscale/model.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::fleet cluster(ai::catalog::h100_sxm, -1000.0 * ai::gpu);
#else
inline constexpr ai::fleet cluster(ai::catalog::h100_sxm, 1000.0 * ai::gpu);
#endif
