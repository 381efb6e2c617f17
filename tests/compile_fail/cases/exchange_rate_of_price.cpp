// A price per GPU is not an exchange rate, even though it is one dimension per another.
// expect-error: an exchange rate is one currency per another
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto r = ai::exchange_rate{30000.0 * ai::usd / ai::gpu};
#else
inline constexpr auto r = ai::exchange_rate{30000.0 * ai::usd / ai::currency<"INR">};
#endif
