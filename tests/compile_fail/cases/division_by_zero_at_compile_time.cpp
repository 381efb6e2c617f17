// integer_quotient by an integer zero is not a constant expression: the compiler names the check.
// expect-error: division_by_zero
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto racks = ai::integer_quotient(144 * ai::gpu, 0 * ai::nvl72_rack);
#else
inline constexpr auto racks = ai::integer_quotient(144 * ai::gpu, 1 * ai::nvl72_rack);
#endif
