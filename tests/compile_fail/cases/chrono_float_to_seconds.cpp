// A floating-point time quantity into an integer std::chrono duration would truncate.
// expect-error: floating-point quantity to an integer-valued one
#include <aiscale/aiscale.hpp>
#include <chrono>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr std::chrono::seconds d = 1.5 * ai::s;
#else
inline constexpr std::chrono::duration<double> d = 1.5 * ai::s;
#endif
