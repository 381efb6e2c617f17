// An integer product that overflows its type is not a constant expression.
// expect-error: integer_overflow
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto power = (100'000 * ai::gpu) * (750'000 * ai::W / ai::gpu);
#else
inline constexpr auto power = (100'000 * ai::gpu) * (750 * ai::W / ai::gpu);
#endif
