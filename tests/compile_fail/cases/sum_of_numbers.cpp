// sum adds up quantities; a range of plain numbers has no unit to add in.
// expect-error: sum adds up a range of quantities
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr double xs[] = {1.0, 2.0};
inline constexpr auto total = ai::sum(xs);
#else
inline constexpr ai::quantity<ai::W> xs[] = {ai::quantity<ai::W>{1.0}, ai::quantity<ai::W>{2.0}};
inline constexpr auto total = ai::sum(xs);
#endif
