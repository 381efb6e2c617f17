// A signed count into an unsigned one would turn -1 into 4294967295: refused like a narrowing.
// expect-error: cannot hold every value
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::gpu, unsigned> count = 8 * ai::gpu;
#else
inline constexpr ai::quantity<ai::gpu, unsigned> count = 8u * ai::gpu;
#endif
