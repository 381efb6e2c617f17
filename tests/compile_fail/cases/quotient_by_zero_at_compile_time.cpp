// Integer quantities divided by an integer zero: the true quotient does not exist.
// expect-error: division_by_zero
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto per_gpu = (3 * ai::trillion * ai::usd) / (0 * ai::gpu);
#else
inline constexpr auto per_gpu = (3 * ai::trillion * ai::usd) / (1 * ai::gpu);
#endif
