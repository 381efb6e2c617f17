// Training run: a FLOP budget, a fleet and the share of peak the model code achieves (MFU) give
// the wall-clock time of the run and what its GPU-hours cost.
#include <aiscale/model.hpp>
#include <aiscale/units.hpp>
#include <iomanip>
#include <iostream>

namespace ai = aiscale;
namespace cat = ai::catalog;
namespace ref = ai::reference;

namespace {

template <class Spec, class Budget, class Format>
void plan(const char* title, const ai::fleet<Spec>& f, Budget budget, Format format) {
  const auto days = f.time_to_spend(budget, format);
  const auto gpu_hours = (f.count() * days).in(ai::million * ai::gpu_hour);
  const auto cost = gpu_hours * f.cost_per_gpu_hour(ref::us_industrial_price_2025.value, 4 * ai::year);
  std::cout << title << '\n'
            << "  budget:     " << budget << '\n'
            << "  fleet:      " << f.count().in(ai::thousand * ai::gpu) << " x " << f.accelerator().name() << ", MFU "
            << f.utilisation().in(ai::percent) << '\n'
            << "  sustained:  " << f.sustained(format).in(ai::EFLOPS_of(format)) << '\n'
            << "  time:       " << days << '\n'
            << "  GPU-hours:  " << gpu_hours << '\n'
            << "  cost:       " << cost.in(ai::million * ai::usd) << " (purchase over 4 years + electricity)\n\n";
}

}  // namespace

int main() {
  std::cout << std::setprecision(4);

  constexpr auto budget = 2e25 * ai::flop_of(ai::bf16);
  constexpr ai::fleet h100s(cat::h100_sxm, 25'000 * ai::gpu, ref::pue_industry_2024.value, 40 * ai::percent);
  // 2e25 FLOP at 25,000 x 989 TFLOP/s x 40 %: 2.02e6 s, about 23.4 days
  static_assert(ai::approx(h100s.time_to_spend(budget, ai::bf16), 23.41 * ai::day, 1e-3));
  plan("A 2e25 FLOP run on 25,000 H100", h100s, budget, ai::bf16);

  // The same budget in FP8 is another kind of work: it needs its own figure, not a conversion.
  constexpr auto fp8_budget = ai::assume_format(budget, ai::fp8);
  plan("The same budget run in FP8", h100s, fp8_budget, ai::fp8);

  constexpr ai::fleet gb200s(cat::gb200, 100'000 * ai::gpu, ref::pue_google_2023.value, 35 * ai::percent);
  plan("A 1e27 FLOP run on 100,000 GB200", gb200s, 1e27 * ai::flop_of(ai::bf16), ai::bf16);
}
