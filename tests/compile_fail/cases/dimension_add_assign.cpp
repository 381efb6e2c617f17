// A running total of energy += a power.
// expect-error: dimension_add_assign\.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: cannot add energy \(Wh\) and power \(W\)
// clang-first-error-says: cannot_add<aiscale::detail::energy<aiscale::Wh>, aiscale::detail::power<aiscale::W>,
// gcc-first-error-says: docs/troubleshooting.md#different-dimensions
// clang-first-error-says: fix::[a-z_]+<aiscale::detail::docs::troubleshooting_md::different_dimensions>
// first-error-says: dimension_add_assign\.cpp:16:[0-9]+: error:
// gcc-first-error-names: Wh W
// names: Wh W
// max-lines: 15
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
constexpr double f() {
  auto total = 1.0 * ai::Wh;
  total += 750.0 * ai::W;
  return total.value();
}
#else
constexpr double f() {
  auto total = 1.0 * ai::Wh;
  total += 750.0 * ai::W * ai::h;
  return total.value();
}
#endif
