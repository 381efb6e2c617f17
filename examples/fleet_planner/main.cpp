// Fleet planner: a power budget or a money budget in, a fleet of a chosen accelerator out, with
// its power, energy, compute and cost.
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

template <class Spec>
void describe(std::string_view title, const ai::fleet<Spec>& f) {
  std::cout << title << '\n'
            << "  accelerator:        " << f.accelerator().name() << '\n'
            << "  GPUs:               " << f.count().in(ai::thousand * ai::gpu) << '\n'
            << "  IT power:           " << f.it_power().in(ai::MW) << '\n'
            << "  facility power:     " << f.facility_power().in(ai::GW) << " at PUE " << f.pue().value() << '\n'
            << "  energy per year:    " << f.energy(ai::year).in(ai::TWh) << '\n'
            << "  peak BF16:          " << f.peak(ai::bf16).in(ai::EFLOPS_of(ai::bf16)) << '\n'
            << "  sustained BF16:     " << f.sustained(ai::bf16).in(ai::EFLOPS_of(ai::bf16)) << " at "
            << f.utilisation().in(ai::percent) << " utilisation\n"
            << "  size:               " << f.h100_equivalents(ai::bf16).in(ai::thousand * ai::h100_equivalent(ai::bf16))
            << '\n'
            << "  capital cost:       " << f.capital_cost().in(ai::billion * ai::usd) << '\n'
            << "  electricity a year: " << f.operating_cost_per_year(price_per_kWh).in(ai::million * ai::usd / ai::year)
            << " at " << price_per_kWh.in(ai::us_cent / ai::kWh) << '\n'
            << "  per GPU-hour:       " << f.cost_per_gpu_hour(price_per_kWh, 5 * ai::year)
            << " (purchase over 5 years + electricity)\n\n";
}

}  // namespace

int main() {
  std::cout << std::setprecision(4);

  // Plan A: a 1 GW site filled with GB200 at Google's fleet PUE.
  constexpr auto site = 1 * ai::GW;
  constexpr auto pue_a = ref::pue_google_2023.value;
  constexpr auto gpus_a = ai::gpus_for_power(cat::gb200, site, pue_a);
  constexpr ai::fleet plan_a(cat::gb200, gpus_a, pue_a, 40 * ai::percent);
  static_assert(ai::approx(plan_a.facility_power(), site));
  std::cout << std::setprecision(5) << "1 GW at PUE " << pue_a.value() << " feeds " << gpus_a.in(ai::nvl72_rack)
            << " racks of GB200\n"
            << std::setprecision(4);
  describe("Plan A: 1 GW of GB200 (power budget)", plan_a);

  // Plan B: USD 10 billion of H100 SXM at the industry's average PUE; the price range gives a
  // range of fleet sizes, and the plan takes its midpoint.
  constexpr auto money = 10 * ai::billion * ai::usd;
  constexpr auto gpus_b = ai::gpus_for_budget(cat::h100_sxm, money);
  constexpr ai::fleet plan_b(cat::h100_sxm, gpus_b.central(), ref::pue_industry_2024.value, 40 * ai::percent);
  std::cout << "USD 10 billion buys " << gpus_b.in(ai::thousand * ai::gpu) << " of H100 SXM, "
            << gpus_b.in(ai::hgx_server) << " servers\n";
  describe("Plan B: USD 10 billion of H100 SXM (money budget, mid price)", plan_b);
}
