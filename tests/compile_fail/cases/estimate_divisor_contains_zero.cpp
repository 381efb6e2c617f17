// Dividing by a range that contains 0 has no bounded result.
// expect-error: division_by_zero
#include <aiscale/units.hpp>
#include <aiscale/units/estimate.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto gpus =
    (1.0 * ai::billion * ai::usd) / ai::estimate{0.0 * ai::usd / ai::gpu, 30'000.0 * ai::usd / ai::gpu};
#else
inline constexpr auto gpus =
    (1.0 * ai::billion * ai::usd) / ai::estimate{25'000.0 * ai::usd / ai::gpu, 30'000.0 * ai::usd / ai::gpu};
#endif
