// coerce_in truncates on purpose, but a value the integer type cannot hold is never made up.
// expect-error: value_out_of_range
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto watts = (1e30 * ai::W).coerce_in<long long>(ai::W);
#else
inline constexpr auto watts = (1e15 * ai::W).coerce_in<long long>(ai::W);
#endif
