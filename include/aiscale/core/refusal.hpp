// Refused overloads: a mistake between dimensions (W + USD) selects a declared, never-defined
// overload whose first error line says what went wrong and what to write instead, where a plain
// constraint failure would print every candidate (34-64 lines). A refused overload still makes the
// expression invalid in a requires-expression, so `requires { a + b; }` stays false.
#pragma once

#include <cstddef>

#include "aiscale/core/char_view.hpp"
#include "aiscale/core/config.hpp"
#include "aiscale/core/fixed_string.hpp"
#include "aiscale/core/unit.hpp"

// Ends the declaration of a refused overload. clang prints an `unavailable` function's message as
// the first error line ("'operator+' is unavailable: aiscale: cannot add ..."), and such a function is
// invalid in a requires-expression just as a deleted one; a deleted function would win over the
// attribute and print only "overload resolution selected deleted operator". g++ has no such
// attribute: it prints a deleted function's whole signature on the first error line, so there the
// return type, detail::refusal<"cannot add power (W) and money (USD) ...">, carries the words.
#if defined(__clang__)
// Defined (returning an empty refusal, or a zero quantity), so that in a constant expression clang
// reports the refusal, not "undefined function cannot be used in a constant expression". A refused
// constructor's macro takes its member initialisers after the message.
#define AISCALE_DETAIL_REFUSED(message) \
  __attribute__((unavailable(message))) { return {}; }
#define AISCALE_DETAIL_REFUSED_CONSTRUCTOR(message, ...) \
  __attribute__((unavailable(message))) : __VA_ARGS__ {}
#else
#define AISCALE_DETAIL_REFUSED(message) = delete
#define AISCALE_DETAIL_REFUSED_CONSTRUCTOR(message, ...) = delete
#endif

// What to write instead, said once for both compilers: in clang's first error line (the refused
// operation's message below) and in g++'s (the sentence of detail::refusal).
#define AISCALE_DETAIL_DIMENSIONS_HINT                                                                    \
  "multiply or divide by the quantity that relates them (power * time is energy, count * per-GPU figure " \
  "is a total, an exchange rate turns one currency into another), see "                                   \
  "docs/troubleshooting.md#different-dimensions"
#define AISCALE_DETAIL_PARAMETER_HINT                                                                     \
  "pass the dimension the parameter names (energy / duration is a power, count * ai::gpu a GPU count, a " \
  "budget in another currency goes through an exchange rate), see "                                       \
  "docs/troubleshooting.md#model-and-catalogue-functions"

// clang's first error line for each refused operation; the units follow in its next error line.
#define AISCALE_DETAIL_ADD_REFUSAL \
  "aiscale: cannot add or subtract quantities of different dimensions (units below): " AISCALE_DETAIL_DIMENSIONS_HINT
#define AISCALE_DETAIL_COMPARE_REFUSAL \
  "aiscale: cannot compare quantities of different dimensions (units below): " AISCALE_DETAIL_DIMENSIONS_HINT
#define AISCALE_DETAIL_CONVERT_REFUSAL \
  "aiscale: cannot convert a quantity to a unit of another dimension: " AISCALE_DETAIL_DIMENSIONS_HINT
#define AISCALE_DETAIL_PASS_REFUSAL \
  "aiscale: this parameter takes a quantity of another dimension (units below): " AISCALE_DETAIL_PARAMETER_HINT
// An integer quantity converted to a larger unit (int MW to int GW). clang's line names the units as
// the refused function's template arguments; g++'s as "1 MW is not a whole number of GW".
#define AISCALE_DETAIL_TRUNCATE_START "aiscale: converting this integer-valued quantity to a larger unit would truncate"
#define AISCALE_DETAIL_TRUNCATE_HINT                                                                \
  "write .in<double>(unit) to keep the fraction, or .coerce_in(unit) to truncate on purpose (docs/" \
  "troubleshooting.md#integer-conversions)"
#define AISCALE_DETAIL_TRUNCATE_REFUSAL \
  AISCALE_DETAIL_TRUNCATE_START         \
  " (1 of the first unit named is not a whole number of the second); " AISCALE_DETAIL_TRUNCATE_HINT
// A constructor's error line names no template argument, so its message names the parameter itself.
#define AISCALE_DETAIL_FLEET_COUNT_REFUSAL                                                            \
  "aiscale: a fleet's second argument is its GPU count (count * ai::gpu), not a quantity of another " \
  "dimension: " AISCALE_DETAIL_PARAMETER_HINT

namespace aiscale {
namespace detail {

// The return type of a refused overload: its argument is the sentence g++ shows.
// It converts to bool only so that a refused comparison is one error, not two.
template <fixed_string Text>
struct refusal {
  constexpr operator bool() const { return false; }  // NOLINT(google-explicit-constructor)
};

// The units of a refused operation, as a defaulted template argument of its overload: clang prints
// the overload's template arguments in its second error line, and so names the units there (clang 14
// prints the other arguments, class-type values, as {}).
template <class A, class B>
struct operands;

// A sentence put together at compile time; long enough for two units' words and symbols and a hint.
struct refusal_text {
  char data[480]{};
  std::size_t size = 0;

  constexpr void put(char_view s) {
    for (const char c : s)
      if (size < sizeof data) data[size++] = c;
  }
};

// Words for the dimensions people name by a word rather than by their base dimensions. The base
// dimensions' names are declared in units/ ("energy", "time", "money:USD", "compute:BF16"); only the
// part before a ':' is compared, so that every currency is money and every format's FLOP compute.
struct dimension_word {
  char_view formula;
  char_view word;
};
inline constexpr dimension_word dimension_words[] = {
    {"energy/time", "power"},
    {"compute/time", "compute rate"},
    {"information/time", "bandwidth"},
    {"energy/accelerator", "energy per GPU"},
    {"energy/(accelerator·time)", "power per GPU"},
    {"money/energy", "energy price"},
    {"money/accelerator", "price per GPU"},
    {"accelerator", "GPU count"},
    {"compute", "compute work"},
    {"information", "data"},
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

// The dimension of a unit as its base kinds ("energy/time"), then as a word where one is known ("power").
template <class Def>
constexpr void put_dimension_words(refusal_text& out, const Def& d) {
  if (Def::dim_count == 0) return out.put("number");
  std::size_t negatives = 0;
  for (std::size_t i = 0; i != Def::dim_count; ++i)
    if (d.dims[i].num < 0) ++negatives;
  refusal_text formula;
  if (negatives == Def::dim_count) formula.put("1");
  put_formula_side(formula, d, true);
  if (negatives != 0) {
    formula.put(negatives > 1 ? char_view("/(") : char_view("/"));
    put_formula_side(formula, d, false);
    if (negatives > 1) formula.put(")");
  }
  const char_view f(formula.data, formula.size);
  for (const dimension_word& w : dimension_words)
    if (w.formula == f) return out.put(w.word);
  out.put(f);
}

// "cannot add power (W) and money (USD): <hint>" (verb, joiner and hint from Op).
// "power (W)"; a number without a symbol is just "number".
template <class U>
constexpr void put_side(refusal_text& out) {
  put_dimension_words(out, U::def);
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
  t.put(Op::hint);
  return t;
}

template <std::size_t N>
constexpr fixed_string<N> to_fixed_string(const refusal_text& t) {
  fixed_string<N> s{};
  for (std::size_t i = 0; i != N; ++i) s.data_[i] = t.data[i];
  return s;
}

// The refusal type of a mistake between units A and B in operation Op (a class with `verb`,
// `joiner` and `hint`). Every call of +, ==, ... names it while the compiler weighs the refused
// overload, so for operands of one dimension (all the correct calls) it is an alias of an empty
// refusal, which instantiates nothing; only a mistake builds the sentence.
template <class A, class B, class Op>
struct refusal_sentence_of {
  static constexpr refusal_text text = refusal_sentence<A, B, Op>();
  using type = refusal<to_fixed_string<text.size>(text)>;
};
template <bool Refused>
struct refusal_select {
  template <class A, class B, class Op>
  using type = refusal<"">;
};
template <>
struct refusal_select<true> {
  template <class A, class B, class Op>
  using type = typename refusal_sentence_of<A, B, Op>::type;
};
template <class A, class B, class Op>
using refusal_t = typename refusal_select<!same_dimension_v<A, B>>::template type<A, B, Op>;

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

// Called only for a conversion of an integer quantity to a unit that 1 of its own is not a whole
// number of: its first error line names both units (core/quantity.hpp, check_integer_conversion).
template <class From, class To>
constexpr typename truncation_refusal_of<From, To>::type refused_truncation()
    AISCALE_DETAIL_REFUSED(AISCALE_DETAIL_TRUNCATE_REFUSAL);

// The operations: the verb and the word between the two sides of the sentence, and what to write instead.
struct add_op {
  static constexpr char_view verb = "add", joiner = "and", hint = AISCALE_DETAIL_DIMENSIONS_HINT;
};
struct subtract_op {
  static constexpr char_view verb = "subtract", joiner = "and", hint = AISCALE_DETAIL_DIMENSIONS_HINT;
};
struct compare_op {
  static constexpr char_view verb = "compare", joiner = "and", hint = AISCALE_DETAIL_DIMENSIONS_HINT;
};
struct convert_op {
  static constexpr char_view verb = "convert", joiner = "to", hint = AISCALE_DETAIL_DIMENSIONS_HINT;
};
// A model or catalogue function's quantity parameter given another dimension (model/fleet.hpp).
struct pass_op {
  static constexpr char_view verb = "pass", joiner = "where the function takes", hint = AISCALE_DETAIL_PARAMETER_HINT;
};

}  // namespace detail
}  // namespace aiscale
