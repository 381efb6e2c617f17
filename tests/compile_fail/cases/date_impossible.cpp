// 29 February 2025 did not happen (2025 is not a leap year).
// expect-error: invalid_value
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::date as_of{2025, 2, 29};
#else
inline constexpr ai::date as_of{2024, 2, 29};
#endif
