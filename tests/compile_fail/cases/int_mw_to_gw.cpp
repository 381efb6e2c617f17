// An integer quantity converted to a larger unit would truncate (1500 MW is 1.5 GW): the refusal
// names both units in its first error line (clang as the refused function's template arguments,
// g++ in the sentence "1 MW is not a whole number of GW").
// expect-error: to a larger unit would truncate
// first-error-names: MW GW
// gcc-first-error-says: 1 MW is not a whole number of GW
// first-error-says: docs/troubleshooting.md#integer-conversions
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::GW, int> g = 1500 * ai::MW;
#else
inline constexpr ai::quantity<ai::GW, double> g = 1500 * ai::MW;
#endif
