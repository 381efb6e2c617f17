// Division never truncates: an int quantity / 2 is a double quantity, which an int one refuses.
// expect-error: floating-point quantity to an integer-valued one
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::gpu, int> half = (7 * ai::gpu) / 2;
#else
inline constexpr ai::quantity<ai::gpu, double> half = (7 * ai::gpu) / 2;
#endif
