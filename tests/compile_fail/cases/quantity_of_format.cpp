// A numeric format is not a unit: the unit is flop_of(format) or a FLOPS_of(format).
// expect-error: takes a unit object
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::bf16, double> x{1.0};
#else
inline constexpr ai::quantity<ai::flop_of(ai::bf16), double> x{1.0};
#endif
