// W + USD: one short error whose first line says what is wrong in words and units (g++: the sentence
// of detail::refusal; clang: the mistake's type, cannot_add<power<W>, money<usd>>, whose declaration,
// shown in the note, says what to write instead).
// gcc-expect-error: aiscale: cannot add
// clang-expect-error: error: implicit instantiation of undefined template .aiscale::detail::cannot_add<
// gcc-first-error-says: cannot add power \(W\) and money \(USD\)
// clang-first-error-says: cannot_add<aiscale::detail::power<aiscale::W>, aiscale::detail::money<aiscale::usd>>
// gcc-first-error-says: docs/troubleshooting.md#different-dimensions
// clang-expect-error: docs/troubleshooting.md#different-dimensions
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
