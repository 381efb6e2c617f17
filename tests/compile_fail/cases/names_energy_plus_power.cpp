// J + W: energy and power named in words and units.
// gcc-expect-error: aiscale: cannot add
// clang-expect-error: error: implicit instantiation of undefined template .aiscale::detail::cannot_add<
// gcc-first-error-says: cannot add energy \(J\) and power \(W\)
// clang-first-error-says: cannot_add<aiscale::detail::energy<aiscale::J>, aiscale::detail::power<aiscale::W>,
// gcc-first-error-says: docs/troubleshooting.md#different-dimensions
// clang-first-error-says: fix::[a-z_]+<aiscale::detail::docs::troubleshooting_md::different_dimensions>
// gcc-first-error-names: J W
// names: J W
// max-lines: 15
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto sum = 1.0 * ai::J + 1.0 * ai::W;
#else
inline constexpr auto sum = 1.0 * ai::J + 1.0 * ai::Wh;
#endif
