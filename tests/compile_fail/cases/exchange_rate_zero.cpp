// An exchange rate of zero converts everything to nothing: refused where it is made.
// expect-error: invalid_value
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::exchange_rate usd_per_eur{0.0 * ai::usd / ai::eur};
#else
inline constexpr ai::exchange_rate usd_per_eur{1.08 * ai::usd / ai::eur};
#endif
