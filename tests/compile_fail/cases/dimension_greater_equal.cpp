// USD/GPU >= USD: a price per GPU is not a total, named in words and units.
// expect-error: dimension_greater_equal\.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: cannot compare price per GPU \(USD/GPU\) and money \(USD\)
// clang-first-error-says: cannot_compare<.*price_per_GPU<.*derived_unit<.*usd, .*per<.*gpu>>>, .*money<.*usd>,
// gcc-first-error-says: docs/troubleshooting.md#different-dimensions
// clang-first-error-says: fix::[a-z_]+<aiscale::detail::docs::troubleshooting_md::different_dimensions>
// first-error-says: dimension_greater_equal\.cpp:14:[0-9]+: error:
// gcc-first-error-names: USD/GPU USD
// names: USD
// max-lines: 15
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr bool b = 30000.0 * ai::usd / ai::gpu >= 1.0 * ai::usd;
#else
inline constexpr bool b = 30000.0 * ai::usd / ai::gpu >= 1.0 * ai::usd_per_gpu;
#endif
