// Assigning an energy to a power variable.
// expect-error: dimension_assign\.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: cannot convert energy \(TWh\) to power \(GW\)
// clang-first-error-says: cannot_convert<aiscale::detail::energy<aiscale::TWh>, aiscale::detail::power<aiscale::GW>,
// gcc-first-error-says: docs/troubleshooting.md#different-dimensions
// clang-first-error-says: fix::[a-z_]+<aiscale::detail::docs::troubleshooting_md::different_dimensions>
// first-error-says: dimension_assign\.cpp:15:[0-9]+: error:
// gcc-first-error-names: TWh GW
// max-lines: 15
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
constexpr double f() {
  ai::quantity<ai::GW> p{1.0};
  p = 1.0 * ai::TWh;
  return p.value();
}
#else
constexpr double f() {
  ai::quantity<ai::GW> p{1.0};
  p = 1.0 * ai::TWh / ai::year;
  return p.value();
}
#endif
