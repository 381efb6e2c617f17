// Compile-time checks of the reference figures: values, units, dates.
#include <aiscale/catalog/reference.hpp>
#include <aiscale/core/math.hpp>

namespace ai = aiscale;
namespace ref = ai::reference;

namespace {

// a year's consumption is a power: 266 TWh over a Julian year is about 30.3 GW
static_assert(ai::approx(ref::uk_electricity_2024.value, 30.3445 * ai::GW, 1e-5));
static_assert(ref::uk_electricity_2024.as_of == ai::date{2024});
static_assert(ref::uk_electricity_demand_2023.value > ref::uk_electricity_2025.value);
static_assert(ai::approx(ref::colossus_power_per_gpu.value, 1.5 * ai::kW / ai::gpu));
static_assert(ai::approx(ref::cost_per_gw.value * (10 * ai::GW), 500 * ai::billion * ai::usd));
static_assert(ai::approx(ref::us_industrial_price_2025.value, 0.086 * ai::usd_per_kWh));
static_assert(static_cast<double>(ref::pue_industry_2024.value) == 1.56);
static_assert(ref::gpus_per_10_gw.value.contains(4.5 * ai::million * ai::gpu));
static_assert(ref::el_capitan_rmax_2025.value > ref::el_capitan_rmax_2024.value);
static_assert(ref::el_capitan_rpeak.value == 2746 * ai::PFLOPS_of(ai::fp64));
static_assert(!ref::cost_per_gw.source.empty());

}  // namespace
