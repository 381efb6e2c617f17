// A USD/EUR rate converts dollars and euros, never pounds.
// expect-error: converts between its two currencies only
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto r = ai::exchange_rate{1.08 * ai::usd / ai::eur};
inline constexpr auto x = r(100.0 * ai::gbp);
#else
inline constexpr auto r = ai::exchange_rate{1.08 * ai::usd / ai::eur};
inline constexpr auto x = r(100.0 * ai::eur);
#endif
