// The figures the docs/ pages quote, checked so that the pages cannot drift from the library.
#include <aiscale/aiscale.hpp>

namespace ai = aiscale;
using namespace ai::literals;

// docs/energy.md
static_assert(ai::approx((1.2 * ai::GW * ai::year).in(ai::TWh), 10.5192 * ai::TWh));
static_assert(ai::approx((273.0 * ai::TWh / ai::year).in(ai::GW), 31.14 * ai::GW, 1e-3));

// docs/devices-and-data.md
static_assert(((1 * ai::nvl72_rack) * (1200 * ai::W / ai::gpu)).in(ai::W) == 86'400 * ai::W);
static_assert(ai::approx((2.1 * ai::usd_per_gpu_hour * (1000 * ai::gpu) * (30 * ai::day)).in(ai::usd),
                         1.512 * ai::million * ai::usd));
static_assert(static_cast<double>(40.0 * ai::percent) == 0.4);

// docs/literals.md
static_assert(750_W * 8_h == 6_kWh);
static_assert(ai::approx(500_usd * 1e9, 500 * ai::billion * ai::usd));

// docs/quantities.md
static_assert(ai::integer_quotient(150 * ai::gpu, 72 * ai::gpu).value() == 2);
static_assert((1 * ai::h + 30 * ai::minute) == 90 * ai::minute);

// docs/compute.md
constexpr auto per_gpu = 989.0 * ai::TFLOPS_of(ai::bf16) / ai::gpu;
constexpr auto fleet = 50 * ai::million * ai::gpu * per_gpu;
constexpr auto run = (fleet * (30 * ai::day)).in(ai::flop_of(ai::bf16));
static_assert(ai::approx(run, 1.2817e29 * ai::flop_of(ai::bf16), 1e-4));

// docs/extending.md: another library's type through quantity_like_traits.
struct kilowatts {
  double v;
};
template <>
struct aiscale::quantity_like_traits<kilowatts> {
  static constexpr auto unit = aiscale::kW;
  using rep = double;
  static constexpr double to_number(kilowatts k) { return k.v; }
  static constexpr kilowatts from_number(double v) { return {v}; }
};
static_assert(ai::quantity<ai::W>(kilowatts{1.5}) == 1500 * ai::W);
constexpr kilowatts from_megawatts = 3.0 * ai::MW;
static_assert(from_megawatts.v == 3000.0);
static_assert(ai::quantity_like<kilowatts>);

// docs/fleet-model.md and docs/catalog.md: power and cost at their levels
namespace fleet_docs {
namespace cat = ai::catalog;
namespace ref = ai::reference;
constexpr ai::fleet big(cat::h100_sxm, 100 * ai::million * ai::gpu, ref::pue_industry_2024.value, 40 * ai::percent);
constexpr ai::fleet racks(cat::gb200, 100 * ai::nvl72_rack);
constexpr ai::fleet amd(cat::mi300x, 1000 * ai::gpu, ai::chip_level, 1.2 * ai::one);
static_assert(ai::approx(big.energy(ai::year), 1743.6 * ai::TWh, 1e-3));
static_assert(ai::approx(racks.system_cost().central(), 300 * ai::million * ai::usd));
static_assert(ai::approx(big.all_in_cost(), 9.945 * ai::trillion * ai::usd));
static_assert(ai::approx(amd.it_power(), 750 * ai::kW) && ai::approx(racks.it_power(), 12 * ai::MW));
static_assert(ai::approx(big.operating_cost_per_year(ref::us_industrial_price_2025.value),
                         149.95 * ai::billion * ai::usd / ai::year, 1e-3));
static_assert(ai::approx(big.cost_per_gpu_hour(ref::us_industrial_price_2025.value, ref::server_service_life.value),
                         2.44 * ai::usd_per_gpu_hour, 1e-3));
static_assert(ai::approx(ai::gpus_for_all_in_budget(cat::h100_sxm, 10 * ai::billion * ai::usd, 1.56 * ai::one),
                         100'553 * ai::gpu, 1e-4));
static_assert(cat::system_of<cat::b200_spec>::package.name() == "NVIDIA DGX B200");
static_assert(cat::dgx_b200.max_power().value() == 14.3 && cat::dgx_h200.device().name() == "NVIDIA H200 SXM");
static_assert(cat::gib_as_gb(96) == 96 * 1.073741824);
static_assert(ai::approx(75 * ai::GW / ref::uk_generating_capacity_2023.value, 0.721 * ai::one, 1e-3));
static_assert(ref::stargate_capacity.value * ref::cost_per_gw.value == 500 * ai::billion * ai::usd);
}  // namespace fleet_docs
