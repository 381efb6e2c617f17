// What the checker judges against, read from the catalogue and the fleet model: per accelerator
// its price, chip power, all-in power and cost, and peaks; per country its electricity; the cost
// of a GW. Plain ranges in the relations' units, each with where it comes from.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "aiscale/catalog/accelerators.hpp"
#include "aiscale/catalog/packaging.hpp"
#include "aiscale/catalog/reference.hpp"
#include "aiscale/check/judge.hpp"
#include "aiscale/model/fleet.hpp"
#include "aiscale/units/compute.hpp"
#include "aiscale/units/derived.hpp"

namespace aiscale {

// One peak of an accelerator: the format's label as the text layer writes it ("BF16", "FP8
// sparse") and FLOP/s per GPU.
struct peak_entry {
  std::string_view format;
  double flops = 0;
};

// An accelerator as the checker sees it. Ranges are invalid (zero) where the catalogue has no figure.
struct accelerator_profile {
  std::string_view token;  // how news name it: "H100" (the first word of the catalogue name with a digit)
  std::string_view name;   // the catalogue's name: "NVIDIA H100 SXM5"
  // Other names news use: the catalogue's model ("TPU v5p", "Gaudi 3") and family ("Trainium",
  // "Instinct", "Blackwell"), the name in parentheses ("Ironwood", "Trillium") and the model's
  // leading letters where they are a word of three or more ("TPU" of "TPU7x", "Gaudi").
  std::array<std::string_view, 4> aliases{};
  std::string_view source;
  value_range price;  // USD per GPU, the GPU alone
  std::string_view price_source;
  value_range chip_power;    // W per GPU, the datasheet's TDP
  value_range all_in_power;  // W per GPU: system (server or rack) power, as IT load up to x the industry's PUE
  value_range all_in_cost;   // USD per GPU: all-in power x the reference cost per GW
  std::string_view system_source;
  std::array<peak_entry, 16> peaks{};
  std::size_t peak_count = 0;
};

namespace detail::check {
// The first word of a catalogue name that holds a digit and a letter, before any parenthesis:
// "H100" of "NVIDIA H100 SXM5"; empty where there is none ("Intel Gaudi 3"): such an accelerator
// is not recognised by name.
constexpr std::string_view token_of(std::string_view name) {
  std::size_t i = 0;
  while (i < name.size() && name[i] != '(') {
    std::size_t j = i;
    bool digit = false, letter = false;
    for (; j < name.size() && name[j] != ' ' && name[j] != '('; ++j) {
      digit = digit || (name[j] >= '0' && name[j] <= '9');
      letter = letter || (name[j] >= 'A' && name[j] <= 'Z') || (name[j] >= 'a' && name[j] <= 'z');
    }
    if (digit && letter) return name.substr(i, j - i);
    i = j + 1;
  }
  return {};
}
static_assert(token_of("NVIDIA H100 SXM5") == "H100" && token_of("Intel Gaudi 3").empty());
static_assert(token_of("NVIDIA Rubin (announced, CES 2026)").empty());

// The other names of an accelerator (accelerator_profile::aliases), each empty where there is none.
constexpr std::array<std::string_view, 4> aliases_of(std::string_view model, std::string_view family,
                                                     std::string_view name) {
  std::array<std::string_view, 4> out{model, family, {}, {}};
  const std::size_t open = name.find('('), close = name.find(')');
  if (open != std::string_view::npos && close != std::string_view::npos && close > open + 1) {
    const std::string_view inside = name.substr(open + 1, close - open - 1);
    if (inside.find(' ') == std::string_view::npos && inside.find(',') == std::string_view::npos) out[2] = inside;
  }
  std::size_t letters = 0;
  while (letters < model.size() &&
         ((model[letters] >= 'A' && model[letters] <= 'Z') || (model[letters] >= 'a' && model[letters] <= 'z')))
    ++letters;
  if (letters >= 3 && letters < model.size()) out[3] = model.substr(0, letters);
  return out;
}
static_assert(aliases_of("TPU7x", "", "Google TPU7x (Ironwood)")[2] == "Ironwood");
static_assert(aliases_of("TPU7x", "", "Google TPU7x (Ironwood)")[3] == "TPU");
static_assert(aliases_of("H100", "Hopper", "NVIDIA H100 SXM5")[3].empty());
static_assert(aliases_of("GB200", "Blackwell", "NVIDIA GB200 (one GPU of an NVL72)")[2].empty());

template <class Spec, class F>
void add_peak(accelerator_profile& p, catalog::accelerator<Spec> acc, F f) {
  if constexpr (catalog::vendor_publishes_peak<Spec, F>) {
    if (p.peak_count < p.peaks.size())
      p.peaks[p.peak_count++] = {F::label.view(), acc.peak(f).template value_in<double>(FLOPS_of(f) / gpu)};
  }
}
template <class Spec, class F>
void add_peaks(accelerator_profile& p, catalog::accelerator<Spec> acc, F f) {
  add_peak(p, acc, f);
  add_peak(p, acc, sparse(f));
}

// Data-centre efficiency from the best fleet to the industry's average: the ends of every all-in range.
inline constexpr double pue_low = reference::pue_google_2023.value.value();
inline constexpr double pue_high = reference::pue_industry_2024.value.value();

template <class Spec>
accelerator_profile profile_of(catalog::accelerator<Spec> acc) {
  accelerator_profile p;
  p.name = acc.name();
  p.token = token_of(acc.name());
  p.aliases = aliases_of(acc.model(), acc.family(), acc.name());
  p.source = acc.source();
  if constexpr (catalog::price_estimate_exists<Spec>) {
    const auto price = acc.price();
    p.price = {price.low().template value_in<double>(usd_per_gpu), price.high().template value_in<double>(usd_per_gpu)};
    p.price_source = acc.price_source();
  }
  if constexpr (catalog::vendor_publishes_power<Spec>) {
    const double w = fleet(acc, 1.0 * gpu, chip_level).it_power().template value_in<double>(W);
    p.chip_power = {w, w};
  }
  if constexpr (catalog::system_power_published<Spec>) {
    // The fleet model's all-in figures for one GPU: system power x PUE, and that power at the
    // reference cost per GW. The power starts at the system power itself (PUE 1): what a cluster
    // "draws" is often its IT load ("24,576 GPUs draw about 30 MW" is an H100 cluster's servers).
    const fleet it_load(acc, 1.0 * gpu);
    const fleet best(acc, 1.0 * gpu, pue_low * one);
    const fleet average(acc, 1.0 * gpu, pue_high * one);
    p.all_in_power = {it_load.facility_power().template value_in<double>(W),
                      average.facility_power().template value_in<double>(W)};
    p.all_in_cost = {best.all_in_cost().template value_in<double>(usd),
                     average.all_in_cost().template value_in<double>(usd)};
    p.system_source = catalog::system_source(acc);
  }
  add_peaks(p, acc, fp64);
  add_peaks(p, acc, fp32);
  add_peaks(p, acc, tf32);
  add_peaks(p, acc, bf16);
  add_peaks(p, acc, fp16);
  add_peaks(p, acc, fp8);
  add_peaks(p, acc, fp4);
  add_peaks(p, acc, int8);
  return p;
}
}  // namespace detail::check

// The accelerators the checker knows by name: every one of the catalogue whose name holds a
// model number (a new catalogue entry is known here without a change).
inline const std::vector<accelerator_profile>& accelerator_profiles() {
  static const std::vector<accelerator_profile> all = [] {
    std::vector<accelerator_profile> v;
    std::apply([&](auto... acc) { (v.push_back(detail::check::profile_of(acc)), ...); }, catalog::all_accelerators);
    return v;
  }();
  return all;
}

// A country's electricity: average consumption as a power (TWh a year is a power), generating
// capacity and peak demand. Only the countries the reference figures cover.
struct country_profile {
  std::string_view name;                   // "the UK"
  std::array<std::string_view, 12> names;  // how the six languages write it, matched as whole words
  value_range consumption;                 // W, from the references' lowest to highest basis
  std::string consumption_source;
  value_range capacity;  // W
  std::string_view capacity_source;
  value_range peak;  // W
  std::string_view peak_source;
};

inline const std::vector<country_profile>& country_profiles() {
  namespace ref = reference;
  static const std::vector<country_profile> all = [] {
    const auto w = [](auto q) { return q.template value_in<double>(W); };
    country_profile uk;
    uk.name = "the UK";
    uk.names = {"United Kingdom",
                "UK",
                "Britain",
                "Vereinigte Königreich",
                "Vereinigten Königreich",
                "Großbritannien",
                "Verenigd Koninkrijk",
                "Groot-Brittannië",
                "Royaume-Uni",
                "Reino Unido",
                "Regno Unito",
                "Gran Bretagna"};
    // Consumption on three bases (2024, 2025 provisional, total demand 2023): the range spans them.
    uk.consumption = {w(ref::uk_electricity_2024.value), w(ref::uk_electricity_demand_2023.value)};
    uk.consumption_source =
        std::string(ref::uk_electricity_2024.source) + "; " + std::string(ref::uk_electricity_demand_2023.source);
    uk.capacity = {w(ref::uk_generating_capacity_2023.value), w(ref::uk_generating_capacity_2023.value)};
    uk.capacity_source = ref::uk_generating_capacity_2023.source;
    uk.peak = {w(ref::uk_peak_demand_2024.value), w(ref::uk_peak_demand_2024.value)};
    uk.peak_source = ref::uk_peak_demand_2024.source;
    return std::vector<country_profile>{uk};
  }();
  return all;
}

// The cost of a GW of AI data centre, all in, in USD per W: a GW counted at the facility (the
// reference's basis) up to a GW of IT load (times the industry's PUE); and the parts of it the
// references know, which a writer may take for the whole.
struct cost_per_power_reference {
  value_range whole;
  std::string_view source;
  value_range nvidia_hardware;
  std::string_view nvidia_source;
};
inline cost_per_power_reference gw_cost_reference() {
  namespace ref = reference;
  const double whole = ref::cost_per_gw.value.value_in<double>(usd / W);
  const double hardware = ref::nvidia_hardware_per_gw.value.value_in<double>(usd / W);
  return {{whole, whole * detail::check::pue_high},
          ref::cost_per_gw.source,
          {hardware, hardware * detail::check::pue_high},
          ref::nvidia_hardware_per_gw.source};
}

// Industrial electricity prices, USD per kWh, from the references' years.
inline value_range electricity_price_reference() {
  namespace ref = reference;
  return {ref::us_industrial_price_2024.value.value_in<double>(usd_per_kWh),
          ref::us_industrial_price_2025.value.value_in<double>(usd_per_kWh)};
}

// A project the reference figures describe, named in a sentence (as subjects_named names it): the
// sum it costs or the accelerators it holds, and the parts of that whole.
struct project_part {
  std::string_view what;   // "the GB200"
  std::string_view token;  // the accelerator a count of the part names, or empty
  value_range range;
};
struct project_profile {
  std::string_view subject;  // "Stargate", "Colossus 1"
  bool money = false;        // the whole is a sum in USD; else a count of GPUs
  value_range whole;
  std::string what;  // the whole in words, with how it is derived
  std::string source;
  std::vector<project_part> parts;
};

inline const std::vector<project_profile>& project_profiles() {
  namespace ref = reference;
  static const std::vector<project_profile> all = [] {
    const cost_per_power_reference gw = gw_cost_reference();
    const double capacity = ref::stargate_capacity.value.value_in<double>(W);
    project_profile stargate{"Stargate",
                             true,
                             gw.whole.scaled(capacity),
                             "its 10 GW all in",
                             std::string(ref::stargate_capacity.source) + "; " + std::string(gw.source),
                             {{"NVIDIA's hardware alone", {}, gw.nvidia_hardware.scaled(capacity)}}};
    const double hopper = ref::colossus1_hopper.value.value_in<double>(gpu);
    const double gb200 = ref::colossus1_gb200.value.value_in<double>(gpu);
    project_profile colossus1{"Colossus 1",
                              false,
                              {hopper + gb200, hopper + gb200},
                              "xAI's list",
                              std::string(ref::colossus1_hopper.source),
                              {{"the H100 and H200", {}, {hopper, hopper}}, {"the GB200", "GB200", {gb200, gb200}}}};
    return std::vector<project_profile>{stargate, colossus1};
  }();
  return all;
}

}  // namespace aiscale
