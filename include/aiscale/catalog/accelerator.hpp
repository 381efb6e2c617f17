// accelerator<Spec> and package<Spec>: typed, per-device views of datasheet figures. The figures
// themselves, with their sources, are in catalog/accelerators.hpp and catalog/packaging.hpp.
#pragma once

#include <string_view>

#include "aiscale/core/char_view.hpp"
#include "aiscale/core/quantity.hpp"
#include "aiscale/units/compute.hpp"
#include "aiscale/units/data.hpp"
#include "aiscale/units/derived.hpp"
#include "aiscale/units/devices.hpp"
#include "aiscale/units/energy.hpp"
#include "aiscale/units/estimate.hpp"
#include "aiscale/units/exchange_rate.hpp"
#include "aiscale/units/money.hpp"

namespace aiscale::catalog {

// One published number, or the explicit absence of one. A figure the vendor does not publish is
// never stored as zero: a zero would silently turn into "this fleet computes nothing".
struct figure {
  double value = 0;
  bool published = false;
};
inline constexpr figure not_published{};
AISCALE_HOST_DEVICE constexpr figure published(double v) { return {v, true}; }

// Peak throughput of one numeric format, dense and with 2:4 sparsity, in the spec's peak unit.
struct format_peak {
  // The format's name as in numeric_format: "BF16", "FP8" ... A char_view, not a std::string_view, so
  // that looking a peak up compiles for CUDA devices without relaxed constexpr (std's is host-only).
  char_view format;
  figure dense;
  figure sparse;
};

// A price range (in USD per device or per package); published == false when no estimate exists.
struct price_range {
  double low = 0;
  double high = 0;
  double central = 0;  // 0: none given
  bool published = false;
  std::string_view source;
};
AISCALE_HOST_DEVICE constexpr price_range usd_range(double low, double high, std::string_view source) {
  return {low, high, 0, true, source};
}
AISCALE_HOST_DEVICE constexpr price_range usd_range(double low, double high, double central, std::string_view source) {
  return {low, high, central, true, source};
}
inline constexpr price_range no_price{};

// Google and AWS state memory in GiB (2^30 bytes); the catalogue keeps every capacity in GB, so a
// GiB figure is converted where it is declared: gib_as_gb(96) is 103.08 GB.
AISCALE_HOST_DEVICE constexpr double gib_as_gb(double gib) { return gib * 1.073741824; }

// Whether an entry's figures come from the vendor's datasheet or product page, or were announced
// for a part that does not ship yet (figures may change before a datasheet exists).
enum class provenance { datasheet, announced };

namespace detail {
template <class Spec, fixed_string Name, sparsity S>
AISCALE_HOST_DEVICE constexpr figure find_peak() {
  for (const format_peak& p : Spec::peaks)
    if (p.format == Name.view()) return S == sparsity::dense ? p.dense : p.sparse;
  return not_published;
}
template <class Q>
AISCALE_HOST_DEVICE constexpr estimate<Q> price_estimate(const price_range& p, Q unit_price) {
  return p.central != 0 ? estimate<Q>(p.low * unit_price, p.high * unit_price, p.central * unit_price)
                        : estimate<Q>(p.low * unit_price, p.high * unit_price);
}
}  // namespace detail

// Whether the vendor publishes a peak for this format (and sparsity) on this device. As a concept
// it names itself in the compiler's message when peak() refuses a format.
template <class Spec, class Format>
concept vendor_publishes_peak = detail::find_peak<Spec, Format::name, Format::sparsity_kind>()
.published;

template <class Spec>
concept vendor_publishes_power = Spec::max_power.published;

template <class Spec>
concept price_estimate_exists = Spec::price.published;

// One accelerator model. All figures are per device, so count x per-device = total:
// 1000 * gpu * h100_sxm.max_power() is 700 kW.
template <class Spec>
struct accelerator {
  using spec = Spec;

  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr std::string_view name() { return Spec::name; }
  // The model as news write its counts ("H100" for the SXM, PCIe and NVL cards), and the vendor, the
  // first word of the name: the text layer reads "30.000 H100-GPUs" and "10.000 NVIDIA-GPUs" from them.
  // A spec without a model is read by its whole name.
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr std::string_view model() {
    if constexpr (requires { Spec::model; })
      return Spec::model;
    else
      return Spec::name;
  }
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr std::string_view vendor() {
    return Spec::name.substr(0, Spec::name.find(' '));
  }
  // The product family news name a fleet by ("10,000 Blackwell GPUs", "Hopper-GPUs", "Instinct
  // accelerators"), where the vendor has one beside the model; empty otherwise.
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr std::string_view family() {
    if constexpr (requires { Spec::family; })
      return Spec::family;
    else
      return {};
  }
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr std::string_view source() { return Spec::source; }
  // When the source was published, and whether it is a datasheet or an announcement.
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr date as_of() { return Spec::as_of; }
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr provenance kind() { return Spec::kind; }

  // Peak throughput per GPU in a format: h100_sxm.peak(bf16) is 989 TFLOP(BF16)/s per GPU (dense),
  // h100_sxm.peak(sparse(bf16)) 1979. A format without a published figure does not compile.
  template <aiscale::numeric_format_type F>
  requires vendor_publishes_peak<Spec, F>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto peak(F f) const {
    // Looked up as a constant: device code then needs only the number, not the Spec's table.
    constexpr figure found = detail::find_peak<Spec, F::name, F::sparsity_kind>();
    return found.value * TFLOPS_of(f) / gpu;
  }
  // The same question as a value, for code that loops over formats.
  template <aiscale::numeric_format_type F>
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr bool publishes(F) {
    constexpr bool found = detail::find_peak<Spec, F::name, F::sparsity_kind>().published;
    return found;
  }

  // FP64 on the tensor cores, where the vendor lists it apart from the vector FP64 of peak(fp64).
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto fp64_tensor_peak() const requires(Spec::fp64_tensor.published) {
    return Spec::fp64_tensor.value * TFLOPS_of(fp64) / gpu;
  }

  // The chip level of power: maximum board power (TDP) per GPU, without the server around it.
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto max_power() const requires vendor_publishes_power<Spec> {
    return Spec::max_power.value * W / gpu;
  }
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr bool publishes_power() { return Spec::max_power.published; }
  // An analyst's power estimate per GPU, for announced parts without a datasheet (Rubin).
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto analyst_power() const requires(Spec::analyst_power.published) {
    return Spec::analyst_power.value * W / gpu;
  }

  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto memory() const { return Spec::memory_gb * GB / gpu; }
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto memory_bandwidth() const {
    return Spec::bandwidth_gb_s * GB_per_s / gpu;
  }

  // A price estimate per GPU (never a list price: vendors publish none).
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto price() const requires price_estimate_exists<Spec> {
    return detail::price_estimate(Spec::price, 1.0 * usd / gpu);
  }
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr bool has_price() { return Spec::price.published; }
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr std::string_view price_source() { return Spec::price.source; }
};

// A packaging unit of an accelerator (a server, a superchip, a rack) with the figures the vendor
// publishes for the package as a whole. Figures are per package: 10 * gb200_nvl72.max_power().
template <class Spec>
struct package {
  using spec = Spec;
  static constexpr auto unit = Spec::unit;

  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr std::string_view name() { return Spec::name; }
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr std::string_view source() { return Spec::source; }
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr date as_of() { return Spec::as_of; }
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr provenance kind() { return Spec::kind; }
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr auto device() { return accelerator<typename Spec::device_spec>{}; }
  // How many GPUs one package holds, as a count: 72 GPU for an NVL72 rack.
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr auto gpus() { return (1 * Spec::unit).in(gpu); }

  // A published package-level peak, in PFLOP/s per package.
  template <aiscale::numeric_format_type F>
  requires vendor_publishes_peak<Spec, F>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto peak(F f) const {
    return detail::find_peak<Spec, F::name, F::sparsity_kind>().value * PFLOPS_of(f) / Spec::unit;
  }
  template <aiscale::numeric_format_type F>
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr bool publishes(F) {
    constexpr bool found = detail::find_peak<Spec, F::name, F::sparsity_kind>().published;
    return found;
  }

  // Power of the whole package (CPUs, switches and fans included where the vendor says so).
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto max_power() const requires vendor_publishes_power<Spec> {
    return Spec::max_power.value * kW / Spec::unit;
  }
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr bool publishes_power() { return Spec::max_power.published; }

  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto price() const requires price_estimate_exists<Spec> {
    return detail::price_estimate(Spec::price, 1.0 * usd / Spec::unit);
  }
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr bool has_price() { return Spec::price.published; }
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr std::string_view price_source() { return Spec::price.source; }
};

}  // namespace aiscale::catalog
