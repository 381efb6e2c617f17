// quantity: construction, arithmetic, conversions, comparisons, integer safety, layout.
#include <aiscale/units.hpp>

#include <type_traits>

namespace ai = aiscale;
using namespace ai::literals;

template <class A, class B>
concept addable = requires(A a, B b) {
  a + b;
};
template <class A, class B>
concept comparable = requires(A a, B b) {
  a < b;
};
template <class Q, class U>
concept convertible_in = requires(Q q, U u) {
  q.in(u);
};

// Zero overhead in layout: a double in a struct.
static_assert(sizeof(ai::quantity<ai::W>) == sizeof(double));
static_assert(alignof(ai::quantity<ai::W>) == alignof(double));
static_assert(std::is_trivially_copyable_v<ai::quantity<ai::W>>);
static_assert(std::is_trivially_default_constructible_v<ai::quantity<ai::W>>);
static_assert(std::is_standard_layout_v<ai::quantity<ai::usd_per_gpu_hour, float>>);

// The architecture's example, as written there.
constexpr auto fleet = 100 * ai::million * ai::gpu;
constexpr auto per_gpu = 750 * ai::W / ai::gpu;
constexpr auto power = fleet * per_gpu;
static_assert(ai::approx(power, 75_GW));
static_assert(ai::approx(power, 70_GW, 0.1));
static_assert(!ai::approx(power, 70_GW));
constexpr auto energy = power * ai::year;
static_assert(ai::approx(energy.in(ai::TWh), 657.45 * ai::TWh));  // int figures read out as double
static_assert(std::is_same_v<decltype(power.in(ai::GW)), ai::quantity<ai::GW, double>>);
static_assert(power.in(ai::GW).value() == 75.0);
constexpr auto cost = 3 * ai::trillion * ai::usd;
constexpr auto unit_price = cost / fleet;
static_assert(ai::approx(unit_price, 30'000 * ai::usd / ai::gpu));
static_assert(unit_price.in(ai::usd_per_gpu).value() == 30'000.0);

// + - within a dimension, in the finer unit when it divides the coarser.
static_assert(std::is_same_v<decltype(1 * ai::h + 1 * ai::minute), ai::quantity<ai::minute, int>>);
static_assert((1 * ai::h + 30 * ai::minute).value() == 90);
static_assert((1 * ai::GW - 1 * ai::MW).in(ai::MW) == 999 * ai::MW);
static_assert(!addable<decltype(1 * ai::W), decltype(1 * ai::J)>);
static_assert(!addable<decltype(1 * ai::W), decltype(1 * ai::usd)>);
static_assert(addable<decltype(1 * ai::W), decltype(1 * ai::kW)>);
static_assert(!comparable<decltype(1 * ai::W), decltype(1 * ai::Wh)>);
static_assert(comparable<decltype(1 * ai::W), decltype(1.0 * ai::GW)>);
static_assert(1 * ai::kW > 999 * ai::W);
static_assert(1 * ai::kW == 1000 * ai::W);
static_assert(1.5 * ai::kW != 1 * ai::kW);

// * / across dimensions; scalars; division never truncates.
static_assert(std::is_same_v<decltype((3 * ai::usd) / (100 * ai::gpu))::rep, double>);
static_assert(((3 * ai::usd) / (100 * ai::gpu)).value() == 0.03);
static_assert(((7 * ai::W) / 2).value() == 3.5);
static_assert(ai::integer_quotient(7 * ai::gpu, 2 * ai::gpu).value() == 3);
static_assert((2 * (3 * ai::W)).value() == 6);
static_assert(((3 * ai::W) * 2.5).value() == 7.5);
static_assert((10 / (2 * ai::s)).in(ai::one / ai::s).value() == 5.0);
static_assert(ai::same_dimension_v<decltype(ai::W_per_gpu * ai::gpu * ai::h), decltype(ai::J)>);

// Conversions: in, value_in, in<R>, coerce_in.
static_assert((75 * ai::GW).in(ai::MW).value() == 75'000);
static_assert((1500 * ai::W).in<double>(ai::kW).value() == 1.5);
static_assert((1500 * ai::W).coerce_in(ai::kW).value() == 1);
static_assert((-1500 * ai::W).coerce_in(ai::kW).value() == -1);
static_assert((3 * ai::GW).coerce_in<long long>(ai::W).value() == 3'000'000'000);
static_assert((90 * ai::minute).coerce_value_in(ai::h) == 1);
static_assert((2.5 * ai::h).value_in(ai::minute) == 150.0);
static_assert(!convertible_in<decltype(1 * ai::W), decltype(ai::J)>);
static_assert(convertible_in<decltype(1 * ai::W), decltype(ai::kW)>);
static_assert(std::is_convertible_v<ai::quantity<ai::kW, int>, ai::quantity<ai::W, int>>);
static_assert(std::is_convertible_v<ai::quantity<ai::W, int>, ai::quantity<ai::kW, double>>);
static_assert(!std::is_convertible_v<ai::quantity<ai::W, double>, ai::quantity<ai::usd, double>>);
static_assert(!std::is_constructible_v<ai::quantity<ai::W, double>, ai::quantity<ai::J, double>>);
static_assert(!std::is_convertible_v<double, ai::quantity<ai::W>>);
static_assert(std::is_constructible_v<ai::quantity<ai::W>, double>);

// Reading out an integer quantity keeps its number type where that holds the result exactly
// (a finer unit, factor <= max / 1000), and gives a double otherwise: never a refusal, never a truncation.
static_assert(std::is_same_v<decltype((75 * ai::GW).in(ai::MW)), ai::quantity<ai::MW, int>>);
static_assert(std::is_same_v<decltype((1500 * ai::W).in(ai::kW)), ai::quantity<ai::kW, double>>);
static_assert((1500 * ai::W).in(ai::kW).value() == 1.5);
static_assert((1500 * ai::W).value_in(ai::kW) == 1.5);
static_assert((-1500 * ai::W).value_in(ai::kW) == -1.5);
static_assert(std::is_same_v<decltype((2 * ai::GW).in(ai::W)), ai::quantity<ai::W, double>>);  // int overflows at 3 GW
static_assert((2 * ai::GW).value_in(ai::W) == 2e9);
static_assert(std::is_same_v<decltype((2LL * ai::GW).in(ai::W)), ai::quantity<ai::W, long long>>);
static_assert((1 * ai::W).value_in(ai::GW) == 1e-9);
static_assert((90 * ai::minute).value_in(ai::h) == 1.5);
static_assert((90 * ai::minute).coerce_value_in(ai::h) == 1);  // truncating stays a named choice

// Changing the number type: widening is implicit, narrowing and sign changes are not (compile_fail has
// the refusals); coerce_in does them with the value checked.
static_assert(std::is_convertible_v<ai::quantity<ai::W, int>, ai::quantity<ai::W, long long>>);
static_assert(std::is_convertible_v<ai::quantity<ai::gpu, unsigned>, ai::quantity<ai::gpu, long long>>);
static_assert(std::is_convertible_v<ai::quantity<ai::W, double>, ai::quantity<ai::W, float>>);
static_assert((ai::quantity<ai::W, long long>{1500}).coerce_in<int>(ai::W).value() == 1500);
static_assert((72 * ai::gpu).coerce_in<unsigned>(ai::gpu).value() == 72u);
static_assert((2.9 * ai::W).coerce_in<int>(ai::W).value() == 2);

// Built from a number: explicitly, and by the same rules: a number of a type whose every value the
// quantity's holds is taken as it is (an int into long long or double, a double into float, checked
// for range); an int for an unsigned count or a double for an int quantity is refused (compile_fail:
// number_signed_into_unsigned, number_float_into_int). One constructor takes numbers, quantities and
// quantity_like types, so that clang lists fewer candidates in an error (benchmarks/README.md).
static_assert(ai::quantity<ai::W, long long>{750}.value() == 750);
static_assert(ai::quantity<ai::W>{3}.value() == 3.0);
static_assert(ai::quantity<ai::W, float>{0.5}.value() == 0.5f);
static_assert(ai::quantity<ai::gpu, unsigned>{72u}.value() == 72u);
static_assert(!std::is_convertible_v<int, ai::quantity<ai::W>>);
static_assert(std::is_constructible_v<ai::quantity<ai::W, int>, short>);
static_assert((-2.9 * ai::W).coerce_in<int>(ai::W).value() == -2);

// Integer arithmetic is exact up to the limits of its type (one step beyond is a compile error in
// constant evaluation: compile_fail/cases/overflow_*).
static_assert((2'147'483'646 * ai::W + 1 * ai::W).value() == 2'147'483'647);
static_assert((-2'147'483'647 * ai::W - 1 * ai::W).value() == -2'147'483'647 - 1);
static_assert(((46'340 * ai::gpu) * (46'340 * ai::W / ai::gpu)).value() == 2'147'395'600);
static_assert((8u * ai::gpu + 72u * ai::gpu).value() == 80u);
static_assert((8u * ai::gpu * 1.5).value() == 12.0);  // a floating-point side does not mix signedness
static_assert(ai::integer_quotient(144u * ai::gpu, 72u * ai::gpu).value() == 2u);
static_assert((3'000'000'000LL * ai::W).in(ai::kW).value() == 3'000'000.0);

// Compound assignment.
constexpr auto accumulate() {
  ai::quantity<ai::W, double> p{0.0};
  p += 1 * ai::kW;
  p -= 250 * ai::W;
  p *= 2;
  p /= 4;
  return p;
}
static_assert(accumulate() == 375 * ai::W);
template <class Q, class N>
concept divisible_in_place = requires(Q q, N n) {
  q /= n;
};
static_assert(!divisible_in_place<ai::quantity<ai::W, int>, int>);
static_assert(divisible_in_place<ai::quantity<ai::W, double>, int>);

// math.
static_assert(ai::abs(-3 * ai::W) == 3 * ai::W);
static_assert(ai::min(1 * ai::kW, 999 * ai::W) == 999 * ai::W);
static_assert(ai::max(1 * ai::kW, 999 * ai::W) == 1 * ai::kW);
static_assert(ai::pow<2>(3 * ai::s) == 9 * ai::pow<2>(ai::s));
static_assert(ai::within(1000 * ai::W, 1.0005 * ai::kW, 1 * ai::W));
static_assert(!ai::within(1000 * ai::W, 1.002 * ai::kW, 1 * ai::W));
static_assert(ai::approx(1000 * ai::MW, 1 * ai::GW));
constexpr ai::quantity<ai::gpu, int> racks[] = {ai::quantity<ai::gpu, int>{72}, ai::quantity<ai::gpu, int>{8}};
static_assert(ai::sum(racks) == 80 * ai::gpu);

// Scale of units that cannot be represented is refused at compile time (see compile_fail for
// the failing twin); the largest exact ones work.
static_assert((1.0 * ai::pow<2>(ai::quetta(ai::W))).value_in(ai::pow<2>(ai::W)) == 1e60);
