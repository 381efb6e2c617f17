// The smallest int has no positive counterpart: negating it is not a constant expression.
// expect-error: integer_overflow
#include <aiscale/units.hpp>

#include <limits>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto w = -(std::numeric_limits<int>::min() * ai::W);
#else
inline constexpr auto w = -(std::numeric_limits<int>::max() * ai::W);
#endif
