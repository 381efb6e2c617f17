// The "figures" with aiscale: every figure is a quantity, every conversion is the library's. Included
// after an aiscale header by figures_aiscale.cpp (the umbrella) and figures_units.cpp (core and units).
#pragma once

namespace ai = aiscale;

constexpr auto fleet = 100 * ai::million * ai::gpu;
constexpr auto per_gpu = 750.0 * ai::W / ai::gpu;
constexpr auto power = fleet * per_gpu;
static_assert(ai::approx(power, 75.0 * ai::GW));
constexpr auto energy_per_year = power * (1.0 * ai::year);
static_assert(ai::approx(energy_per_year, 657.45 * ai::TWh));
constexpr auto capex = 3 * ai::trillion * ai::usd;
constexpr auto unit_price = capex / fleet;
static_assert(ai::approx(unit_price, 30'000.0 * ai::usd / ai::gpu));
constexpr auto electricity = 0.08 * ai::usd_per_kWh;
constexpr auto energy_cost_per_year = energy_per_year * electricity;
static_assert(ai::approx(energy_cost_per_year, 52.596 * ai::billion * ai::usd));
constexpr auto run_days = 90.0 * ai::day;
constexpr auto run_hours = run_days.in(ai::h);
static_assert(ai::approx(run_hours, 2160.0 * ai::h));
constexpr auto run_gpu_hours = fleet * run_hours;
constexpr auto rental = 2.0 * ai::usd_per_gpu_hour;
constexpr auto run_cost = run_gpu_hours * rental;
static_assert(ai::approx(run_cost, 432.0 * ai::billion * ai::usd));
constexpr auto run_energy = power * run_hours;
static_assert(ai::approx(run_energy, 162'000.0 * ai::GWh));
constexpr double pue = 1.3;
constexpr auto facility_power = power * pue;
static_assert(ai::approx(facility_power, 97.5 * ai::GW));
constexpr auto racks = fleet.in<double>(ai::nvl72_rack);
static_assert(ai::approx(racks, 1'388'888.888888889 * ai::nvl72_rack));
constexpr auto checkpoint_interval = 30.0 * ai::minute;
static_assert(ai::approx(checkpoint_interval, 1800.0 * ai::s));
constexpr auto checkpoints_per_run = static_cast<double>(run_hours / checkpoint_interval);
static_assert(ai::approx(checkpoints_per_run * ai::one, 4320.0 * ai::one));

// The figures as a run-time result, so that the optimiser has something to emit.
double figures(int i) {
  const double all[] = {power.value_in(ai::GW),
                        energy_per_year.value_in(ai::TWh),
                        unit_price.value_in(ai::usd_per_gpu),
                        energy_cost_per_year.value_in(ai::usd),
                        run_hours.value(),
                        run_gpu_hours.value_in(ai::gpu_hour),
                        run_cost.value_in(ai::usd),
                        run_energy.value_in(ai::GWh),
                        facility_power.value_in(ai::GW),
                        racks.value(),
                        checkpoint_interval.value_in(ai::s),
                        checkpoints_per_run};
  return all[i % 12];
}
