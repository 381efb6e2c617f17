// time_to_spend(budget, format) takes operations of that format: an FP8 budget asked about BF16 is
// refused at the caller's line, naming both formats.
// expect-error: fleet_time_to_spend_other_format\.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: cannot pass compute work \(FLOP\(FP8\)\) where the function takes compute work \(FLOP\(BF16\)\)
// clang-first-error-says: cannot_pass_where_function_takes<.*compute_work<.*fp8>>, .*compute_work<.*bf16>>,
// gcc-first-error-says: docs/troubleshooting.md#model-and-catalogue-functions
// clang-first-error-says: fix::[a-z_]+<aiscale::detail::docs::troubleshooting_md::model_and_catalogue_functions>
// first-error-says: fleet_time_to_spend_other_format\.cpp:15:[0-9]+: error:
// gcc-first-error-names: FLOP(FP8) FLOP(BF16)
// max-lines: 15
#include <aiscale/model.hpp>
namespace ai = aiscale;
inline constexpr auto h100s = ai::fleet(ai::catalog::h100_sxm, 1000.0 * ai::gpu);
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto t = h100s.time_to_spend(1e24 * ai::flop_of(ai::fp8), ai::bf16);
#else
inline constexpr auto t = h100s.time_to_spend(1e24 * ai::flop_of(ai::bf16), ai::bf16);
#endif
