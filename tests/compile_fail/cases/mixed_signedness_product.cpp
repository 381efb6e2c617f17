// An unsigned quantity times a signed number: the literal 2 is an int; write 2u.
// expect-error: mixes a signed and an unsigned
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto twice = (8u * ai::gpu) * 2;
#else
inline constexpr auto twice = (8u * ai::gpu) * 2u;
#endif
