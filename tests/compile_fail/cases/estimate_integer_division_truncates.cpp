// An estimate of plain integers divided so that the quotient has a fraction: refused, not truncated.
// expect-error: invalid_value
#include <aiscale/units.hpp>
#include <aiscale/units/estimate.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto racks = ai::estimate<int>{144, 288} / 100;
#else
inline constexpr auto racks = ai::estimate<int>{144, 288} / 72;
#endif
