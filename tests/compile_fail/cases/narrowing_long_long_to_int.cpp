// Changing only the number type is a conversion like any other: long long to int could overflow.
// expect-error: cannot hold every value
// expect-error: narrowing-number-types
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::W, int> watts = ai::quantity<ai::W, long long>{750};
#else
inline constexpr ai::quantity<ai::W, long long> watts = ai::quantity<ai::W, int>{750};
#endif
