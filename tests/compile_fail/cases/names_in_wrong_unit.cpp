// .in(TWh) of a power: the quantity's unit and the requested one, in the first error line.
// gcc-expect-error: aiscale: cannot convert
// clang-expect-error: error: implicit instantiation of undefined template .aiscale::detail::cannot_convert<
// gcc-first-error-says: cannot convert power \(GW\) to energy \(TWh\)
// clang-first-error-says: cannot_convert<aiscale::detail::power<aiscale::GW>, aiscale::detail::energy<aiscale::TWh>,
// gcc-first-error-says: docs/troubleshooting.md#different-dimensions
// clang-first-error-says: fix::[a-z_]+<aiscale::detail::docs::troubleshooting_md::different_dimensions>
// gcc-first-error-names: GW TWh
// names: GW TWh
// max-lines: 15
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto energy = (1.0 * ai::GW).in(ai::TWh);
#else
inline constexpr auto energy = (1.0 * ai::GW).in(ai::TWh / ai::year);
#endif
