// A NaN exchange rate would turn every sum of money it touches into NaN.
// expect-error: invalid_value
#include <aiscale/units.hpp>

#include <limits>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::exchange_rate usd_per_eur{std::numeric_limits<double>::quiet_NaN() * ai::usd / ai::eur};
#else
inline constexpr ai::exchange_rate usd_per_eur{std::numeric_limits<double>::min() * ai::usd / ai::eur};
#endif
