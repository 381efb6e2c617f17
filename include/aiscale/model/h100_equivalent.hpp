// H100-equivalents: a unit of compute rate, one H100 SXM's peak in a stated format and sparsity.
// 50 million H100e(BF16) is a compute rate, not a count of devices.
#pragma once

#include <cstdint>

#include "aiscale/catalog/accelerators.hpp"
#include "aiscale/core/fixed_string.hpp"
#include "aiscale/core/unit.hpp"
#include "aiscale/units/compute.hpp"

namespace aiscale {

// The unit "H100e(BF16)": one H100 SXM's dense BF16 peak, 989 TFLOP(BF16)/s. Defined for every
// format the H100 datasheet publishes; other formats (FP4) have no H100 to compare with.
template <numeric_format_type F>
requires catalog::vendor_publishes_peak<catalog::h100_sxm_spec, F> AISCALE_HOST_DEVICE constexpr auto h100_equivalent(
    F f) {
  // Datasheet figures have at most one decimal (494.5), so tenths of a TFLOP/s are exact.
  constexpr auto tenths = static_cast<std::uint64_t>(
      catalog::detail::find_peak<catalog::h100_sxm_spec, F::name, F::sparsity_kind>().value * 10 + 0.5);
  return named<fixed_string("H100e(") + F::label + fixed_string(")")>(mag<tenths, 10> * TFLOPS_of(f));
}

// The size of a fleet of any catalogued accelerator in H100-equivalents of a format:
// h100_equivalents(30'000 * gpu, catalog::gb200, bf16) is about 75,834 H100e(BF16).
template <class Count, class Spec, numeric_format_type F>
AISCALE_HOST_DEVICE constexpr auto h100_equivalents(const Count& count, catalog::accelerator<Spec> acc, F f) {
  return (count * acc.peak(f)).in(h100_equivalent(f));
}

}  // namespace aiscale
