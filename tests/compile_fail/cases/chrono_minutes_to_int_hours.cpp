// 90 minutes are not a whole number of hours: an integer hour quantity refuses them.
// expect-error: to a larger unit would truncate
#include <aiscale/aiscale.hpp>
#include <chrono>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::h, int> span = std::chrono::minutes(90);
#else
inline constexpr ai::quantity<ai::h, double> span = std::chrono::minutes(90);
#endif
