// Adding a floating-point quantity to an integer one in place would truncate.
// expect-error: floating-point quantity to an integer-valued one
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
constexpr int f() {
  ai::quantity<ai::W, int> p{0};
  p += 1.5 * ai::W;
  return p.value();
}
#else
constexpr int f() {
  ai::quantity<ai::W, int> p{0};
  p += 2 * ai::W;
  return p.value();
}
#endif
