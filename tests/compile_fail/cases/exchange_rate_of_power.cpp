// A watt is a joule per second: one dimension per another, but not one currency per another.
// expect-error: an exchange rate is one currency per another
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto r = ai::exchange_rate{1.08 * ai::W};
#else
inline constexpr auto r = ai::exchange_rate{1.08 * ai::usd / ai::eur};
#endif
