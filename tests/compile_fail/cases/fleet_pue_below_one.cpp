// A PUE below 1 would mean the facility gives back power: refused.
// expect-error: invalid_value
#include <aiscale/catalog.hpp>
#include <aiscale/model.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::fleet cluster(ai::catalog::h100_sxm, 1000.0 * ai::gpu, 0.5 * ai::one);
#else
inline constexpr ai::fleet cluster(ai::catalog::h100_sxm, 1000.0 * ai::gpu, 1.5 * ai::one);
#endif
