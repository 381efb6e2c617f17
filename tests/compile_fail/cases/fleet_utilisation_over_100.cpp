// A utilisation above 100 % of peak is not sustainable by definition.
// expect-error: invalid_value
#include <aiscale/catalog.hpp>
#include <aiscale/model.hpp>
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::fleet cluster(ai::catalog::h100_sxm, 1000.0 * ai::gpu, 1.2 * ai::one, 140.0 * ai::percent);
#else
inline constexpr ai::fleet cluster(ai::catalog::h100_sxm, 1000.0 * ai::gpu, 1.2 * ai::one, 40.0 * ai::percent);
#endif
