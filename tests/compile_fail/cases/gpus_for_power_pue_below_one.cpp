// gpus_for_power with a PUE below 1 would feed more GPUs than the power allows.
// expect-error: invalid_value
#include <aiscale/catalog.hpp>
#include <aiscale/model.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto gpus = ai::gpus_for_power(ai::catalog::h100_sxm, 1.0 * ai::GW, 0.9 * ai::one);
#else
inline constexpr auto gpus = ai::gpus_for_power(ai::catalog::h100_sxm, 1.0 * ai::GW, 1.1 * ai::one);
#endif
