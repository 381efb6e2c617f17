// An exchange rate is one currency per another: an amount of dollars alone is not one.
// expect-error: an exchange rate is one currency per another
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto r = ai::exchange_rate{1.08 * ai::usd};
#else
inline constexpr auto r = ai::exchange_rate{1.08 * ai::usd / ai::eur};
#endif
