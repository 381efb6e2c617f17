// BF16 TFLOP/s < FP64 TFLOP/s: both formats named in the first error line.
// expect-error: no match for 'operator<'|invalid operands to binary expression
// (clang 14 cuts a char array after ten characters, so only g++ is asked for the full symbols.)
// gcc-first-error-names: TFLOP(BF16)/s TFLOP(FP64)/s
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr bool less = 989.0 * ai::TFLOPS_of(ai::bf16) < 67.0 * ai::TFLOPS_of(ai::fp64);
#else
inline constexpr bool less = 989.0 * ai::TFLOPS_of(ai::bf16) < 2.0 * ai::PFLOPS_of(ai::bf16);
#endif
