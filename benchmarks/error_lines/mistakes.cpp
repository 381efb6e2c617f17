// Everyday mistakes between dimensions, one per value of MISTAKE (1 to 18): benchmarks/error_lines.sh
// compiles each and measures the compiler's diagnostic. Without MISTAKE the file compiles.
#include <aiscale/aiscale.hpp>

namespace ai = aiscale;

inline constexpr auto h100s = ai::fleet(ai::catalog::h100_sxm, 1000.0 * ai::gpu);

void mistakes() {
  [[maybe_unused]] auto p = 3.0 * ai::W;
  [[maybe_unused]] const auto money = 2.0 * ai::usd;
#if MISTAKE == 1
  auto r = p + money;  // add
#elif MISTAKE == 2
  auto r = p - money;  // subtract
#elif MISTAKE == 3
  bool r = p == money;  // compare
#elif MISTAKE == 4
  bool r = p < money;  // order
#elif MISTAKE == 5
  p += money;  // add in place
  int r = 0;
#elif MISTAKE == 6
  p = money;  // assign
  int r = 0;
#elif MISTAKE == 7
  ai::quantity<ai::W> r = money;  // copy-initialise
#elif MISTAKE == 8
  ai::quantity<ai::W> r{money};  // direct-initialise
#elif MISTAKE == 9
  auto r = p.in(ai::J);  // read out in another dimension
#elif MISTAKE == 10
  auto r = ai::max(p, 1.0 * ai::J);
#elif MISTAKE == 11
  bool r = ai::approx(p, 1.0 * ai::J);
#elif MISTAKE == 12
  auto r = ai::gpus_for_power(ai::catalog::h100_sxm, 1.0 * ai::GWh);
#elif MISTAKE == 13
  auto r = ai::gpus_for_budget(ai::catalog::h100_sxm, 1.0 * ai::GW);
#elif MISTAKE == 14
  auto r = ai::fleet(ai::catalog::h100_sxm, 1.0 * ai::GW);
#elif MISTAKE == 15
  auto r = h100s.energy(1.0 * ai::W);
#elif MISTAKE == 16
  auto r = h100s.operating_cost_per_year(1.0 * ai::usd);
#elif MISTAKE == 17
  auto r = h100s.time_to_spend(1.0 * ai::flop_of(ai::fp8), ai::bf16);
#elif MISTAKE == 18
  auto r = h100s.cost_per_gpu_hour(1.0 * ai::usd_per_kWh, 1.0 * ai::W);
#else
  int r = 0;
#endif
  (void)r;
}
