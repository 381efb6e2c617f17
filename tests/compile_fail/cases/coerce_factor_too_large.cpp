// Even coerce_in cannot convert integers by 1e60: the factor leaves integer arithmetic.
// expect-error: too large for integer arithmetic
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto watts = (1 * ai::quetta(ai::W)).coerce_in(ai::quecto(ai::W));
#else
inline constexpr auto watts = (1 * ai::quetta(ai::W)).coerce_in<double>(ai::quecto(ai::W));
#endif
