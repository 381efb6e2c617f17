// W == 0: a power compared with a bare number, named in words and units, with the fix.
// expect-error: number_compare\.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: cannot compare power \(W\) and number: give the number its unit
// clang-first-error-says: cannot_compare<aiscale::detail::power<aiscale::W>, aiscale::detail::number<aiscale::one>,
// gcc-first-error-says: docs/troubleshooting.md#bare-numbers
// clang-first-error-says: fix::give_the_number_its_unit<aiscale::detail::docs::troubleshooting_md::bare_numbers>
// first-error-says: number_compare\.cpp:14:[0-9]+: error:
// gcc-first-error-names: W
// names: W
// max-lines: 15
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr bool off = 5.0 * ai::W == 0;
#else
inline constexpr bool off = 5.0 * ai::W == ai::quantity<ai::W>::zero();
#endif
