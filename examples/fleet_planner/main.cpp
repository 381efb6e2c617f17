// Fleet planner: a power budget or a money budget in, a fleet of a chosen accelerator out, with
// its power (at the system level: servers or racks, not the chips alone), energy, compute and cost
// (the GPUs alone, the systems, and all in).
#include <aiscale/model.hpp>
#include <aiscale/units.hpp>
#include <iomanip>
#include <iostream>
#include <string_view>

namespace ai = aiscale;
namespace cat = ai::catalog;
namespace ref = ai::reference;

namespace {

constexpr auto price_per_kWh = ref::us_industrial_price_2025.value;
constexpr auto service_life = ref::server_service_life.value;

template <class Spec>
void describe(std::string_view title, const ai::fleet<Spec>& f) {
  std::cout << title << '\n'
            << "  accelerator:        " << f.accelerator().name() << '\n'
            << "  GPUs:               " << f.count().in(ai::thousand * ai::gpu) << '\n'
            << "  power per GPU:      " << f.power_per_gpu().in(ai::kW_per_gpu) << ", "
            << ai::power_level_name(f.level()) << '\n'
            << "  IT power:           " << f.it_power().in(ai::MW) << '\n'
            << "  facility power:     " << f.facility_power().in(ai::GW) << " at PUE " << f.pue().value() << '\n'
            << "  energy per year:    " << f.energy(ai::year).in(ai::TWh) << '\n'
            << "  peak BF16:          " << f.peak(ai::bf16).in(ai::EFLOPS_of(ai::bf16)) << '\n'
            << "  sustained BF16:     " << f.sustained(ai::bf16).in(ai::EFLOPS_of(ai::bf16)) << " at "
            << f.utilisation().in(ai::percent) << " utilisation\n"
            << "  size:               " << f.h100_equivalents(ai::bf16).in(ai::thousand * ai::h100_equivalent(ai::bf16))
            << '\n'
            << "  GPUs alone cost:    " << f.gpu_cost().in(ai::billion * ai::usd) << '\n';
  if constexpr (requires { f.system_cost(); })
    std::cout << "  systems cost:       " << f.system_cost().in(ai::billion * ai::usd)
              << ", racks with their CPUs and network\n";
  std::cout << "  all-in cost:        " << f.all_in_cost().in(ai::billion * ai::usd) << " at "
            << ref::cost_per_gw.value.in(ai::billion * ai::usd / ai::GW) << " (" << ref::cost_per_gw.source << ")\n"
            << "  electricity a year: " << f.operating_cost_per_year(price_per_kWh).in(ai::million * ai::usd / ai::year)
            << " at " << price_per_kWh.in(ai::us_cent / ai::kWh) << '\n'
            << "  per GPU-hour:       " << f.cost_per_gpu_hour(price_per_kWh, service_life)
            << " (all-in cost over the service life + electricity)\n\n";
}

}  // namespace

int main() {
  std::cout << std::setprecision(4) << "Service life of the hardware: " << service_life << " ("
            << ref::server_service_life.source << ")\n\n";

  // Plan A: a 1 GW site filled with GB200 NVL72 racks at Google's fleet PUE. The racks, not the
  // chips, set the power: about 120 kW per 72 GPUs, 1.39x the GPUs' 1.2 kW.
  constexpr auto site = 1 * ai::GW;
  constexpr auto pue_a = ref::pue_google_2023.value;
  constexpr auto gpus_a = ai::gpus_for_power(cat::gb200, site, pue_a);
  constexpr ai::fleet plan_a(cat::gb200, gpus_a, pue_a, 40 * ai::percent);
  static_assert(ai::approx(plan_a.facility_power(), site));
  std::cout << std::setprecision(5) << "1 GW at PUE " << pue_a.value() << " feeds " << gpus_a.in(ai::nvl72_rack)
            << " racks of GB200 (chip level alone would say "
            << ai::gpus_for_power(cat::gb200, site, pue_a, ai::chip_level).in(ai::nvl72_rack) << ")\n"
            << std::setprecision(4);
  describe("Plan A: 1 GW of GB200 (power budget)", plan_a);

  // Plan B: USD 10 billion all in for H100 SXM at the industry's average PUE: the money pays for
  // the data centre around the GPUs too, so it deploys far fewer GPUs than it would buy alone.
  constexpr auto money = 10 * ai::billion * ai::usd;
  constexpr auto pue_b = ref::pue_industry_2024.value;
  constexpr auto gpus_b = ai::gpus_for_all_in_budget(cat::h100_sxm, money, pue_b);
  constexpr ai::fleet plan_b(cat::h100_sxm, gpus_b, pue_b, 40 * ai::percent);
  static_assert(ai::approx(plan_b.all_in_cost(), money));
  std::cout << "USD 10 billion deploys " << gpus_b.in(ai::thousand * ai::gpu) << " of H100 SXM all in, "
            << gpus_b.in(ai::hgx_server) << " servers (GPUs alone it would buy "
            << ai::gpus_for_budget(cat::h100_sxm, money).in(ai::thousand * ai::gpu) << ")\n";
  describe("Plan B: USD 10 billion of H100 SXM (money budget, all in)", plan_b);
}
