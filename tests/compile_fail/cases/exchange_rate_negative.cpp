// A negative exchange rate is a slip (a sign, or a difference of rates), not a rate.
// expect-error: invalid_value
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::exchange_rate usd_per_eur{-1.08 * ai::usd / ai::eur};
#else
inline constexpr ai::exchange_rate usd_per_eur{1.08 * ai::usd / ai::eur};
#endif
