// A floating-point number for an integer-valued quantity would truncate: refused, with braces or
// parentheses alike (C++ alone refuses it only in braces).
// expect-error: floating-point quantity to an integer-valued one
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::W, int> watts(1.5);
#else
inline constexpr ai::quantity<ai::W, int> watts(2);
#endif
