// widened() by a negative tolerance would narrow the range, or turn it inside out.
// expect-error: invalid_value
#include <aiscale/units.hpp>
#include <aiscale/units/estimate.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto about = ai::estimate{75.0 * ai::GW}.widened(-0.1);
#else
inline constexpr auto about = ai::estimate{75.0 * ai::GW}.widened(0.1);
#endif
