// NaN has no integer: coerce_in<int> of a NaN quantity is not a constant expression.
// expect-error: value_out_of_range
#include <aiscale/units.hpp>

#include <limits>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto watts = (std::numeric_limits<double>::quiet_NaN() * ai::W).coerce_in<int>(ai::W);
#else
inline constexpr auto watts = (std::numeric_limits<double>::max() * ai::W).coerce_in<double>(ai::W);
#endif
