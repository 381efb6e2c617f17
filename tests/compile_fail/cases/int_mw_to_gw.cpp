// An integer quantity converted to a larger unit would truncate (1500 MW is 1.5 GW): the refusal
// names both units (clang in its first error line, g++ in the note under it).
// expect-error: to a larger unit would truncate
// clang-first-error-names: MW GW
// gcc-names: MW GW
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::GW, int> g = 1500 * ai::MW;
#else
inline constexpr ai::quantity<ai::GW, double> g = 1500 * ai::MW;
#endif
