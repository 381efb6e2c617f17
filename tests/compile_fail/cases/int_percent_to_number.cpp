// The plain number of an integer percentage would truncate (30 % is 0.3); a double one gives 0.3.
// expect-error: to a larger unit would truncate
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr int x = static_cast<int>(30 * ai::percent);
#else
inline constexpr double x = static_cast<double>(30.0 * ai::percent);
#endif
