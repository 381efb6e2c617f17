// W + USD: the first error line names both units (g++ in letters, clang 14 in character codes).
// expect-error: no match for 'operator\+'|invalid operands to binary expression
// gcc-first-error: fixed_string<1>{"W"}
// gcc-first-error: fixed_string<3>{"USD"}
// clang-first-error: unit<{{87, 0}}
// clang-first-error: unit<{{85, 83, 68, 0}}
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto sum = 750.0 * ai::W + 3.0 * ai::usd;
#else
inline constexpr auto sum = 750.0 * ai::W + 3.0 * ai::kW;
#endif
