// Integer weeks and Julian years have no exact common unit (a year is 1461/4 days).
// expect-error: no exact common unit
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto span = 1 * ai::week + 1 * ai::year;
#else
inline constexpr auto span = 1.0 * ai::week + 1 * ai::year;
#endif
