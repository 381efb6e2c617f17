// W + USD: one short error whose first line says what is wrong in words and units (g++: the sentence
// of detail::refusal; clang: the refused operator's message, then the units in the next error line).
// expect-error: aiscale: cannot add
// gcc-first-error-says: cannot add power \(W\) and money \(USD\)
// clang-first-error-says: cannot add or subtract quantities of different dimensions
// first-error-says: docs/troubleshooting.md#different-dimensions
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
