// W + USD: g++'s first error line names both units by their symbols.
// expect-error: no match for 'operator\+'|invalid operands to binary expression
// gcc-first-error: fixed_string<1>{"W"}
// gcc-first-error: fixed_string<3>{"USD"}
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto sum = 750.0 * ai::W + 3.0 * ai::usd;
#else
inline constexpr auto sum = 750.0 * ai::W + 3.0 * ai::kW;
#endif
