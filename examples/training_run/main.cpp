// Training run: a FLOP budget, a fleet and the share of peak the model code achieves (MFU) give
// the wall-clock time of the run and what its GPU-hours cost, all in.
#include <aiscale/model.hpp>
#include <aiscale/units.hpp>
#include <iomanip>
#include <iostream>
#include <string_view>

namespace ai = aiscale;
namespace cat = ai::catalog;
namespace ref = ai::reference;

namespace {

constexpr auto service_life = ref::server_service_life.value;

template <class Spec, class Budget, class Format>
void plan(const char* title, const ai::fleet<Spec>& f, Budget budget, Format format) {
  const auto days = f.time_to_spend(budget, format);
  const auto gpu_hours = (f.count() * days).in(ai::million * ai::gpu_hour);
  const auto cost = gpu_hours * f.cost_per_gpu_hour(ref::us_industrial_price_2025.value, service_life);
  std::cout << title << '\n'
            << "  budget:     " << budget << '\n'
            << "  fleet:      " << f.count().in(ai::thousand * ai::gpu) << " x " << f.accelerator().name() << ", MFU "
            << f.utilisation().in(ai::percent) << " of " << std::string_view(Format::label.view()) << " peak\n"
            << "  power:      " << f.facility_power().in(ai::MW) << " at PUE " << f.pue().value() << ", "
            << ai::power_level_name(f.level()) << '\n'
            << "  sustained:  " << f.sustained(format).in(ai::EFLOPS_of(format)) << '\n'
            << "  time:       " << days << '\n'
            << "  GPU-hours:  " << gpu_hours << '\n'
            << "  cost:       " << cost.in(ai::million * ai::usd)
            << " (all-in cost over the service life + electricity)\n\n";
}

}  // namespace

int main() {
  std::cout << std::setprecision(4) << "Service life of the hardware: " << service_life << " ("
            << ref::server_service_life.source << ")\n\n";

  constexpr auto budget = 2e25 * ai::flop_of(ai::bf16);
  constexpr auto bf16_mfu = 40 * ai::percent;
  constexpr ai::fleet h100s(cat::h100_sxm, 25'000 * ai::gpu, ref::pue_industry_2024.value, bf16_mfu);
  // 2e25 FLOP at 25,000 x 989 TFLOP/s x 40 %: 2.02e6 s, about 23.4 days
  static_assert(ai::approx(h100s.time_to_spend(budget, ai::bf16), 23.41 * ai::day, 1e-3));
  plan("A 2e25 FLOP run on 25,000 H100", h100s, budget, ai::bf16);

  // The same budget in FP8 is another kind of work: it needs its own figure, not a conversion.
  // FP8 doubles the H100's peak, but FP8 runs reach a lower share of it than BF16 runs (scaling
  // factors, casts and the layers kept in BF16): 30 % of the FP8 peak is this example's assumption,
  // so the run is 1.5x faster, not 2x.
  constexpr auto fp8_budget = ai::assume_format(budget, ai::fp8);
  constexpr auto fp8_mfu = 30 * ai::percent;
  constexpr ai::fleet h100s_fp8(cat::h100_sxm, 25'000 * ai::gpu, ref::pue_industry_2024.value, fp8_mfu);
  static_assert(ai::approx(h100s_fp8.time_to_spend(fp8_budget, ai::fp8), 15.6 * ai::day, 1e-3));
  std::cout << "Assumed: FP8 runs reach " << fp8_mfu << " of the FP8 peak, against " << bf16_mfu << " for BF16\n";
  plan("The same budget run in FP8", h100s_fp8, fp8_budget, ai::fp8);

  constexpr ai::fleet gb200s(cat::gb200, 100'000 * ai::gpu, ref::pue_google_2023.value, 35 * ai::percent);
  plan("A 1e27 FLOP run on 100,000 GB200", gb200s, 1e27 * ai::flop_of(ai::bf16), ai::bf16);
}
