// W - Wh: a power minus an energy, named in words and units.
// expect-error: dimension_subtract\.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: cannot subtract power \(W\) and energy \(Wh\)
// clang-first-error-says: cannot_subtract<aiscale::detail::power<aiscale::W>, aiscale::detail::energy<aiscale::Wh>,
// gcc-first-error-says: docs/troubleshooting.md#different-dimensions
// clang-first-error-says: fix::[a-z_]+<aiscale::detail::docs::troubleshooting_md::different_dimensions>
// first-error-says: dimension_subtract\.cpp:14:[0-9]+: error:
// gcc-first-error-names: W Wh
// names: W Wh
// max-lines: 15
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto d = 750.0 * ai::W - 1.0 * ai::Wh;
#else
inline constexpr auto d = 750.0 * ai::W - 1.0 * ai::kW;
#endif
