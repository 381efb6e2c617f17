// A mistake between dimensions is refused by a refused overload (core/refusal.hpp): the expression
// stays invalid in a requires-expression, a correct one is untouched, and the sentence g++ prints
// names both sides in words and units.
#include <aiscale/aiscale.hpp>

#include <string_view>
#include <type_traits>

namespace ai = aiscale;

namespace {

template <class A, class B>
concept all_refused = !requires(A a, B b) {
  a + b;
}
&&!requires(A a, B b) { a - b; }
&&!requires(A a, B b) { a == b; }
&&!requires(A a, B b) { a != b; }
&&!requires(A a, B b) { a < b; }
&&!requires(A a, B b) { a <= b; }
&&!requires(A a, B b) { a > b; }
&&!requires(A a, B b) { a >= b; }
&&!requires(A a, B b) { a <=> b; }
&&!requires(A a, B b) { a += b; }
&&!requires(A a, B b) { a -= b; }
&&!requires(B b) { A(b); }
&&!requires(A a, B b) { a = b; };
template <class A, class B>
concept all_allowed = requires(A a, B b) {
  a + b;
  a - b;
  a == b;
  a != b;
  a < b;
  a <= b;
  a > b;
  a >= b;
  a <=> b;
  a += b;
  a -= b;
  A(b);
  a = b;
};

template <auto U, class R = double>
using q = ai::quantity<U, R>;

static_assert(all_refused<q<ai::W>, q<ai::usd>>);
static_assert(all_refused<q<ai::J>, q<ai::W>>);
static_assert(all_refused<q<ai::usd>, q<ai::eur>>);
static_assert(all_refused<q<ai::W, int>, q<ai::J, int>>);
static_assert(all_refused<q<ai::TFLOPS_of(ai::bf16)>, q<ai::TFLOPS_of(ai::fp64)>>);
static_assert(all_allowed<q<ai::W>, q<ai::GW>>);
static_assert(all_allowed<q<ai::usd>, q<ai::us_cent>>);
static_assert(all_allowed<q<ai::J>, q<ai::kWh>>);

// The sentence of the refusal of op between units A and B.
template <auto A, auto B, class Op>
constexpr std::string_view sentence() {
  constexpr const auto& text = ai::detail::refusal_sentence_of<ai::unit_t<A>, ai::unit_t<B>, Op>::text;
  return {text.data, text.size};
}
constexpr bool starts_with(std::string_view text, std::string_view start) {
  return text.substr(0, start.size()) == start;
}

static_assert(starts_with(sentence<ai::W, ai::usd, ai::detail::add_op>(),
                          "aiscale: cannot add power (W) and money (USD): "));
static_assert(starts_with(sentence<ai::kWh, ai::GW, ai::detail::subtract_op>(),
                          "aiscale: cannot subtract energy (kWh) and power (GW): "));
static_assert(starts_with(sentence<ai::usd / ai::gpu, ai::usd, ai::detail::compare_op>(),
                          "aiscale: cannot compare price per GPU (USD/GPU) and money (USD): "));
static_assert(starts_with(sentence<ai::W / ai::gpu, ai::gpu, ai::detail::convert_op>(),
                          "aiscale: cannot convert power per GPU (W/GPU) to GPU count (GPU): "));
static_assert(starts_with(sentence<ai::usd / ai::kWh, ai::TFLOPS_of(ai::bf16), ai::detail::pass_op>(),
                          "aiscale: cannot pass energy price (USD/kWh) where the function takes compute rate "
                          "(TFLOP(BF16)/s): "));
// Without a word, the dimension is written out from its base dimensions; a number is a number.
static_assert(starts_with(sentence<ai::base_unit<"token", "tok"> / ai::s, ai::one, ai::detail::add_op>(),
                          "aiscale: cannot add token/time (tok/s) and number: "));
static_assert(starts_with(sentence<ai::J * ai::J, ai::s / (ai::J * ai::gpu), ai::detail::add_op>(),
                          "aiscale: cannot add energy^2 (J^2) and time/(accelerator\u00b7energy) (s/(GPU\u00b7J)): "));
// Each says where the page explains it.
static_assert(sentence<ai::W, ai::usd, ai::detail::add_op>().ends_with("docs/troubleshooting.md#different-dimensions"));
static_assert(
    sentence<ai::W, ai::usd, ai::detail::pass_op>().ends_with("docs/troubleshooting.md#model-and-catalogue-functions"));
// Two currencies are sent to the exchange rate, whatever the operation.
static_assert(sentence<ai::usd, ai::eur, ai::detail::compare_op>().ends_with("docs/troubleshooting.md#currencies"));
static_assert(sentence<ai::eur, ai::usd, ai::detail::pass_op>().ends_with("docs/troubleshooting.md#currencies"));
static_assert(!sentence<ai::usd / ai::kWh, ai::eur / ai::kWh, ai::detail::add_op>().ends_with("#currencies"));

// The mistake as clang prints it: both sides in words over their units, then what to write instead
// with the section of docs/troubleshooting.md as its argument.
namespace d = ai::detail;
static_assert(std::is_same_v<d::mistake<ai::unit_t<ai::W>, ai::unit_t<ai::usd>, d::add_op>,
                             d::cannot_add<d::power<ai::unit_t<ai::W>>, d::money<ai::unit_t<ai::usd>>,
                                           d::fix::multiply_or_divide_by_what_relates_them<
                                               d::docs::troubleshooting_md::different_dimensions>>>);
static_assert(std::is_same_v<
              d::mistake<ai::unit_t<ai::GWh>, ai::unit_t<ai::W>, d::pass_op>,
              d::cannot_pass_where_function_takes<d::energy<ai::unit_t<ai::GWh>>, d::power<ai::unit_t<ai::W>>,
                                                  d::fix::pass_the_dimension_the_parameter_names<
                                                      d::docs::troubleshooting_md::model_and_catalogue_functions>>>);
static_assert(
    std::is_same_v<d::mistake<ai::unit_t<ai::usd>, ai::unit_t<ai::eur>, d::subtract_op>,
                   d::cannot_subtract<d::money<ai::unit_t<ai::usd>>, d::money<ai::unit_t<ai::eur>>,
                                      d::fix::convert_with_an_exchange_rate<d::docs::troubleshooting_md::currencies>>>);

// The converting constructor refuses another dimension by substitution, not by a refused overload, so
// a user's overloads on two dimensions stay unambiguous: a kW goes to the power one.
constexpr int overload_taken(ai::quantity<ai::W>) { return 1; }
constexpr int overload_taken(ai::quantity<ai::J>) { return 2; }
static_assert(overload_taken(1.0 * ai::kW) == 1);
static_assert(overload_taken(1.0 * ai::kWh) == 2);

}  // namespace
