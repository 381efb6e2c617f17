// An exchange rate converts money, not a price per GPU: convert the money, then divide.
// expect-error: converts between its two currencies only
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto r = ai::exchange_rate{1.08 * ai::usd / ai::eur};
inline constexpr auto x = r(30000.0 * ai::eur / ai::gpu);
#else
inline constexpr auto r = ai::exchange_rate{1.08 * ai::usd / ai::eur};
inline constexpr auto x = r(30000.0 * ai::eur) / (1 * ai::gpu);
#endif
