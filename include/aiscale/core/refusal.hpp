// Refused overloads: a mistake between dimensions (W + USD) selects a declared, never-defined
// overload whose return type, a class declared and never defined, names the mistake in the one error
// at the user's line, where a plain constraint failure would print every candidate (34-64 lines). The
// call is invalid, so `requires { a + b; }` stays false. Standard C++, for g++ and clang alike.
#pragma once

#include <cstddef>
#include <type_traits>

#include "aiscale/core/char_view.hpp"
#include "aiscale/core/config.hpp"
#include "aiscale/core/fixed_string.hpp"
#include "aiscale/core/unit.hpp"

// What to write instead, in g++'s first error line (the sentence of detail::refusal); clang's first
// line has it in short, as the mistake's last argument (fix:: below).
#define AISCALE_DETAIL_DIMENSIONS_HINT                                                                    \
  "multiply or divide by the quantity that relates them (power * time is energy, count * per-GPU figure " \
  "is a total, an exchange rate turns one currency into another), see "                                   \
  "docs/troubleshooting.md#different-dimensions"
#define AISCALE_DETAIL_CURRENCY_HINT                                                                   \
  "convert one with an exchange rate first (ai::exchange_rate usd_per_eur{1.08 * ai::usd / ai::eur}; " \
  "usd_per_eur(90.0 * ai::eur) is dollars), see docs/troubleshooting.md#currencies"
#define AISCALE_DETAIL_NUMBER_HINT                                                                          \
  "give the number its unit (3.0 * ai::GW), or take the quantity's number in a unit (q.value_in(ai::GW)), " \
  "see docs/troubleshooting.md#bare-numbers"
#define AISCALE_DETAIL_PARAMETER_HINT                                                                     \
  "pass the dimension the parameter names (energy / duration is a power, count * ai::gpu a GPU count, a " \
  "budget in another currency goes through an exchange rate), see "                                       \
  "docs/troubleshooting.md#model-and-catalogue-functions"

// An integer quantity converted to a larger unit (int MW to int GW): g++'s sentence says "1 MW is not a
// whole number of GW".
#define AISCALE_DETAIL_TRUNCATE_START "aiscale: converting this integer-valued quantity to a larger unit would truncate"
#define AISCALE_DETAIL_TRUNCATE_HINT                                                                \
  "write .in<double>(unit) to keep the fraction, or .coerce_in(unit) to truncate on purpose (docs/" \
  "troubleshooting.md#integer-conversions)"

namespace aiscale {
namespace detail {

// The sentence of a refused operation, as a type whose argument g++ prints in full.
template <fixed_string Text>
struct refusal {};

// A sentence put together at compile time; long enough for two units' words and symbols and a hint.
struct refusal_text {
  char data[480]{};
  std::size_t size = 0;

  constexpr void put(char_view s) {
    for (const char c : s)
      if (size < sizeof data) data[size++] = c;
  }
};

// Words for the dimensions people name by a word rather than by their base dimensions, each with its
// dimension formula over the base dimensions' names, which are declared in units/ ("energy", "time",
// "money:USD", "compute:BF16"); only the part before a ':' is compared, so that every currency is
// money and every format's FLOP compute. Each word is also a class template (detail::power<U>), the
// name clang prints for it (see refused below): one list for both, an underscore read as a space.
#define AISCALE_DETAIL_DIMENSION_WORDS(X)            \
  X(power, "energy/time")                            \
  X(compute_rate, "compute/time")                    \
  X(bandwidth, "information/time")                   \
  X(energy_per_GPU, "energy/accelerator")            \
  X(power_per_GPU, "energy/(accelerator\u00b7time)") \
  X(energy_price, "money/energy")                    \
  X(price_per_GPU, "money/accelerator")              \
  X(GPU_count, "accelerator")                        \
  X(compute_work, "compute")                         \
  X(data, "information")                             \
  X(energy, "energy")                                \
  X(time, "time")                                    \
  X(money, "money")                                  \
  X(number, "1")
struct dimension_word {
  char_view formula;
  char_view word;
};
#define AISCALE_DETAIL_WORD_ENTRY(word, formula) {formula, #word},
inline constexpr dimension_word dimension_words[] = {AISCALE_DETAIL_DIMENSION_WORDS(AISCALE_DETAIL_WORD_ENTRY)};
#undef AISCALE_DETAIL_WORD_ENTRY
// Declared, never defined: only their names are printed.
#define AISCALE_DETAIL_WORD_TYPE(word, formula) \
  template <class Unit>                         \
  struct word;
AISCALE_DETAIL_DIMENSION_WORDS(AISCALE_DETAIL_WORD_TYPE)
#undef AISCALE_DETAIL_WORD_TYPE
// A unit of a dimension without a word (energy·time, a user's token): named by its unit only.
template <class Unit>
struct dimension_of;

// The word class of unit U's dimension: power<W>, money<usd>, dimension_of<tok> where none is known.
#define AISCALE_DETAIL_WORD_NAME(word, formula) word,
template <class U, std::size_t I, template <class> class W, template <class> class... Ws>
struct word_class_at {
  using type = typename word_class_at<U, I - 1, Ws...>::type;
};
template <class U, template <class> class W, template <class> class... Ws>
struct word_class_at<U, 0, W, Ws...> {
  using type = W<U>;
};

// A dimension's kind of base: "money:USD" -> "money".
constexpr char_view kind_of(char_view base) {
  for (std::size_t i = 0; i != base.size(); ++i)
    if (base[i] == ':') return base.substr(0, i);
  return base;
}

// One side of a dimension formula: the bases with positive (Numerator) or negative exponents.
template <class Def>
constexpr void put_formula_side(refusal_text& out, const Def& d, bool numerator) {
  bool first = true;
  for (std::size_t i = 0; i != Def::dim_count; ++i) {
    const std::int32_t num = numerator ? d.dims[i].num : -d.dims[i].num;
    if (num <= 0) continue;
    if (!first) out.put("\u00b7");
    out.put(kind_of(d.dim_name(i)));
    if (num != 1 || d.dims[i].den != 1) {
      char digits[24]{};
      out.put("^");
      out.put(char_view(digits, put_decimal(digits, static_cast<std::uint64_t>(num))));
      if (d.dims[i].den != 1) {
        out.put("/");
        out.put(char_view(digits, put_decimal(digits, static_cast<std::uint64_t>(d.dims[i].den))));
      }
    }
    first = false;
  }
}

// The dimension of a unit as its base kinds: "energy/time", "1" for a number.
template <class Def>
constexpr refusal_text dimension_formula(const Def& d) {
  refusal_text formula;
  std::size_t negatives = 0;
  for (std::size_t i = 0; i != Def::dim_count; ++i)
    if (d.dims[i].num < 0) ++negatives;
  if (negatives == Def::dim_count) formula.put("1");
  put_formula_side(formula, d, true);
  if (negatives != 0) {
    formula.put(negatives > 1 ? char_view("/(") : char_view("/"));
    put_formula_side(formula, d, false);
    if (negatives > 1) formula.put(")");
  }
  return formula;
}

// The index of a unit's dimension in dimension_words, or the table's size where it has no word.
template <class U>
constexpr std::size_t dimension_word_index() {
  const refusal_text formula = dimension_formula(U::def);
  const char_view f(formula.data, formula.size);
  std::size_t i = 0;
  for (const dimension_word& w : dimension_words) {
    if (w.formula == f) return i;
    ++i;
  }
  return i;
}

// The dimension as a word where one is known ("power", "price per GPU"), else as its formula.
template <class U>
constexpr void put_dimension_words(refusal_text& out) {
  constexpr std::size_t i = dimension_word_index<U>();
  if constexpr (i == sizeof dimension_words / sizeof dimension_words[0]) {
    const refusal_text formula = dimension_formula(U::def);
    out.put(char_view(formula.data, formula.size));
  } else {
    for (const char c : dimension_words[i].word) out.put(c == '_' ? char_view(" ") : char_view(&c, 1));
  }
}

template <class U>
using in_words = typename word_class_at<U, dimension_word_index<U>(),
                                        AISCALE_DETAIL_DIMENSION_WORDS(AISCALE_DETAIL_WORD_NAME) dimension_of>::type;
#undef AISCALE_DETAIL_WORD_NAME

// Two currencies get the exchange rate as their fix, whatever the operation; others the operation's.
template <class Word>
inline constexpr bool names_money = false;
template <class U>
inline constexpr bool names_money<money<U>> = true;
template <class A, class B>
inline constexpr bool two_currencies = names_money<in_words<A>>&& names_money<in_words<B>>;
// A bare number on one side ("5.0 * ai::GW + 3.0") gets the unit it lacks as its fix.
template <class A, class B>
inline constexpr bool bare_number = std::is_same_v<A, struct one> || std::is_same_v<B, struct one>;

// "cannot add power (W) and money (USD): <hint>" (verb, joiner and hint from Op).
// "power (W)"; a number without a symbol is just "number".
template <class U>
constexpr void put_side(refusal_text& out) {
  put_dimension_words<U>(out);
  if (U::symbol.view().size() == 0) return;
  out.put(" (");
  out.put(U::symbol.view());
  out.put(")");
}

template <class A, class B, class Op>
constexpr refusal_text refusal_sentence() {
  refusal_text t;
  t.put("aiscale: cannot ");
  t.put(Op::verb);
  t.put(" ");
  put_side<A>(t);
  t.put(" ");
  t.put(Op::joiner);
  t.put(" ");
  put_side<B>(t);
  t.put(": ");
  t.put(two_currencies<A, B> ? char_view(AISCALE_DETAIL_CURRENCY_HINT)
        : bare_number<A, B>  ? char_view(AISCALE_DETAIL_NUMBER_HINT)
                             : Op::hint);
  return t;
}

template <std::size_t N>
constexpr fixed_string<N> to_fixed_string(const refusal_text& t) {
  fixed_string<N> s{};
  for (std::size_t i = 0; i != N; ++i) s.data_[i] = t.data[i];
  return s;
}

// The sentence of a mistake between units A and B in operation Op (a class with `verb`, `joiner`
// and `hint`), built only for a mistake (see refused_t).
template <class A, class B, class Op>
struct refusal_sentence_of {
  static constexpr refusal_text text = refusal_sentence<A, B, Op>();
  using type = refusal<to_fixed_string<text.size>(text)>;
};

// "... would truncate: 1 MW is not a whole number of GW; <hint>", built only for a refused conversion.
template <class From, class To>
constexpr refusal_text truncation_sentence() {
  refusal_text t;
  t.put(AISCALE_DETAIL_TRUNCATE_START ": 1 ");
  t.put(From::symbol.view());
  t.put(" is not a whole number of ");
  t.put(To::symbol.view());
  t.put("; " AISCALE_DETAIL_TRUNCATE_HINT);
  return t;
}
template <class From, class To>
struct truncation_refusal_of {
  static constexpr refusal_text text = truncation_sentence<From, To>();
  using type = refusal<to_fixed_string<text.size>(text)>;
};

// An integer quantity converted to a unit that 1 of its own is not a whole number of
// (core/quantity.hpp, check_integer_conversion), named in the first error line with both units: by
// clang as the argument of the failed static_assert's condition refused_conversion<...>, by g++ as
// the sentence of the return type of refused_truncation, declared and never defined, so that its
// call is the error.
template <class From, class To>
struct integer_conversion_would_truncate;
template <class Mistake>
inline constexpr bool refused_conversion = false;
template <class Refusal>
struct refused;
template <class From, class To>
refused<typename truncation_refusal_of<From, To>::type> refused_truncation();

// What to write instead, spelt as classes so that clang's first error line carries it (clang prints a
// class name whole, where it prints a string argument in character codes (14) or cut (19)): the fix,
// with the docs/troubleshooting.md anchor as its argument ('_' for '-'; tests/compile_fail checks that
// each names a heading of the page). Declared, never defined: only their names are printed.
namespace docs::troubleshooting_md {
struct different_dimensions;
struct model_and_catalogue_functions;
struct currencies;
struct bare_numbers;
struct no_system_power;
}  // namespace docs::troubleshooting_md
namespace fix {
template <class See>
struct multiply_or_divide_by_what_relates_them;  // power * time is energy, an exchange rate turns currencies
template <class See>
struct pass_the_dimension_the_parameter_names;  // energy / time is a power, n * ai::gpu a GPU count
template <class See>
struct convert_with_an_exchange_rate;  // two currencies, whatever the operation
template <class See>
struct give_the_number_its_unit;  // 3.0 * ai::GW, not 3.0
template <class See>
struct pass_chip_level_or_a_power_per_gpu;  // a fleet of an accelerator without a system power figure
}  // namespace fix
using dimensions_fix = fix::multiply_or_divide_by_what_relates_them<docs::troubleshooting_md::different_dimensions>;
using parameter_fix =
    fix::pass_the_dimension_the_parameter_names<docs::troubleshooting_md::model_and_catalogue_functions>;
using currency_fix = fix::convert_with_an_exchange_rate<docs::troubleshooting_md::currencies>;
using number_fix = fix::give_the_number_its_unit<docs::troubleshooting_md::bare_numbers>;

// A fleet of an accelerator whose system power the catalogue lacks (model/fleet.hpp): the refused
// constructor's template argument, which each compiler prints whole: the sentence for g++, the fix as
// a class for clang (which prints a string argument in character codes).
#if defined(__clang__)
using no_system_power_refusal = fix::pass_chip_level_or_a_power_per_gpu<docs::troubleshooting_md::no_system_power>;
#else
using no_system_power_refusal = refusal<
    "aiscale: the catalogue has no system power for this accelerator: pass ai::chip_level for the "
    "datasheet's board power or a power per GPU (ai::fleet(acc, n, 1.4 * ai::kW_per_gpu)), see "
    "docs/troubleshooting.md#no-system-power">;
#endif

// The mistakes, as clang prints them in the first error line:
// cannot_add<power<W>, money<usd>,
// fix::multiply_or_divide_by_what_relates_them<docs::troubleshooting_md::different_dimensions>>. Declared, never
// defined.
template <class A, class B, class Fix>
struct cannot_add;
template <class A, class B, class Fix>
struct cannot_subtract;
template <class A, class B, class Fix>
struct cannot_compare;
template <class A, class B, class Fix>
struct cannot_convert;
template <class Given, class Taken, class Fix>
struct cannot_pass_where_function_takes;

// The operations: the verb and the word between the two sides of the sentence, what to write
// instead, and the mistake's class.
struct add_op {
  static constexpr char_view verb = "add", joiner = "and", hint = AISCALE_DETAIL_DIMENSIONS_HINT;
  using fix = dimensions_fix;
  template <class A, class B, class Fix>
  using mistake = cannot_add<A, B, Fix>;
};
struct subtract_op {
  static constexpr char_view verb = "subtract", joiner = "and", hint = AISCALE_DETAIL_DIMENSIONS_HINT;
  using fix = dimensions_fix;
  template <class A, class B, class Fix>
  using mistake = cannot_subtract<A, B, Fix>;
};
struct compare_op {
  static constexpr char_view verb = "compare", joiner = "and", hint = AISCALE_DETAIL_DIMENSIONS_HINT;
  using fix = dimensions_fix;
  template <class A, class B, class Fix>
  using mistake = cannot_compare<A, B, Fix>;
};
struct convert_op {
  static constexpr char_view verb = "convert", joiner = "to", hint = AISCALE_DETAIL_DIMENSIONS_HINT;
  using fix = dimensions_fix;
  template <class A, class B, class Fix>
  using mistake = cannot_convert<A, B, Fix>;
};
// A model or catalogue function's quantity parameter given another dimension (model/fleet.hpp).
struct pass_op {
  static constexpr char_view verb = "pass", joiner = "where the function takes", hint = AISCALE_DETAIL_PARAMETER_HINT;
  using fix = parameter_fix;
  template <class A, class B, class Fix>
  using mistake = cannot_pass_where_function_takes<A, B, Fix>;
};

// The return type of a refused function or operator: declared, never defined. A call of it is
// invalid, so false in a requires-expression, and the compiler's one error names the type at the
// caller's line: g++ "invalid use of incomplete type ... refused<refusal<"aiscale: cannot add power
// (W) and money (USD): <what to write instead>">>", printing the sentence; clang "implicit
// instantiation of undefined template 'cannot_add<power<W>, money<usd>, fix::...<docs::...>>'", since
// clang 14 prints a string argument in character codes. Standard C++ where an `unavailable` attribute (clang) could not
// name the units.
template <class A, class B, class Op>
using mistake = typename Op::template mistake<
    in_words<A>, in_words<B>,
    std::conditional_t<two_currencies<A, B>, currency_fix,
                       std::conditional_t<bare_number<A, B>, number_fix, typename Op::fix>>>;
template <bool Refused>
struct refused_select {
  template <class A, class B, class Op>
  using type = refused<refusal<"">>;
};
template <>
struct refused_select<true> {
#if defined(__clang__)
  template <class A, class B, class Op>
  using type = mistake<A, B, Op>;
#else
  template <class A, class B, class Op>
  using type = refused<typename refusal_sentence_of<A, B, Op>::type>;
#endif
};
// Named by every call of +, ==, ... while the compiler weighs the refused overload: for operands of
// one dimension (all the correct calls) it builds neither the words nor the sentence.
template <class A, class B, class Op>
using refused_t = typename refused_select<!same_dimension_v<A, B>>::template type<A, B, Op>;

}  // namespace detail
}  // namespace aiscale
