// Initialising a price per GPU from a price (direct-initialisation).
// expect-error: dimension_direct_initialise\.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: cannot convert money \(USD\) to price per GPU \(USD/GPU\)
// clang-first-error-says: call to deleted constructor of .*basic_quantity<.*derived_unit<.*usd, .*per<.*gpu>>
// clang-expect-error: note: .*cannot_convert<aiscale::detail::money<aiscale::usd>, aiscale::detail::price_per_GPU<
// gcc-first-error-says: docs/troubleshooting.md#different-dimensions
// first-error-says: dimension_direct_initialise\.cpp:13:[0-9]+: error:
// gcc-first-error-names: USD USD/GPU
// max-lines: 15
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::usd_per_gpu> p{30000.0 * ai::usd};
#else
inline constexpr ai::quantity<ai::usd_per_gpu> p{30000.0 * ai::usd / ai::gpu};
#endif
