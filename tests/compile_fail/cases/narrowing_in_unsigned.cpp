// .in<unsigned>(unit) of a signed quantity is refused; .coerce_in<unsigned>(unit) checks the value.
// expect-error: cannot hold every value
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto count = (72 * ai::gpu).in<unsigned>(ai::gpu);
#else
inline constexpr auto count = (72 * ai::gpu).coerce_in<unsigned>(ai::gpu);
#endif
