// The fixes docs/troubleshooting.md suggests, compiled and checked, so the page cannot drift.
#include <aiscale/aiscale.hpp>

#include <type_traits>

namespace ai = aiscale;

// Different dimensions: relate them by the quantity between them.
static_assert(ai::approx((1.0 * ai::GW * ai::year).in(ai::TWh), 8.766 * ai::TWh));
static_assert(ai::approx((273.0 * ai::TWh / ai::year).in(ai::GW), 31.14 * ai::GW, 1e-3));

// Currencies: an exchange rate first; scale words and cents stay within a currency.
inline constexpr ai::exchange_rate usd_per_eur{1.08 * ai::usd / ai::eur};
static_assert(ai::approx(usd_per_eur(90.0 * ai::eur) + 100.0 * ai::usd, 197.2 * ai::usd));
static_assert(ai::approx(1.0 * ai::billion * ai::usd + 5 * ai::us_cent, 1'000'000'000.05 * ai::usd));
static_assert(ai::approx(usd_per_eur(30000.0 * ai::eur) / (1 * ai::gpu), 32'400 * ai::usd_per_gpu));

// Compute formats: the assumption, spelled out.
static_assert(ai::assume_format(200.0 * ai::EFLOPS, ai::fp8) == 200.0 * ai::EFLOPS_of(ai::fp8));
static_assert(std::is_same_v<decltype(ai::forget_format(1.0 * ai::TFLOPS_of(ai::bf16))), ai::quantity<ai::TFLOPS>>);

// Bare numbers: say the unit; dimensionless integer quantities give a double through value_in.
static_assert(ai::quantity<ai::W>{5.0} == 5.0 * ai::W);
static_assert(ai::quantity<ai::W>{0.0} == ai::quantity<ai::W>::zero());
static_assert(static_cast<double>(40.0 * ai::percent) == 0.4);
static_assert((30 * ai::percent).value_in<double>(ai::one) == 0.3);

// Integer conversions: keep the fraction, truncate on purpose, or widen.
static_assert((1500 * ai::W).in<double>(ai::kW).value() == 1.5);
static_assert((1500 * ai::W).value_in<double>(ai::kW) == 1.5);
static_assert((1500 * ai::W).coerce_in(ai::kW).value() == 1);
static_assert((1.5 * ai::kW).coerce_in<int>(ai::W).value() == 1500);
static_assert(ai::quantity<ai::W, long long>(2 * ai::GW).value() == 2'000'000'000);
static_assert(ai::quantity<ai::W, int>(2 * ai::MW).value() == 2'000'000);
static_assert((2LL * ai::GW + 1 * ai::W).value() == 2'000'000'001);
static_assert(1 * ai::W < 2.0 * ai::GW);
static_assert(ai::integer_quotient(7 * ai::gpu, 2 * ai::gpu).value() == 3);
static_assert(((7 * ai::gpu) / 2).value() == 3.5);
constexpr int doubled() {
  ai::quantity<ai::gpu, int> n{8};
  n *= 2;
  return n.value();
}
static_assert(doubled() == 16);
static_assert(ai::approx(1.0 * ai::week + 1 * ai::year, 372.25 * ai::day));
static_assert((1 * ai::quetta(ai::W)).coerce_in<double>(ai::quecto(ai::W)).value() == 1e60);

// Scale factors and building units: the forms that work.
static_assert((1.0 * ai::pow<3>(ai::quetta(ai::W))).value_in(ai::pow<3>(ai::W)) == 1e90);
static_assert((1.0 * ai::pow<1, 2>(ai::MW)).value_in(ai::pow<1, 2>(ai::W)) == 1000.0);
static_assert(decltype(ai::pow<5>(ai::s))::symbol.view() == "s^5");
static_assert((1.0 * ai::kilo(ai::W) / ai::gpu).value_in(ai::W_per_gpu) == 1000.0);
static_assert((1.0 * ai::pow<2>(ai::kilo(ai::s))).value_in(ai::pow<2>(ai::s)) == 1e6);
static_assert((1.0 * ai::kilo(ai::named<"Wpg">(ai::W / ai::gpu))).value_in(ai::W_per_gpu) == 1000.0);
static_assert(std::is_same_v<ai::quantity<ai::flop_of(ai::bf16)>::rep, double>);

// Other refusals: the unit changes, so the product is a new quantity.
static_assert(ai::approx((750.0 * ai::W) * (2.0 * ai::h), 1.5 * ai::kWh));
static_assert(ai::within(1000.0 * ai::W, 1.0005 * ai::kW, 1.0 * ai::W));

// Reading out needs no number type: an integer quantity gives a double where its int cannot hold the value.
static_assert((1500 * ai::W).in(ai::kW).value() == 1.5);
static_assert((1500 * ai::W).value_in(ai::kW) == 1.5);

// Narrowing number types: keep the wider type, write the literal in the target's type, or coerce (checked).
static_assert(std::is_convertible_v<ai::quantity<ai::W, int>, ai::quantity<ai::W, long long>>);
static_assert((8u * ai::gpu).value() == 8u);
static_assert((ai::quantity<ai::W, long long>{750}).coerce_in<int>(ai::W).value() == 750);

// Signed and unsigned: one signedness on both sides, or a floating-point side.
static_assert(8u * ai::gpu + 72u * ai::gpu == 80u * ai::gpu);
static_assert((8u * ai::gpu) * 2u == 16u * ai::gpu);
static_assert(ai::integer_quotient(144u * ai::gpu, 72u * ai::gpu).value() == 2u);
static_assert((8u * ai::gpu * 1.5).value() == 12.0);
static_assert((8u * ai::gpu).coerce_in<int>(ai::gpu) < 1 * ai::gpu + 72 * ai::gpu);

// Failures in constant expressions: a wider type, or double.
static_assert((2'000'000'000LL * ai::W + 2'000'000'000 * ai::W).value() == 4'000'000'000LL);
static_assert(((100'000LL * ai::gpu) * (750'000 * ai::W / ai::gpu)).value() == 75'000'000'000LL);
static_assert((-((-2'147'483'647LL - 1) * ai::W)).value() == 2'147'483'648LL);

// Invalid values: the real value, or leave parts of a date out.
static_assert(ai::date{2025}.month == 0 && ai::date{2025, 2}.day == 0);
inline constexpr ai::fleet it_only(ai::catalog::h100_sxm, 1000.0 * ai::gpu, 1.0 * ai::one, 40.0 * ai::percent);
static_assert(it_only.facility_power() == it_only.it_power());
static_assert(ai::estimate{20.0 * ai::GW, 30.0 * ai::GW}.low() == 20.0 * ai::GW);
static_assert((ai::estimate<double>{144, 288} / 100).low() == 1.44);

// What compiles on purpose: kilo(kW) is "kkW", a million watts.
static_assert(decltype(ai::kilo(ai::kW))::symbol.view() == "kkW");
static_assert((1.0 * ai::kilo(ai::kW)).value_in(ai::W) == 1e6);

// Figures the vendor does not publish: ask first, or supply the figure.
static_assert(ai::catalog::h100_sxm.publishes(ai::fp8) && !ai::catalog::h100_sxm.publishes(ai::fp4));
static_assert(ai::catalog::b200.peak(ai::fp4).value() > 0);
inline constexpr ai::fleet tpu_fleet(ai::catalog::tpu_v5p, 1000.0 * ai::gpu, 900.0 * ai::W_per_gpu);
static_assert(tpu_fleet.it_power() == 900.0 * ai::kW);
static_assert(!ai::catalog::price_estimate_exists<ai::catalog::tpu_v5p_spec>);
static_assert(tpu_fleet.all_in_cost() > 0 * ai::usd);

// No system power: the chip level, or a system figure of your own.
inline constexpr ai::fleet mi300x_chips(ai::catalog::mi300x, 1000 * ai::gpu, ai::chip_level);
inline constexpr ai::fleet mi300x_servers(ai::catalog::mi300x, 1000 * ai::gpu, 1.4 * ai::kW_per_gpu);
static_assert(ai::approx(mi300x_chips.it_power(), 750 * ai::kW) && ai::approx(mi300x_servers.it_power(), 1.4 * ai::MW));
static_assert(ai::approx(ai::gpus_for_power(ai::catalog::mi300x, 1 * ai::GW, 1.3 * ai::one, ai::chip_level),
                         1e9 / (750 * 1.3) * ai::gpu));
static_assert(!ai::catalog::system_power_published<ai::catalog::mi300x_spec>);
template <class Acc>
constexpr bool system_fleet_compiles = requires(Acc a) {
  ai::fleet(a, 1000 * ai::gpu);
};
static_assert(!system_fleet_compiles<decltype(ai::catalog::mi300x)>);
static_assert(ai::approx(1000.0 * ai::gpu * (20'000.0 * ai::usd_per_gpu), 20 * ai::million * ai::usd));
static_assert(ai::approx(1.0 * ai::h100_equivalent(ai::fp8), 1979.0 * ai::TFLOPS_of(ai::fp8)));
