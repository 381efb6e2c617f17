// .in<int>(unit) of a floating-point quantity would truncate; coerce_in says so on purpose.
// expect-error: floating-point quantity to an integer-valued one
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto watts = (1.5 * ai::kW).in<int>(ai::W);
#else
inline constexpr auto watts = (1.5 * ai::kW).coerce_in<int>(ai::W);
#endif
