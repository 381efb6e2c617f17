// The "figures" TU with std::chrono durations for the times (hours, days, Julian years, minutes)
// and plain doubles for the rest, which chrono has no types for.
#include <chrono>

namespace chr = std::chrono;
using hours_d = chr::duration<double, std::ratio<3600>>;
using days_d = chr::duration<double, std::ratio<86400>>;
using julian_years_d = chr::duration<double, std::ratio<31'557'600>>;
using minutes_d = chr::duration<double, std::ratio<60>>;
using seconds_d = chr::duration<double>;

constexpr bool near(double a, double b) { return a - b <= 1e-9 * b && b - a <= 1e-9 * b; }

constexpr double fleet_gpus = 100e6;
constexpr double watts_per_gpu = 750;
constexpr double power_w = fleet_gpus * watts_per_gpu;
constexpr double power_gw = power_w / 1e9;
static_assert(near(power_gw, 75));
constexpr hours_d hours_per_year = julian_years_d{1};
constexpr double energy_twh_per_year = power_w * hours_per_year.count() / 1e12;
static_assert(near(energy_twh_per_year, 657.45));
constexpr double capex_usd = 3e12;
constexpr double usd_per_gpu = capex_usd / fleet_gpus;
static_assert(near(usd_per_gpu, 30'000));
constexpr double usd_per_kwh = 0.08;
constexpr double energy_usd_per_year = energy_twh_per_year * 1e9 * usd_per_kwh;
static_assert(near(energy_usd_per_year / 1e9, 52.596));
constexpr days_d run_days{90};
constexpr hours_d run_hours = run_days;
static_assert(near(run_hours.count(), 2160));
constexpr double run_gpu_hours = fleet_gpus * run_hours.count();
constexpr double usd_per_gpu_hour = 2.0;
constexpr double run_usd = run_gpu_hours * usd_per_gpu_hour;
static_assert(near(run_usd / 1e9, 432));
constexpr double run_energy_gwh = power_w * run_hours.count() / 1e9;
static_assert(near(run_energy_gwh, 162'000));
constexpr double pue = 1.3;
constexpr double facility_power_gw = power_gw * pue;
static_assert(near(facility_power_gw, 97.5));
constexpr double gpus_per_rack = 72;
constexpr double racks = fleet_gpus / gpus_per_rack;
static_assert(near(racks, 1'388'888.888888889));
constexpr minutes_d checkpoint_interval{30};
constexpr seconds_d checkpoint_seconds = checkpoint_interval;
static_assert(near(checkpoint_seconds.count(), 1800));
constexpr double checkpoints_per_run = run_hours / checkpoint_interval;
static_assert(near(checkpoints_per_run, 4320));

// The figures as a run-time result, so that the optimiser has something to emit.
double figures(int i) {
  const double all[] = {power_gw,
                        energy_twh_per_year,
                        usd_per_gpu,
                        energy_usd_per_year,
                        run_hours.count(),
                        run_gpu_hours,
                        run_usd,
                        run_energy_gwh,
                        facility_power_gw,
                        racks,
                        checkpoint_seconds.count(),
                        checkpoints_per_run};
  return all[i % 12];
}
