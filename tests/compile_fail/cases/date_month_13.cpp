// A month beyond 12 is not a date.
// expect-error: invalid_value
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::date as_of{2025, 13};
#else
inline constexpr ai::date as_of{2025, 12};
#endif
