// The twin of every refusal: ordinary user code must compile under the project's warnings. Here,
// globals with the short names library code uses locally (g++ -Wshadow compares the names in
// lambdas and constructors of instantiated templates with the user's globals).
#include <aiscale/aiscale.hpp>
#include <chrono>

namespace ai = aiscale;

inline constexpr auto w = 750.0 * ai::W;
inline constexpr auto v = 2 * ai::kW;
inline constexpr auto q = 100 * ai::gpu;
inline constexpr auto t = std::chrono::minutes(90);
inline constexpr auto r = ai::exchange_rate{1.08 * ai::usd / ai::eur};
inline constexpr int n = 3;
inline constexpr int f = 20;  // a one-letter name the library once used for a local
static_assert(f == 20);
inline constexpr auto in_kw = (1500.0 * ai::W).in(ai::kW);  // a floating-point factor (once a lambda with an f)
static_assert(in_kw.value() == 1.5);
inline constexpr int number = 4, other = 5, foreign = 6;
// Names of the model's constructor parameters, which now have bodies (their checks of the values).
inline constexpr int point = 7, low = 8, high = 9, central = 10, acc = 11, count = 12, pue = 13, utilisation = 14;
inline constexpr int rate = 15, as_of = 16, source = 17, power_per_gpu = 18, where = 19;

// Each line instantiates one of the templates that used those names.
inline constexpr ai::quantity<ai::W, int> in_watts = v;     // converting constructor
inline constexpr ai::quantity<ai::h, double> in_hours = t;  // from std::chrono
inline constexpr auto per_gpu = ai::kilo(ai::W) / ai::gpu;  // a prefix
inline constexpr auto factor = ai::conversion_factor_v<decltype(ai::TWh), decltype(ai::J)>;
inline constexpr bool fits = ai::fits_floating<float>(factor);  // digits of a magnitude
static_assert(in_watts == 2000 * ai::W && in_hours.value() == 1.5 && fits);
static_assert(ai::approx(q * (w / ai::gpu) * n, 225 * ai::kW));
static_assert(ai::approx(r(100.0 * ai::eur), 108 * ai::usd));
static_assert((1.0 * per_gpu).value_in(ai::W_per_gpu) == 1000.0 && number + other + foreign == 15);
static_assert(point + low + high + central + acc + count + pue + utilisation + rate + as_of + source + power_per_gpu +
                  where ==
              169);

// The catalogue, the model and the text layer, instantiated after the same globals.
namespace cat = ai::catalog;
inline constexpr auto range = ai::estimate{10.0 * ai::GW, 12.0 * ai::GW} - ai::estimate{1.0 * ai::GW, 3.0 * ai::GW};
static_assert(range.contains(8 * ai::GW) && range > 6 * ai::GW && 20 * ai::GW > range);
inline constexpr auto per_gpu_range = ai::estimate{25'000.0, 30'000.0} * ai::usd / ai::gpu;
static_assert(per_gpu_range.widened(0.1).contains(26'000 * ai::usd / ai::gpu));
static_assert(ai::approx(ai::gpus_for_power(cat::gb200, 1.2 * ai::GW), 720'000 * ai::gpu));
static_assert(ai::h100_equivalents(q, cat::h100_sxm, ai::bf16).value() > 99.0);
static_assert(ai::fleet(cat::h100_sxm, q).facility_power() > 0 * ai::W);
static_assert(ai::parse_as(ai::GW, "75 Gigawatt", ai::lang::de).value() == 75 * ai::GW);
static_assert(ai::parse_as(ai::usd, "3 biljoen dollar", ai::lang::nl).value() == 3 * ai::trillion * ai::usd);
static_assert(ai::format(v, ai::lang::de).view() == "2 kW");
inline constexpr ai::fleet checked_fleet(cat::h100_sxm, 1000.0 * ai::gpu, 700.0 * ai::W_per_gpu, 1.2 * ai::one);
static_assert(checked_fleet.pue().value() == 1.2);
inline constexpr ai::date checked_date{2025, 8, 1};
static_assert(checked_date.month == 8);
