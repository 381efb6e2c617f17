// USD == EUR: both currencies named in the first error line (clang 14: 85 83 68 is "USD").
// expect-error: no match for 'operator=='|invalid operands to binary expression
// gcc-first-error: fixed_string<3>{"USD"}
// gcc-first-error: fixed_string<3>{"EUR"}
// clang-first-error: unit<{{85, 83, 68, 0}}
// clang-first-error: unit<{{69, 85, 82, 0}}
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr bool same = 100.0 * ai::usd == 100.0 * ai::eur;
#else
inline constexpr bool same = 100.0 * ai::usd == 10000.0 * ai::us_cent;
#endif
