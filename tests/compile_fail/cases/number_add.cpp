// GW + 3.0: a bare number added to a power, named in words and units, with the fix: give it its unit.
// expect-error: number_add\.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: cannot add power \(GW\) and number: give the number its unit
// clang-first-error-says: cannot_add<aiscale::detail::power<aiscale::GW>, aiscale::detail::number<aiscale::one>,
// gcc-first-error-says: docs/troubleshooting.md#bare-numbers
// clang-first-error-says: fix::give_the_number_its_unit<aiscale::detail::docs::troubleshooting_md::bare_numbers>
// first-error-says: number_add\.cpp:14:[0-9]+: error:
// gcc-first-error-names: GW
// names: GW
// max-lines: 15
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto total = 5.0 * ai::GW + 3.0;
#else
inline constexpr auto total = 5.0 * ai::GW + 3.0 * ai::GW;
#endif
