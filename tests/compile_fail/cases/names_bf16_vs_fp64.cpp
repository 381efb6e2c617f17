// BF16 TFLOP/s < FP64 TFLOP/s: both formats named. (clang 14 cuts a char array after ten
// characters, so only g++ is asked for the full symbols.)
// gcc-expect-error: aiscale: cannot compare
// clang-expect-error: error: implicit instantiation of undefined template .aiscale::detail::cannot_compare<
// gcc-first-error-says: cannot compare compute rate \(TFLOP\(BF16\)/s\) and compute rate \(TFLOP\(FP64\)/s\)
// clang-first-error-says: cannot_compare<.*compute_rate<.*flop_unit<.*bf16>.*compute_rate<.*flop_unit<.*fp64>
// gcc-first-error-names: TFLOP(BF16)/s TFLOP(FP64)/s
// max-lines: 15
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr bool less = 989.0 * ai::TFLOPS_of(ai::bf16) < 67.0 * ai::TFLOPS_of(ai::fp64);
#else
inline constexpr bool less = 989.0 * ai::TFLOPS_of(ai::bf16) < 2.0 * ai::PFLOPS_of(ai::bf16);
#endif
