// Compile-time checks of the fleet model and H100-equivalents.
#include <aiscale/model.hpp>
#include <aiscale/units.hpp>

namespace ai = aiscale;
namespace cat = ai::catalog;

namespace {

constexpr bool close(double a, double b) { return (a - b) * (a - b) <= 1e-18 * a * a; }
template <class Format>
constexpr bool has_h100e = requires(Format f) {
  ai::h100_equivalent(f);
};

// an H100-equivalent is a compute rate: one H100 SXM's peak in the stated format
static_assert((1 * ai::h100_equivalent(ai::bf16)).in(ai::TFLOPS_of(ai::bf16)).value() == 989);
static_assert((2 * ai::h100_equivalent(ai::tf32)).in<double>(ai::TFLOPS_of(ai::tf32)).value() == 989);
static_assert((1 * ai::h100_equivalent(ai::sparse(ai::fp8))).in(ai::TFLOPS_of(ai::sparse(ai::fp8))).value() == 3958);
static_assert(!has_h100e<decltype(ai::fp4)>);
static_assert(close(ai::h100_equivalents(30'000 * ai::gpu, cat::gb200, ai::bf16).value(), 30'000 * 2500 / 989.0));
static_assert(close(ai::h100_equivalents(1000 * ai::gpu, cat::h100_sxm, ai::fp8).value(), 1000.0));
static_assert(close(ai::h100_equivalents(1000 * ai::gpu, cat::tpu_v5p, ai::bf16).value(), 459'000 / 989.0));

// 100 million H100 at the system level: DGX H100's 10.2 kW over 8 GPUs, 1.275 kW each
constexpr ai::fleet big(cat::h100_sxm, 100 * ai::million * ai::gpu, ai::reference::pue_industry_2024.value,
                        40 * ai::percent);
static_assert(big.level() == ai::power_level::system);
static_assert(ai::approx(big.it_power(), 127.5 * ai::GW));
static_assert(ai::approx(big.facility_power(), 198.9 * ai::GW));
static_assert(ai::approx(big.energy(ai::year), 198.9 * ai::GW * ai::year));
static_assert(ai::approx(big.energy(24 * ai::h), 4773.6 * ai::GWh));
static_assert(ai::approx(big.peak(ai::bf16), 98'900 * ai::EFLOPS_of(ai::bf16)));
static_assert(ai::approx(big.sustained(ai::bf16), 39'560 * ai::EFLOPS_of(ai::bf16)));
static_assert(close(big.h100_equivalents(ai::bf16).value(), 1e8));
// capital cost at three levels: the GPUs alone, and all in at USD 50 billion per GW of facility power
static_assert(ai::approx(big.gpu_cost().low(), 2.5 * ai::trillion * ai::usd));
static_assert(ai::approx(big.gpu_cost().high(), 3 * ai::trillion * ai::usd));
static_assert(ai::approx(big.all_in_cost(), 198.9 * 50 * ai::billion * ai::usd));
static_assert(ai::approx(big.operating_cost_per_year(10 * ai::us_cent / ai::kWh),
                         198.9 * ai::GW * 0.1 * ai::usd_per_kWh));
static_assert(ai::approx(big.energy_cost_per_gpu_hour(0.1 * ai::usd_per_kWh), 0.1989 * ai::usd_per_gpu_hour));
// all in: 1.989 kW of facility power per GPU x USD 50 per W = USD 99,450, over 5 years of 8766 h, plus electricity
static_assert(ai::approx(big.cost_per_gpu_hour(0.1 * ai::usd_per_kWh, 5 * ai::year),
                         (99'450.0 / (5 * 8766) + 0.1989) * ai::usd_per_gpu_hour));
// 3.956e22 FLOP/s sustained spends 3.956e27 FLOP in 1e5 s
static_assert(ai::approx(big.time_to_spend(3.956e27 * ai::flop_of(ai::bf16), ai::bf16), 1e5 * ai::s));

// the chip level when asked for: 700 W per H100
constexpr ai::fleet chips(cat::h100_sxm, 100 * ai::million * ai::gpu, ai::chip_level);
static_assert(chips.level() == ai::power_level::chip && ai::approx(chips.it_power(), 70 * ai::GW));
static_assert(ai::power_level_name(chips.level()) != ai::power_level_name(big.level()));
template <class Acc>
constexpr bool has_system_fleet = requires(Acc a) {
  ai::fleet(a, 1.0 * ai::gpu);
};
static_assert(!has_system_fleet<decltype(cat::mi300x)> && has_system_fleet<decltype(cat::b200)>);

// systems: a GB200 NVL72 rack at about USD 3 million, per GPU
constexpr ai::fleet racks(cat::gb200, 10 * ai::nvl72_rack);
static_assert(ai::approx(racks.system_cost().central(), 30 * ai::million * ai::usd));
static_assert(racks.system_cost().central() > racks.gpu_cost().central());
static_assert(ai::approx(racks.it_power(), 1.2 * ai::MW));

// a fleet of a part without a datasheet power needs a power per GPU
constexpr ai::fleet rubins(cat::rubin, 1000 * ai::gpu, cat::rubin.analyst_power(), 1.1 * ai::one);
static_assert(ai::approx(rubins.facility_power(), 1.98 * ai::MW));
static_assert(rubins.level() == ai::power_level::given);

// sizing from a budget
static_assert(ai::approx(ai::gpus_for_power(cat::gb200, 1.2 * ai::GW), 720'000 * ai::gpu));
static_assert(ai::approx(ai::gpus_for_power(cat::gb200, 1.2 * ai::GW, 1.0 * ai::one, ai::chip_level), 1e6 * ai::gpu));
static_assert(ai::approx(ai::gpus_for_budget(cat::h100_sxm, 3 * ai::billion * ai::usd).low(), 1e5 * ai::gpu));
static_assert(ai::approx(ai::gpus_for_budget(cat::h100_sxm, 3 * ai::billion * ai::usd).high(), 1.2e5 * ai::gpu));

}  // namespace
