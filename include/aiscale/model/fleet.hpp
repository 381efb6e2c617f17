// fleet<Spec>: a number of one catalogued accelerator with its data centre's PUE and the share of
// peak it sustains; from it power, energy, compute, capital and operating cost, time to train.
#pragma once

#include <string_view>
#include <type_traits>

#include "aiscale/catalog/accelerator.hpp"
#include "aiscale/catalog/packaging.hpp"
#include "aiscale/catalog/reference.hpp"
#include "aiscale/core/failure.hpp"
#include "aiscale/core/quantity.hpp"
#include "aiscale/model/h100_equivalent.hpp"
#include "aiscale/units/compute.hpp"
#include "aiscale/units/derived.hpp"
#include "aiscale/units/devices.hpp"
#include "aiscale/units/energy.hpp"
#include "aiscale/units/estimate.hpp"
#include "aiscale/units/money.hpp"
#include "aiscale/units/time.hpp"

namespace aiscale {

// Which power per GPU a fleet draws. A deployed GPU draws 1.3-2x its chip's TDP once its server or
// rack (CPUs, switches, NICs, fans) is counted, so the system level is the default; the facility
// level is the system level times PUE (facility_power()).
enum class power_level { chip, system, given };
// Host only: a std::string_view is built on the host (nvcc has no device constexpr for it).
constexpr std::string_view power_level_name(power_level level) {
  switch (level) {
    case power_level::chip:
      return "chip level (TDP only)";
    case power_level::system:
      return "system level (server or rack power per GPU)";
    case power_level::given:
      return "a power per GPU given by the caller";
  }
  return "?";
}
// Asks a fleet or gpus_for_power for the chip level: ai::fleet(cat::mi300x, n, ai::chip_level).
struct chip_level_t {
  explicit chip_level_t() = default;
};
inline constexpr chip_level_t chip_level{};

namespace detail {
// A PUE below 1 (a facility that draws less than its IT load) or NaN: to the failure handler.
AISCALE_HOST_DEVICE constexpr void check_pue(quantity<one, double> pue, source_location where) {
  if (!(pue.value() >= 1)) invalid_value("invalid PUE: below 1 or NaN", where);
}
}  // namespace detail

template <class Spec>
class fleet {
 public:
  using count_type = quantity<gpu, double>;
  using ratio_type = quantity<one, double>;
  using power_per_gpu_type = quantity<W_per_gpu, double>;

  // A fleet drawing the system-level power of its accelerators (catalog::system_power: the
  // server's or rack's power per GPU). PUE 1 and full utilisation unless said otherwise: both
  // defaults are the optimistic end, so results are lower bounds on cost. Invalid values (a negative
  // or NaN count, a PUE below 1, a utilisation outside 0-100 %) go to the failure handler at the
  // caller's line (docs/failures.md).
  AISCALE_HOST_DEVICE constexpr fleet(
      catalog::accelerator<Spec> _acc, count_type _count, ratio_type _pue = 1.0 * one,
      ratio_type _utilisation = 1.0 * one,
      source_location _where = source_location::current()) requires catalog::system_power_published<Spec>
      : acc_(_acc),
        count_(_count),
        power_per_gpu_(catalog::system_power(_acc)),
        level_(power_level::system),
        pue_(_pue),
        utilisation_(_utilisation) {
    check(_where);
  }
  // A quantity of another dimension where the GPU count goes: refused, naming both units
  // (core/refusal.hpp; the sentence is a template argument, which g++ prints for a constructor).
  template <class U, class R, class... Rest, class Mistake = detail::refused_t<U, unit_t<gpu>, detail::pass_op>>
  // clang-format off
  requires(!same_dimension_v<U, unit_t<gpu>>) fleet(catalog::accelerator<Spec>, const basic_quantity<U, R>&, Rest&&...) = delete;  // count * ai::gpu: docs/troubleshooting.md#model-and-catalogue-functions
  // clang-format on
  // An accelerator whose system power the catalogue does not have (an MI300X, a TPU): refused in one
  // error whose sentence (a template argument g++ prints) says what to pass instead.
  // The count is a template parameter so that clang 14, which deduces the class from every constructor
  // whatever its constraints, prefers the constructor above for an accelerator that has the figure.
  template <class N, class Mistake = detail::no_system_power_refusal>
  requires(!catalog::system_power_published<Spec> && std::is_convertible_v<N, count_type>)
      fleet(catalog::accelerator<Spec>, N)
  = delete;
  // ... or the chip level, the datasheet's maximum board power, when that is what the caller wants
  // (or all the catalogue has): ai::fleet(cat::mi300x, n, ai::chip_level).
  AISCALE_HOST_DEVICE constexpr fleet(
      catalog::accelerator<Spec> _acc, count_type _count, chip_level_t, ratio_type _pue = 1.0 * one,
      ratio_type _utilisation = 1.0 * one,
      source_location _where = source_location::current()) requires catalog::vendor_publishes_power<Spec>
      : acc_(_acc),
        count_(_count),
        power_per_gpu_(_acc.max_power()),
        level_(power_level::chip),
        pue_(_pue),
        utilisation_(_utilisation) {
    check(_where);
  }
  // ... or another power per GPU: an all-in figure (1.5 kW per H100 at Colossus), or an estimate
  // for a part without a datasheet.
  AISCALE_HOST_DEVICE constexpr fleet(catalog::accelerator<Spec> _acc, count_type _count,
                                      power_per_gpu_type _power_per_gpu, ratio_type _pue = 1.0 * one,
                                      ratio_type _utilisation = 1.0 * one,
                                      source_location _where = source_location::current())
      : acc_(_acc),
        count_(_count),
        power_per_gpu_(_power_per_gpu),
        level_(power_level::given),
        pue_(_pue),
        utilisation_(_utilisation) {
    check(_where);
  }

  [[nodiscard]] AISCALE_HOST_DEVICE constexpr catalog::accelerator<Spec> accelerator() const { return acc_; }
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr count_type count() const { return count_; }
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr ratio_type pue() const { return pue_; }
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr ratio_type utilisation() const { return utilisation_; }
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr power_per_gpu_type power_per_gpu() const { return power_per_gpu_; }
  // Which level power_per_gpu() and it_power() are: chip, system, or the caller's own figure.
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr power_level level() const { return level_; }

  // The IT power (count x power per GPU, at the fleet's level), and the facility's: IT power x PUE.
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr quantity<W, double> it_power() const { return count_ * power_per_gpu_; }
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr quantity<W, double> facility_power() const { return it_power() * pue_; }

  // Energy drawn by the facility over a period at full power (an upper bound: real fleets idle).
  // Each parameter of a quantity is constrained to its dimension, so that a wrong one is refused at
  // the caller's line, not inside this function.
  template <class U, class R>
  requires same_dimension_v<U, unit_t<s>>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr quantity<Wh, double> energy(const basic_quantity<U, R>& period) const {
    return facility_power() * period;
  }
  // A period of another dimension: refused with a message that names both units (core/refusal.hpp).
  template <class U, class R>
  requires(!same_dimension_v<U, unit_t<s>>) detail::refused_t<U, unit_t<s>, detail::pass_op> energy(
      const basic_quantity<U, R>&)
  const;
  template <unit_type U>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr quantity<Wh, double> energy(U period) const {
    return energy(1.0 * period);
  }

  // Peak compute of the whole fleet in a format, and what it sustains at its utilisation.
  template <numeric_format_type F>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto peak(F f) const {
    return (count_ * acc_.peak(f)).in(FLOPS_of(f));
  }
  template <numeric_format_type F>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto sustained(F f) const {
    return peak(f) * static_cast<double>(utilisation_);
  }
  template <numeric_format_type F>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto h100_equivalents(F f) const {
    return aiscale::h100_equivalents(count_, acc_, f);
  }

  // Capital cost at three levels. The GPUs alone: the catalogue's price range times the count.
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr estimate<quantity<usd, double>> gpu_cost()
      const requires catalog::price_estimate_exists<Spec> {
    return count_ * acc_.price();
  }
  // The systems (servers or racks, with their CPUs and network), where the catalogue prices the
  // accelerator's system: an estimate from the system's price range.
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr estimate<quantity<usd, double>> system_cost() const requires requires {
    catalog::system_of<Spec>::package.price();
  }
  {
    constexpr auto system = catalog::system_of<Spec>::package;
    return count_ * ((1 * system.unit) * system.price() / system.gpus());
  }
  // All in: the data centre with everything in it, at the reference cost per GW of facility power
  // (about USD 50 billion per GW, NVIDIA, August 2025).
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr quantity<usd, double> all_in_cost() const {
    return facility_power() * reference::cost_per_gw.value;
  }

  // Electricity for a year of running at full power, at a price per kWh.
  template <class U, class R>
  requires same_dimension_v<U, unit_t<usd_per_kWh>>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr quantity<usd_per_year, double> operating_cost_per_year(
      const basic_quantity<U, R>& price) const {
    return facility_power() * price;
  }
  // Electricity per GPU-hour, PUE included.
  template <class U, class R>
  requires same_dimension_v<U, unit_t<usd_per_kWh>>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr quantity<usd_per_gpu_hour, double> energy_cost_per_gpu_hour(
      const basic_quantity<U, R>& price) const {
    return power_per_gpu_ * pue_ * price;
  }
  // A price of another dimension (or another currency): refused, naming both units (core/refusal.hpp).
  template <class U, class R>
  requires(!same_dimension_v<U, unit_t<usd_per_kWh>>)
      detail::refused_t<U, unit_t<usd_per_kWh>, detail::pass_op> operating_cost_per_year(const basic_quantity<U, R>&)
  const;
  template <class U, class R>
  requires(!same_dimension_v<U, unit_t<usd_per_kWh>>)
      detail::refused_t<U, unit_t<usd_per_kWh>, detail::pass_op> energy_cost_per_gpu_hour(const basic_quantity<U, R>&)
  const;
  // All-in capital cost spread over a service life, plus electricity, per GPU-hour (no staff).
  template <class U, class R, class L, class LR>
  requires same_dimension_v<U, unit_t<usd_per_kWh>> && same_dimension_v<L, unit_t<s>>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr quantity<usd_per_gpu_hour, double> cost_per_gpu_hour(
      const basic_quantity<U, R>& price, const basic_quantity<L, LR>& service_life) const {
    return all_in_cost() / count_ / service_life + energy_cost_per_gpu_hour(price);
  }

  // ... refused, naming the first parameter of the wrong dimension and the one it takes.
  template <class U, class R, class L, class LR>
  requires(!(same_dimension_v<U, unit_t<usd_per_kWh>> && same_dimension_v<L, unit_t<s>>)) std::conditional_t<
      same_dimension_v<U, unit_t<usd_per_kWh>>, detail::refused_t<L, unit_t<s>, detail::pass_op>,
      detail::refused_t<U, unit_t<usd_per_kWh>, detail::pass_op>> cost_per_gpu_hour(const basic_quantity<U, R>&,
                                                                                    const basic_quantity<L, LR>&)
  const;

  // How long the fleet takes to perform a budget of operations of a format at its sustained rate.
  template <class U, class R, numeric_format_type F>
  requires same_dimension_v<U, unit_t<flop_of(F{})>>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr quantity<day, double> time_to_spend(const basic_quantity<U, R>& budget,
                                                                                  F f) const {
    return budget / sustained(f);
  }
  // ... refused for operations of another format, or another dimension, naming both units.
  template <class U, class R, numeric_format_type F>
  requires(!same_dimension_v<U, unit_t<flop_of(F{})>>)
      detail::refused_t<U, unit_t<flop_of(F{})>, detail::pass_op> time_to_spend(const basic_quantity<U, R>&, F)
  const;

 private:
  // The values a fleet cannot have (a NaN fails every comparison, so each test is written to hold for
  // the valid values only): to the failure handler, at the caller's line.
  AISCALE_HOST_DEVICE constexpr void check(source_location where) const {
    if (!(count_.value() >= 0)) detail::invalid_value("invalid fleet: the GPU count is negative or NaN", where);
    if (!(power_per_gpu_.value() >= 0))
      detail::invalid_value("invalid fleet: the power per GPU is negative or NaN", where);
    if (!(pue_.value() >= 1)) detail::invalid_value("invalid fleet: the PUE is below 1 or NaN", where);
    if (!(utilisation_.value() >= 0 && utilisation_.value() <= 1))
      detail::invalid_value("invalid fleet: the utilisation is outside 0-100 % or NaN", where);
  }

  catalog::accelerator<Spec> acc_;
  count_type count_;
  power_per_gpu_type power_per_gpu_;
  power_level level_;
  ratio_type pue_;
  ratio_type utilisation_;
};

// How many accelerators a power budget feeds at the system level (their server's or rack's power
// per GPU) and a PUE ...
template <class Spec, class U, class R>
requires catalog::system_power_published<Spec> && same_dimension_v<U, unit_t<W>>
    AISCALE_HOST_DEVICE constexpr quantity<gpu, double> gpus_for_power(
        catalog::accelerator<Spec> acc, const basic_quantity<U, R>& power, quantity<one, double> pue = 1.0 * one,
        source_location _where = source_location::current()) {
  detail::check_pue(pue, _where);
  return power / (catalog::system_power(acc) * pue);
}
// ... or at the chip level, when the caller asks for it: gpus_for_power(acc, p, pue, ai::chip_level).
template <class Spec, class U, class R>
requires catalog::vendor_publishes_power<Spec> && same_dimension_v<U, unit_t<W>>
    AISCALE_HOST_DEVICE constexpr quantity<gpu, double> gpus_for_power(
        catalog::accelerator<Spec> acc, const basic_quantity<U, R>& power, quantity<one, double> pue, chip_level_t,
        source_location _where = source_location::current()) {
  detail::check_pue(pue, _where);
  return power / (acc.max_power() * pue);
}

// ... and for an accelerator whose system power the catalogue lacks: refused in one error that says
// what to pass (ai::chip_level, or a fleet with a power per GPU), at the caller's line.
template <class Spec, class U, class R>
requires(!catalog::system_power_published<Spec> && same_dimension_v<U, unit_t<W>>)
    detail::refused<detail::no_system_power_refusal> gpus_for_power(catalog::accelerator<Spec>,
                                                                    const basic_quantity<U, R>&,
                                                                    quantity<one, double> = 1.0 * one);

// A quantity of another dimension where these functions take a power or money: refused with a
// message that names both units (core/refusal.hpp), at the caller's line.
template <class Spec, class U, class R, class... Rest>
requires(!same_dimension_v<U, unit_t<W>>) detail::refused_t<U, unit_t<W>, detail::pass_op> gpus_for_power(
    catalog::accelerator<Spec>, const basic_quantity<U, R>&, Rest&&...);
template <class Spec, class U, class R, class... Rest>
requires(!same_dimension_v<U, unit_t<usd>>) detail::refused_t<U, unit_t<usd>, detail::pass_op> gpus_for_all_in_budget(
    catalog::accelerator<Spec>, const basic_quantity<U, R>&, Rest&&...);
template <class Spec, class U, class R>
requires(!same_dimension_v<U, unit_t<usd>>) detail::refused_t<U, unit_t<usd>, detail::pass_op> gpus_for_budget(
    catalog::accelerator<Spec>, const basic_quantity<U, R>&);

// How many accelerators a sum of money deploys all in: each GPU's facility power (system level x
// PUE) at the reference cost per GW, so the money pays for the building, power and cooling too.
template <class Spec, class U, class R>
requires catalog::system_power_published<Spec> && same_dimension_v<U, unit_t<usd>>
    AISCALE_HOST_DEVICE constexpr quantity<gpu, double> gpus_for_all_in_budget(
        catalog::accelerator<Spec> acc, const basic_quantity<U, R>& money, quantity<one, double> pue = 1.0 * one,
        source_location _where = source_location::current()) {
  detail::check_pue(pue, _where);
  return money / (catalog::system_power(acc) * pue * reference::cost_per_gw.value);
}

// How many accelerators a sum of money buys, GPUs alone, as a range from the catalogue's price range.
template <class Spec, class U, class R>
requires catalog::price_estimate_exists<Spec> && same_dimension_v<U, unit_t<usd>>
    AISCALE_HOST_DEVICE constexpr estimate<quantity<gpu, double>> gpus_for_budget(catalog::accelerator<Spec> acc,
                                                                                  const basic_quantity<U, R>& money) {
  return money / acc.price();
}

}  // namespace aiscale
