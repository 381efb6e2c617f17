// Compile-fail cases the library refuses through constraints: each expression that must not
// compile is checked with a concept, next to a near-identical twin that must compile.
#include <aiscale/aiscale.hpp>

#include <array>
#include <chrono>
#include <type_traits>

namespace ai = aiscale;

namespace {

// A requires-expression outside a template is a hard error, so every check goes through a concept.
template <class A, class B>
concept addable = requires(A a, B b) {
  a + b;
};
template <class A, class B>
concept subtractable = requires(A a, B b) {
  a - b;
};
template <class A, class B>
concept equality_comparable_with = requires(A a, B b) {
  a == b;
};
template <class A, class B>
concept unequal_comparable_with = requires(A a, B b) {
  a != b;
};
template <class A, class B>
concept ordered_with = requires(A a, B b) {
  a < b;
};
template <class A, class B>
concept add_assignable = requires(A a, B b) {
  a += b;
};
template <class Q, class N>
concept multipliable_in_place = requires(Q q, N n) {
  q *= n;
};
template <class Q, class N>
concept divisible_in_place = requires(Q q, N n) {
  q /= n;
};
template <class Q, class U>
concept convertible_in = requires(Q q, U u) {
  q.in(u);
};
template <class Q, class U>
concept convertible_in_double = requires(Q q, U u) {
  q.template in<double>(u);
};
template <class Q, class U>
concept has_value_in = requires(Q q, U u) {
  q.value_in(u);
};
template <class Q, class U>
concept coercible_in = requires(Q q, U u) {
  q.coerce_in(u);
};
template <class A, class B>
concept approx_comparable = requires(A a, B b) {
  ai::approx(a, b);
};
template <class A, class B, class T>
concept within_comparable = requires(A a, B b, T t) {
  ai::within(a, b, t);
};
template <class A, class B>
concept has_min = requires(A a, B b) {
  ai::min(a, b);
};
template <class A, class B>
concept has_integer_quotient = requires(A a, B b) {
  ai::integer_quotient(a, b);
};
template <class N, class U>
concept scalable_by = requires(N n, U u) {
  n* u;
};
template <class Rep>
concept valid_rep = requires {
  typename ai::quantity<ai::W, Rep>;
};
template <class Q>
concept has_number = requires(Q q) {
  static_cast<double>(q);
};
template <class F>
concept sparsifiable = requires(F f) {
  ai::sparse(f);
};

template <auto U, class R = double>
using q = ai::quantity<U, R>;

}  // namespace

// --- power, energy, money ----------------------------------------------------------------------

// W + USD: power is not money.
static_assert(!addable<q<ai::W>, q<ai::usd>>);
static_assert(addable<q<ai::W>, q<ai::kW>>);
// J + W: energy is not power.
static_assert(!addable<q<ai::J>, q<ai::W>>);
static_assert(addable<q<ai::J>, q<ai::Wh>>);
// W + Wh: a watt-hour is energy, however much it looks like a watt.
static_assert(!addable<q<ai::W>, q<ai::Wh>>);
static_assert(addable<q<ai::W>, q<ai::J / ai::s>>);
// TWh per year is a power, TWh an energy.
// A bare number is refused beside a quantity with a dimension (cannot add power (W) and number), both
// ways round; a number times a quantity, and quantities of one dimension, are fine.
static_assert(!addable<q<ai::W>, double> && !addable<int, q<ai::W>> && !subtractable<q<ai::GW>, double>);
static_assert(!equality_comparable_with<q<ai::W>, int> && !equality_comparable_with<double, q<ai::W>>);
static_assert(!unequal_comparable_with<q<ai::W>, double> && !ordered_with<q<ai::W>, double>);
static_assert(!ordered_with<double, q<ai::W>>);
static_assert(multipliable_in_place<q<ai::W>, double> && addable<q<ai::W>, q<ai::W>>);
static_assert(!addable<q<ai::TWh>, q<ai::TWh / ai::year>>);
static_assert(addable<q<ai::GW>, q<ai::TWh / ai::year>>);
// W - J.
static_assert(!subtractable<q<ai::W>, q<ai::J>>);
static_assert(subtractable<q<ai::W>, q<ai::MW>>);
// Comparing power with energy.
static_assert(!ordered_with<q<ai::GW>, q<ai::GWh>>);
static_assert(ordered_with<q<ai::GW>, q<ai::MW>>);

// USD + EUR: each currency is its own dimension.
static_assert(!addable<q<ai::usd>, q<ai::eur>>);
static_assert(addable<q<ai::usd>, q<ai::billion * ai::usd>>);
// USD == EUR and USD < EUR.
static_assert(!equality_comparable_with<q<ai::usd>, q<ai::eur>>);
static_assert(equality_comparable_with<q<ai::usd>, q<ai::us_cent>>);
static_assert(!unequal_comparable_with<q<ai::usd>, q<ai::eur>>);
static_assert(unequal_comparable_with<q<ai::usd>, q<ai::us_cent>>);
static_assert(!ordered_with<q<ai::usd>, q<ai::gbp>>);
static_assert(ordered_with<q<ai::usd>, q<ai::million * ai::usd>>);
// USD/kWh + EUR/kWh, and the twin with the same currency per a different energy unit.
static_assert(!addable<q<ai::usd_per_kWh>, q<ai::eur / ai::kWh>>);
static_assert(addable<q<ai::usd_per_kWh>, q<ai::usd_per_MWh>>);
// USD/kWh + USD/kW: a price of energy is not a price of power.
static_assert(!addable<q<ai::usd_per_kWh>, q<ai::usd / ai::kW>>);
static_assert(addable<q<ai::usd_per_kWh>, q<ai::us_cent / ai::kWh>>);
// USD/GPU + USD: a unit price is not a total.
static_assert(!addable<q<ai::usd_per_gpu>, q<ai::usd>>);
static_assert(addable<q<ai::usd_per_gpu>, q<ai::usd / ai::hgx_server>>);
// USD per GPU-hour + USD per GPU.
static_assert(!addable<q<ai::usd_per_gpu_hour>, q<ai::usd_per_gpu>>);
static_assert(addable<q<ai::usd_per_gpu_hour>, q<ai::usd / (ai::gpu * ai::minute)>>);

// --- devices ------------------------------------------------------------------------------------

// GPU count + W/GPU.
static_assert(!addable<q<ai::gpu>, q<ai::W_per_gpu>>);
static_assert(addable<q<ai::gpu>, q<ai::nvl72_rack>>);
// W/GPU + W: per-device power is not fleet power.
static_assert(!addable<q<ai::W_per_gpu>, q<ai::W>>);
static_assert(addable<q<ai::W_per_gpu>, q<ai::kW_per_gpu>>);
// GPU-hours + GPUs.
static_assert(!addable<q<ai::gpu_hour>, q<ai::gpu>>);
static_assert(addable<q<ai::gpu_hour>, q<ai::gpu * ai::s>>);

// --- compute ------------------------------------------------------------------------------------

// FLOP + FLOP/s: work is not a rate.
static_assert(!addable<q<ai::flop>, q<ai::FLOPS>>);
static_assert(addable<q<ai::FLOPS>, q<ai::EFLOPS>>);
// BF16 FLOP/s + FP64 FLOP/s.
static_assert(!addable<q<ai::TFLOPS_of(ai::bf16)>, q<ai::TFLOPS_of(ai::fp64)>>);
static_assert(addable<q<ai::TFLOPS_of(ai::bf16)>, q<ai::PFLOPS_of(ai::bf16)>>);
// Comparing BF16 with FP8 peaks.
static_assert(!ordered_with<q<ai::PFLOPS_of(ai::fp8)>, q<ai::PFLOPS_of(ai::bf16)>>);
static_assert(ordered_with<q<ai::PFLOPS_of(ai::fp8)>, q<ai::EFLOPS_of(ai::fp8)>>);
// Dense BF16 + sparse BF16.
static_assert(!addable<q<ai::TFLOPS_of(ai::bf16)>, q<ai::TFLOPS_of(ai::sparse(ai::bf16))>>);
static_assert(addable<q<ai::TFLOPS_of(ai::sparse(ai::bf16))>, q<ai::PFLOPS_of(ai::sparse(ai::bf16))>>);
// Generic FLOP/s + BF16 FLOP/s: a figure of unknown format becomes BF16 only by assume_format.
static_assert(!addable<q<ai::EFLOPS>, q<ai::EFLOPS_of(ai::bf16)>>);
static_assert(addable<decltype(ai::assume_format(1.0 * ai::EFLOPS, ai::bf16)), q<ai::EFLOPS_of(ai::bf16)>>);
// ... and the other way round, by forget_format.
static_assert(!equality_comparable_with<q<ai::TFLOPS_of(ai::fp16)>, q<ai::TFLOPS>>);
static_assert(equality_comparable_with<decltype(ai::forget_format(1.0 * ai::TFLOPS_of(ai::fp16))), q<ai::TFLOPS>>);
// FLOP/J of BF16 + generic FLOP/J.
static_assert(!addable<q<ai::flop_of(ai::bf16) / ai::J>, q<ai::flop_per_joule>>);
static_assert(addable<q<ai::flop / ai::kWh>, q<ai::flop_per_joule>>);
// sparse(sparse(bf16)): sparsity applies once, to a dense format.
static_assert(!sparsifiable<decltype(ai::sparse(ai::bf16))>);
static_assert(sparsifiable<decltype(ai::bf16)>);

// --- data and time ------------------------------------------------------------------------------

// bytes + bytes/s.
static_assert(!addable<q<ai::byte>, q<ai::bytes_per_second>>);
static_assert(addable<q<ai::TB>, q<ai::GiB>>);
// TB/s + TB: bandwidth is not capacity.
static_assert(!ordered_with<q<ai::TB_per_s>, q<ai::TB>>);
static_assert(ordered_with<q<ai::TB_per_s>, q<ai::GB_per_s>>);
// s + 1/s.
static_assert(!addable<q<ai::s>, q<ai::one / ai::s>>);
static_assert(addable<q<ai::s>, q<ai::h>>);
// A time quantity never meets a power through a chrono duration.
static_assert(!std::is_convertible_v<q<ai::W, long long>, std::chrono::seconds>);
static_assert(std::is_convertible_v<q<ai::minute, long long>, std::chrono::seconds>);
static_assert(!std::is_convertible_v<std::chrono::seconds, q<ai::W>>);
static_assert(std::is_convertible_v<std::chrono::seconds, q<ai::h>>);

// --- assignment and construction ----------------------------------------------------------------

// Assigning one dimension into a quantity of another.
static_assert(!std::is_convertible_v<q<ai::J>, q<ai::W>>);
static_assert(std::is_convertible_v<q<ai::J>, q<ai::kWh>>);
static_assert(!std::is_assignable_v<q<ai::usd>&, q<ai::eur>>);
static_assert(std::is_assignable_v<q<ai::usd>&, q<ai::trillion * ai::usd>>);
static_assert(!std::is_constructible_v<q<ai::gpu>, q<ai::W_per_gpu>>);
static_assert(std::is_constructible_v<q<ai::gpu>, q<ai::superchip>>);
// A bare number is not a quantity: construction from it is explicit.
static_assert(!std::is_convertible_v<double, q<ai::W>>);
static_assert(std::is_constructible_v<q<ai::W>, double>);
// Adding a bare number.
static_assert(!addable<q<ai::W>, double>);
static_assert(addable<q<ai::W>, q<ai::W>>);
// Comparing with a bare number (0 included): write quantity::zero().
static_assert(!equality_comparable_with<q<ai::W>, int>);
static_assert(equality_comparable_with<q<ai::W>, decltype(q<ai::W>::zero())>);
// A plain number out of a dimensioned quantity: only dimensionless ones give it.
static_assert(!has_number<q<ai::W>>);
static_assert(has_number<q<ai::percent>>);
// bool is not a number type for quantities, neither as a Rep nor as a factor.
static_assert(!valid_rep<bool>);
static_assert(valid_rep<int>);
static_assert(!scalable_by<bool, decltype(ai::W)>);
static_assert(scalable_by<int, decltype(ai::W)>);
// A quantity of a pointer or of a class type.
static_assert(!valid_rep<double*>);
static_assert(!valid_rep<std::chrono::seconds>);
static_assert(valid_rep<float>);

// --- conversions --------------------------------------------------------------------------------

// .in(wrong unit).
static_assert(!convertible_in<q<ai::W>, decltype(ai::J)>);
static_assert(convertible_in<q<ai::W>, decltype(ai::kW)>);
static_assert(!convertible_in<q<ai::usd>, decltype(ai::eur)>);
static_assert(convertible_in<q<ai::usd>, decltype(ai::billion * ai::usd)>);
static_assert(!convertible_in_double<q<ai::W, int>, decltype(ai::kWh)>);
static_assert(convertible_in_double<q<ai::W, int>, decltype(ai::kW)>);
// .value_in(wrong unit).
static_assert(!has_value_in<q<ai::GW>, decltype(ai::TWh)>);
static_assert(has_value_in<q<ai::GW>, decltype(ai::TWh / ai::year)>);
static_assert(!has_value_in<q<ai::EFLOPS>, decltype(ai::EFLOPS_of(ai::fp8))>);
static_assert(has_value_in<q<ai::EFLOPS>, decltype(ai::PFLOPS)>);
// .coerce_in forces truncation, never a change of dimension.
static_assert(!coercible_in<q<ai::W, int>, decltype(ai::J)>);
static_assert(coercible_in<q<ai::W, int>, decltype(ai::kW)>);
// .in with a unit that is not a unit.
static_assert(!convertible_in<q<ai::W>, double>);

// --- compound assignment ------------------------------------------------------------------------

// int quantity /= n would truncate.
static_assert(!divisible_in_place<q<ai::gpu, int>, int>);
static_assert(divisible_in_place<q<ai::gpu, double>, int>);
// int quantity *= 1.5 would truncate.
static_assert(!multipliable_in_place<q<ai::gpu, int>, double>);
static_assert(multipliable_in_place<q<ai::gpu, int>, int>);
// += across dimensions.
static_assert(!add_assignable<q<ai::J>, q<ai::W>>);
static_assert(add_assignable<q<ai::J>, q<ai::kWh>>);
// *= by a quantity: the unit of the left side would have to change.
static_assert(!multipliable_in_place<q<ai::W>, q<ai::h>>);
static_assert(multipliable_in_place<q<ai::W>, double>);

// --- math ---------------------------------------------------------------------------------------

// approx across dimensions.
static_assert(!approx_comparable<q<ai::GW>, q<ai::TWh>>);
static_assert(approx_comparable<q<ai::GW>, q<ai::TWh / ai::year>>);
static_assert(!approx_comparable<q<ai::usd>, q<ai::eur>>);
static_assert(approx_comparable<q<ai::usd>, q<ai::trillion * ai::usd>>);
// within with a tolerance of another dimension.
static_assert(!within_comparable<q<ai::W>, q<ai::W>, q<ai::J>>);
static_assert(within_comparable<q<ai::W>, q<ai::W>, q<ai::milli(ai::W)>>);
// min of power and energy.
static_assert(!has_min<q<ai::W>, q<ai::Wh>>);
static_assert(has_min<q<ai::W>, q<ai::kW>>);
// integer_quotient is for integer quantities.
static_assert(!has_integer_quotient<q<ai::gpu, double>, q<ai::nvl72_rack, int>>);
static_assert(has_integer_quotient<q<ai::gpu, int>, q<ai::nvl72_rack, int>>);

// --- model and catalogue functions ----------------------------------------------------------------
// Each parameter is constrained to its dimension, so that a wrong one is refused at the call.

template <class P>
concept feeds_gpus = requires(P p) {
  ai::gpus_for_power(ai::catalog::h100_sxm, p);
};
template <class P>
concept feeds_gpus_at_chip_level = requires(P p) {
  ai::gpus_for_power(ai::catalog::h100_sxm, p, 1.0 * ai::one, ai::chip_level);
};
template <class M>
concept buys_gpus_all_in = requires(M m) {
  ai::gpus_for_all_in_budget(ai::catalog::h100_sxm, m);
};
template <class M>
concept buys_gpus = requires(M m) {
  ai::gpus_for_budget(ai::catalog::h100_sxm, m);
};
template <class N>
concept makes_fleet = requires(N n) {
  ai::fleet(ai::catalog::h100_sxm, n);
};
using h100_fleet = decltype(ai::fleet(ai::catalog::h100_sxm, 1.0 * ai::gpu));
template <class T>
concept fleet_energy_over = requires(h100_fleet f, T t) {
  f.energy(t);
};
template <class P>
concept fleet_operating_cost_at = requires(h100_fleet f, P p) {
  f.operating_cost_per_year(p);
};
template <class P>
concept fleet_energy_cost_at = requires(h100_fleet f, P p) {
  f.energy_cost_per_gpu_hour(p);
};
template <class P, class L>
concept fleet_cost_per_gpu_hour_at = requires(h100_fleet f, P p, L l) {
  f.cost_per_gpu_hour(p, l);
};
template <class B>
concept fleet_time_to_spend = requires(h100_fleet f, B b) {
  f.time_to_spend(b, ai::bf16);
};

// gpus_for_power takes a power, not an energy or money.
static_assert(!feeds_gpus<q<ai::GWh>>);
static_assert(!feeds_gpus<q<ai::usd>>);
static_assert(feeds_gpus<q<ai::GW>>);
static_assert(!feeds_gpus_at_chip_level<q<ai::GWh>>);
static_assert(feeds_gpus_at_chip_level<q<ai::GW>>);
// Budgets are money in US dollars (the catalogue's prices are).
static_assert(!buys_gpus_all_in<q<ai::GW>>);
static_assert(!buys_gpus_all_in<q<ai::eur>>);
static_assert(buys_gpus_all_in<q<ai::billion * ai::usd>>);
static_assert(!buys_gpus<q<ai::eur>>);
static_assert(buys_gpus<q<ai::usd>>);
// A fleet counts GPUs, not watts.
static_assert(!makes_fleet<q<ai::W>>);
static_assert(makes_fleet<q<ai::gpu>>);
// A fleet's energy is over a period; prices are per kWh; budgets are operations of the format.
static_assert(!fleet_energy_over<q<ai::W>>);
static_assert(fleet_energy_over<q<ai::year>>);
static_assert(!fleet_operating_cost_at<q<ai::usd / ai::kW>>);
static_assert(fleet_operating_cost_at<q<ai::usd_per_kWh>>);
static_assert(!fleet_energy_cost_at<q<ai::eur / ai::kWh>>);
static_assert(fleet_energy_cost_at<q<ai::usd / ai::MWh>>);
static_assert(!fleet_cost_per_gpu_hour_at<q<ai::usd_per_kWh>, q<ai::gpu>>);
static_assert(fleet_cost_per_gpu_hour_at<q<ai::usd_per_kWh>, q<ai::year>>);
static_assert(!fleet_time_to_spend<q<ai::flop_of(ai::fp8)>>);
static_assert(fleet_time_to_spend<q<ai::flop_of(ai::bf16)>>);
