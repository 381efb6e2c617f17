// The domain's units: definitions, exact conversions, symbols, and the dimension rules.
#include <aiscale/units.hpp>

namespace ai = aiscale;
using namespace ai::literals;

template <class A, class B>
concept addable = requires(A a, B b) {
  a + b;
};
template <auto U>
constexpr ai::char_view sym = decltype(U)::symbol.view();

// Time: the Julian year is 365.25 days, 8766 hours.
static_assert((1.0 * ai::year).value_in(ai::h) == 8766.0);
static_assert((1 * ai::week).value_in(ai::h) == 168);
static_assert((1 * ai::day).in(ai::s) == 86'400 * ai::s);

// Energy and power: W = J/s; power x time is energy; energy / time is power.
static_assert(ai::same_dimension_v<decltype(ai::W), decltype(ai::J / ai::s)>);
static_assert(ai::same_dimension_v<decltype(ai::GW * ai::h), decltype(ai::J)>);
static_assert(ai::same_dimension_v<decltype(ai::TWh / ai::year), decltype(ai::W)>);
static_assert(!ai::same_dimension_v<decltype(ai::W), decltype(ai::J)>);
// The same rule as a concept on unit objects, public for constraining user templates like the operators.
static_assert(ai::same_dimension_as<ai::W, ai::kW> && ai::same_dimension_as<ai::GW * ai::h, ai::J>);
static_assert(!ai::same_dimension_as<ai::W, ai::J> && !ai::same_dimension_as<ai::usd, ai::eur>);
template <class U>
requires ai::same_dimension_as<U{}, ai::W>
constexpr double in_watts(ai::basic_quantity<U> p) { return p.value_in(ai::W); }
template <class Q>
concept takes_power = requires(Q q) {
  in_watts(q);
};
static_assert(in_watts(2.0 * ai::kW) == 2000.0 && takes_power<decltype(1.0 * ai::GW)>);
static_assert(!takes_power<decltype(1.0 * ai::J)> && !takes_power<decltype(1.0 * ai::usd)>);
static_assert((1.0 * ai::TWh).value_in(ai::J) == 3.6e15);
static_assert((1.0 * ai::kWh).value_in(ai::J) == 3.6e6);
static_assert(ai::approx(1.0 * ai::TWh / ai::year, 114.07711613050422 * ai::MW));
static_assert((1 * ai::GW).in(ai::MW) == 1000 * ai::MW);
static_assert(75_GW == 75'000_MW);

// Every SI prefix from quecto to quetta converts exactly.
static_assert((1.0 * ai::quetta(ai::W)).value_in(ai::W) == 1e30);
static_assert((1.0 * ai::ronna(ai::W)).value_in(ai::W) == 1e27);
static_assert((1.0 * ai::yotta(ai::W)).value_in(ai::W) == 1e24);
static_assert((1.0 * ai::zetta(ai::W)).value_in(ai::W) == 1e21);
static_assert((1.0 * ai::exa(ai::W)).value_in(ai::W) == 1e18);
static_assert((1.0 * ai::peta(ai::W)).value_in(ai::W) == 1e15);
static_assert((1.0 * ai::hecto(ai::W)).value_in(ai::W) == 1e2);
static_assert((1.0 * ai::deca(ai::W)).value_in(ai::W) == 1e1);
static_assert((1.0 * ai::deci(ai::W)).value_in(ai::W) == 1e-1);
static_assert((1.0 * ai::centi(ai::W)).value_in(ai::W) == 1e-2);
static_assert((1.0 * ai::milli(ai::W)).value_in(ai::W) == 1e-3);
static_assert((1.0 * ai::micro(ai::W)).value_in(ai::W) == 1e-6);
static_assert((1.0 * ai::nano(ai::W)).value_in(ai::W) == 1e-9);
static_assert((1.0 * ai::pico(ai::W)).value_in(ai::W) == 1e-12);
static_assert((1.0 * ai::femto(ai::W)).value_in(ai::W) == 1e-15);
static_assert((1.0 * ai::atto(ai::W)).value_in(ai::W) == 1e-18);
static_assert((1.0 * ai::zepto(ai::W)).value_in(ai::W) == 1e-21);
static_assert((1.0 * ai::yocto(ai::W)).value_in(ai::W) == 1e-24);
static_assert((1.0 * ai::ronto(ai::W)).value_in(ai::W) == 1e-27);
static_assert((1.0 * ai::quecto(ai::W)).value_in(ai::W) == 1e-30);
static_assert((1.0 * ai::quetta(ai::W)).value_in(ai::quecto(ai::W)) == 1e60);
static_assert(sym<ai::micro(ai::s)> == "\u00b5s");

// Products of prefixed units: ZFLOP/s, USD/kWh, GPU-hours.
static_assert((1.0 * ai::ZFLOPS).value_in(ai::FLOPS) == 1e21);
static_assert((1.0 * ai::ZFLOPS).value_in(ai::EFLOPS) == 1e3);
static_assert((1.0 * ai::usd_per_kWh).value_in(ai::usd / ai::MWh) == 1000.0);
static_assert((1 * ai::gpu_hour).in(ai::gpu * ai::s) == 3600 * ai::gpu * ai::s);
static_assert(ai::approx(0.1 * ai::usd / ai::kWh * (1 * ai::MW * ai::h), 100.0 * ai::usd));

// Data: SI and binary prefixes.
static_assert((1 * ai::byte).value_in(ai::bit) == 8);
static_assert((1LL * ai::GiB).value_in(ai::byte) == 1'073'741'824);
static_assert((1.0 * ai::TB).value_in(ai::GB) == 1000.0);
static_assert((1.0 * ai::GiB).value_in(ai::GB) == 1.073741824);
static_assert((1.0 * ai::exbi(ai::byte)).value_in(ai::byte) == 1152921504606846976.0);
static_assert((1.0 * ai::yobi(ai::byte)).value_in(ai::byte) == 1208925819614629174706176.0);

// Devices: packaging units are larger units of the count dimension.
static_assert(2 * ai::nvl72_rack == 144 * ai::gpu);
static_assert(1 * ai::hgx_server == 8 * ai::gpu);
static_assert(36 * ai::superchip == 1 * ai::nvl72_rack);

// Money: one dimension per currency; scale words are plain magnitudes.
static_assert(!ai::same_dimension_v<decltype(ai::usd), decltype(ai::eur)>);
static_assert(!addable<decltype(1 * ai::usd), decltype(1 * ai::eur)>);
static_assert(addable<decltype(1 * ai::usd), decltype(1.0 * ai::billion * ai::usd)>);
static_assert((3 * ai::trillion * ai::usd).value_in(ai::billion * ai::usd) == 3000);
static_assert((1LL * ai::billion).value_in(ai::one) == 1'000'000'000);
static_assert(100 * ai::us_cent == 1 * ai::usd);
static_assert(ai::same_dimension_v<decltype(ai::currency<"INR">), decltype(ai::currency<"INR">)>);
static_assert(!ai::same_dimension_v<decltype(ai::currency<"INR">), decltype(ai::usd)>);

// Ratios.
static_assert(static_cast<double>(30.0 * ai::percent) == 0.3);
static_assert(1000 * ai::permille == 1 * ai::one);
static_assert(static_cast<double>(1.0 * ai::W / ai::kW) == 0.001);

// Compute: work vs rate; formats and sparsity are different dimensions.
static_assert(!ai::same_dimension_v<decltype(ai::flop), decltype(ai::FLOPS)>);
static_assert(!ai::same_dimension_v<decltype(ai::flop_of(ai::bf16)), decltype(ai::flop_of(ai::fp64))>);
static_assert(!ai::same_dimension_v<decltype(ai::flop_of(ai::bf16)), decltype(ai::flop_of(ai::sparse(ai::bf16)))>);
static_assert(!ai::same_dimension_v<decltype(ai::flop), decltype(ai::flop_of(ai::bf16))>);
static_assert(ai::same_dimension_v<decltype(ai::FLOPS_of(ai::fp8) * ai::s), decltype(ai::flop_of(ai::fp8))>);
static_assert(sym<ai::TFLOPS_of(ai::bf16)> == "TFLOP(BF16)/s");
static_assert(sym<ai::EFLOPS_of(ai::sparse(ai::fp8))> == "EFLOP(FP8 sparse)/s");
static_assert(sym<ai::EFLOPS> == "EFLOP/s");
static_assert(ai::assume_format(200 * ai::EFLOPS, ai::fp8) == 200 * ai::EFLOPS_of(ai::fp8));
static_assert(ai::forget_format(989.0 * ai::TFLOPS_of(ai::bf16)) == 989.0 * ai::TFLOPS);
static_assert(ai::assume_format(2.0 * ai::TFLOPS_of(ai::bf16) / ai::gpu, ai::sparse(ai::bf16)) ==
              2.0 * ai::TFLOPS_of(ai::sparse(ai::bf16)) / ai::gpu);
static_assert(sym<decltype(ai::assume_format(1 * ai::flop / ai::J, ai::bf16))::unit> == "FLOP(BF16)/J");

// Symbols of derived units are derived, and cancel: W/GPU x GPU prints as W.
static_assert(sym<ai::W_per_gpu> == "W/GPU");
static_assert(sym<ai::usd / (ai::gpu * ai::h)> == "USD/(GPU\u00b7h)");
static_assert(sym<ai::usd_per_gpu_hour> == "USD/GPU-h");
static_assert(sym<ai::W_per_gpu * ai::gpu> == "W");
static_assert(sym<ai::million * ai::gpu> == "million GPU");
static_assert(sym<ai::pow<2>(ai::s)> == "s^2");
static_assert(sym<ai::one / ai::s> == "1/s");
static_assert(sym<ai::one>.empty());

// Literals give doubles.
static_assert(std::is_same_v<decltype(75_GW)::rep, double>);
static_assert(750_W * 8_h == 6_kWh);

// The library's base dimensions are distinct (tests/static/identity_test.cpp: users' ones too).
static_assert(!ai::same_dimension_v<decltype(ai::usd), decltype(ai::eur)>);
static_assert(!ai::same_dimension_v<decltype(ai::flop_of(ai::bf16)), decltype(ai::flop_of(ai::fp8))>);
static_assert(!ai::same_dimension_v<decltype(ai::flop), decltype(ai::flop_of(ai::fp64))>);
static_assert(!ai::same_dimension_v<decltype(ai::gpu), decltype(ai::bit)>);

// Unit types: named units are classes of their own, products have one canonical form, so that a
// quantity's type is short to print (benchmarks/README.md, "Printed type names") and equal products
// are one type.
template <auto U>
using type_of = ai::unit_t<U>;
static_assert(std::is_same_v<decltype(ai::W / ai::gpu * ai::gpu), type_of<ai::W>>);
static_assert(std::is_same_v<decltype(ai::W * ai::h), decltype(ai::h * ai::W)>);
static_assert(std::is_same_v<decltype(ai::usd / ai::gpu / ai::h), decltype(ai::usd / (ai::h * ai::gpu))>);
static_assert(std::is_same_v<decltype(ai::W / ai::gpu), ai::derived_unit<type_of<ai::W>, ai::per<type_of<ai::gpu>>>>);
static_assert(std::is_same_v<decltype(ai::pow<2>(ai::s)), ai::derived_unit<ai::power<type_of<ai::s>, 2>>>);
static_assert(std::is_same_v<decltype(ai::pow<1, 2>(ai::pow<2>(ai::s))), type_of<ai::s>>);
static_assert(std::is_same_v<decltype(ai::s / ai::s), type_of<ai::one>>);
static_assert(std::is_same_v<decltype(ai::million * ai::gpu), decltype(ai::gpu * ai::million)>);
static_assert(std::is_same_v<type_of<ai::mag<72>>, ai::number_unit<72, 1>>);
static_assert(std::is_same_v<decltype(ai::tera(ai::flop_of(ai::bf16))),
                             ai::prefixed_unit<type_of<ai::tera>, ai::flop_unit<type_of<ai::bf16>>>>);
static_assert(std::is_same_v<decltype(ai::flop_of(ai::fp8)), ai::flop_unit<type_of<ai::fp8>>>);
// The alias quantity<unit object> names basic_quantity<unit type>, which functions deduce.
static_assert(std::is_same_v<ai::quantity<ai::W, int>, ai::basic_quantity<type_of<ai::W>, int>>);
static_assert(std::is_same_v<decltype(2.0 * ai::W_per_gpu * (3.0 * ai::gpu)), ai::quantity<ai::W>>);
static_assert(sizeof(ai::quantity<ai::W_per_gpu>) == sizeof(double));
static_assert(in_watts(2.0 * ai::kW / ai::gpu * ai::gpu) == 2000.0);
