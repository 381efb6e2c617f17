// W + USD: one short error whose first line says what is wrong in words and units and what to write
// instead (g++: the sentence of detail::refusal; clang: the mistake's type,
// cannot_add<power<W>, money<usd>, fix::multiply_or_divide_by_what_relates_them<...>>).
// gcc-expect-error: aiscale: cannot add
// clang-expect-error: error: implicit instantiation of undefined template .aiscale::detail::cannot_add<
// gcc-first-error-says: cannot add power \(W\) and money \(USD\)
// clang-first-error-says: cannot_add<aiscale::detail::power<aiscale::W>, aiscale::detail::money<aiscale::usd>,
// gcc-first-error-says: docs/troubleshooting.md#different-dimensions
// clang-first-error-says: fix::[a-z_]+<aiscale::detail::docs::troubleshooting_md::different_dimensions>
// gcc-first-error-names: W USD
// names: W USD
// max-lines: 15
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto sum = 750.0 * ai::W + 3.0 * ai::usd;
#else
inline constexpr auto sum = 750.0 * ai::W + 3.0 * ai::kW;
#endif
