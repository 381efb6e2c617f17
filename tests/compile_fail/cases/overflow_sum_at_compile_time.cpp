// An integer sum that overflows its type is not a constant expression: the compiler names the check.
// expect-error: integer_overflow
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto total = 2'000'000'000 * ai::W + 2'000'000'000 * ai::W;
#else
inline constexpr auto total = 2'000'000'000LL * ai::W + 2'000'000'000 * ai::W;
#endif
