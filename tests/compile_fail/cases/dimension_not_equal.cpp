// W != USD: one error (a refused != of its own, not the rewritten == refused twice), naming both.
// expect-error: dimension_not_equal\.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: cannot compare power \(W\) and money \(USD\)
// clang-first-error-says: cannot_compare<aiscale::detail::power<aiscale::W>, aiscale::detail::money<aiscale::usd>,
// gcc-first-error-says: docs/troubleshooting.md#different-dimensions
// clang-first-error-says: fix::[a-z_]+<aiscale::detail::docs::troubleshooting_md::different_dimensions>
// first-error-says: dimension_not_equal\.cpp:12:[0-9]+: error:
// max-lines: 15
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr bool b = 1.0 * ai::W != 1.0 * ai::usd;
#else
inline constexpr bool b = 1.0 * ai::W != 1.0 * ai::kW;
#endif
