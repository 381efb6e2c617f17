// A quantity built from a number of another type is held to the rules of a change of number type:
// an int for an unsigned count is refused, as 8 * gpu into quantity<gpu, unsigned> is.
// expect-error: cannot hold every value
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::gpu, unsigned> count{72};
#else
inline constexpr ai::quantity<ai::gpu, unsigned> count{72u};
#endif
