// Units: a dimension, an exact magnitude and a symbol, carried in the type. Unit algebra
// (*, /, pow, prefixes, names) runs as constexpr functions over values, not as type recursion,
// which keeps compile times and error messages short.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>
#include "aiscale/core/char_view.hpp"

#include "aiscale/core/config.hpp"
#include "aiscale/core/dimension.hpp"
#include "aiscale/core/fixed_string.hpp"
#include "aiscale/core/magnitude.hpp"

namespace aiscale {

// One named factor of a unit's expression ("W", "GPU", "million") and its exponent. Keeping the
// factors lets W/GPU * GPU print as "W", and the symbol of any product be derived, not typed.
struct unit_term {
  std::uint16_t begin = 0;  // into unit_def::text
  std::uint16_t size = 0;
  std::int32_t num = 1;
  std::int32_t den = 1;
  bool spaced = false;  // a scale word or number: printed before the next factor with a space
};

// Everything that defines a unit, as a structural value usable as a template argument. The
// dimension names are kept apart from the symbols' text, so that a unit of one name (W, GPU) still
// has its symbol as the whole of `text`.
template <std::size_t TextN, std::size_t TermN, std::size_t DimN, std::size_t NameN>
struct unit_def {
  fixed_string<TextN> text;
  unit_term terms[TermN == 0 ? 1 : TermN];
  dimension_factor dims[DimN == 0 ? 1 : DimN];
  magnitude mag;
  fixed_string<NameN> names;

  static constexpr std::size_t term_count = TermN;
  static constexpr std::size_t dim_count = DimN;

  // The name of the i-th base dimension: dims are sorted by it.
  AISCALE_HOST_DEVICE constexpr char_view dim_name(std::size_t i) const {
    return names.view().substr(dims[i].begin, dims[i].size);
  }
};

namespace detail {
// The base of every unit type: a unit is an empty class with static members `symbol` and `def`.
struct unit_tag {};
}  // namespace detail

// A unit built from its definition: what named(), scale_word() and base_unit give. The units the
// library declares are classes of their own that derive from one (`struct W final : unit<...>`),
// so that a compiler prints them by name; products and quotients are derived_unit<...> over them.
template <fixed_string Symbol, auto Def>
struct unit : detail::unit_tag {
  static constexpr auto symbol = Symbol;
  static constexpr auto def = Def;
};

namespace detail {
// Recognised through the base rather than by matching unit<S, D>: nvcc 13 cannot deduce a
// class-type template argument (fixed_string) in a partial specialisation, and a named unit
// (struct W) is a class of its own.
template <class T>
AISCALE_HOST_DEVICE constexpr bool is_unit() {
  if constexpr (std::is_class_v<T> && requires { T::symbol, T::def; })
    return std::is_base_of_v<unit_tag, T>;
  else
    return false;
}
}  // namespace detail
template <class T>
inline constexpr bool is_unit_v = detail::is_unit<T>();
// cv-qualifiers are ignored so that decltype(aiscale::W) (a const object's type) is a unit type.
template <class T>
concept unit_type = is_unit_v<std::remove_cvref_t<T>>;

namespace detail {

enum class build_error { none, magnitude_overflow, inexact_root, too_large, not_a_single_name };

inline constexpr std::size_t wide_text = 512;
inline constexpr std::size_t wide_terms = 24;
inline constexpr std::size_t wide_dims = 16;
inline constexpr std::size_t wide_names = 512;

// A term and a dimension factor in the scratch space: unit_term and dimension_factor without their
// default member initializers, so that `{}` zero-fills a whole array in one step of constant
// evaluation instead of running the initializers of each of its 40 elements (clang evaluated and
// stored every element: 1.2 M instructions for an empty wide_def, now 0.4 M; benchmarks/README.md).
struct wide_term {
  std::uint16_t begin;
  std::uint16_t size;
  std::int32_t num;
  std::int32_t den;
  bool spaced;
};
struct wide_dim {
  std::uint16_t begin;
  std::uint16_t size;
  std::int32_t num;
  std::int32_t den;
};

// Scratch space for unit algebra: large fixed capacity, shrunk to exact size afterwards.
struct wide_def {
  char text[wide_text]{};
  std::size_t text_size = 0;
  wide_term terms[wide_terms]{};
  std::size_t term_count = 0;
  wide_dim dims[wide_dims]{};
  std::size_t dim_count = 0;
  char names[wide_names]{};
  std::size_t names_size = 0;
  magnitude mag{};
  build_error error = build_error::none;

  AISCALE_HOST_DEVICE constexpr char_view term_text(std::size_t i) const {
    return {text + terms[i].begin, terms[i].size};
  }

  AISCALE_HOST_DEVICE constexpr char_view dim_name(std::size_t i) const {
    return {names + dims[i].begin, dims[i].size};
  }

  AISCALE_HOST_DEVICE constexpr std::size_t live_text_size() const {
    std::size_t n = 0;
    for (std::size_t i = 0; i != term_count; ++i) n += terms[i].size;
    return n;
  }

  AISCALE_HOST_DEVICE constexpr std::size_t live_names_size() const {
    std::size_t n = 0;
    for (std::size_t i = 0; i != dim_count; ++i) n += dims[i].size;
    return n;
  }

  AISCALE_HOST_DEVICE constexpr void fail(build_error e) {
    if (error == build_error::none) error = e;
  }

  AISCALE_HOST_DEVICE constexpr void add_term(char_view name, detail::exponent e, bool spaced) {
    for (std::size_t i = 0; i != term_count; ++i) {
      if (term_text(i) == name && terms[i].spaced == spaced) {
        const exponent sum = add({terms[i].num, terms[i].den}, e);
        if (sum.num == 0) {
          for (std::size_t j = i; j + 1 < term_count; ++j) terms[j] = terms[j + 1];
          --term_count;
        } else {
          terms[i].num = sum.num;
          terms[i].den = sum.den;
        }
        return;
      }
    }
    if (e.num == 0) return;
    if (term_count == wide_terms || text_size + name.size() > wide_text) return fail(build_error::too_large);
    terms[term_count++] = {static_cast<std::uint16_t>(text_size), static_cast<std::uint16_t>(name.size()), e.num, e.den,
                           spaced};
    for (const char c : name) text[text_size++] = c;
  }

  // Dimensions are kept sorted by name and compared by the whole name (dimension.hpp).
  AISCALE_HOST_DEVICE constexpr void add_dim(char_view name, detail::exponent e) {
    std::size_t i = 0;
    while (i != dim_count && name_less(dim_name(i), name)) ++i;
    if (i != dim_count && dim_name(i) == name) {
      const exponent sum = add({dims[i].num, dims[i].den}, e);
      if (sum.num == 0) {
        for (std::size_t j = i; j + 1 < dim_count; ++j) dims[j] = dims[j + 1];
        --dim_count;
      } else {
        dims[i].num = sum.num;
        dims[i].den = sum.den;
      }
      return;
    }
    if (e.num == 0) return;
    if (dim_count == wide_dims || names_size + name.size() > wide_names) return fail(build_error::too_large);
    for (std::size_t j = dim_count; j > i; --j) dims[j] = dims[j - 1];
    dims[i] = {static_cast<std::uint16_t>(names_size), static_cast<std::uint16_t>(name.size()), e.num, e.den};
    for (const char c : name) names[names_size++] = c;
    ++dim_count;
  }

  // The dimensions of a finished definition, whose names are compact and sorted: copied as they are.
  template <class Def>
  AISCALE_HOST_DEVICE constexpr void copy_dims(const Def& d) {
    for (const char c : d.names.view()) names[names_size++] = c;
    for (std::size_t i = 0; i != Def::dim_count; ++i)
      dims[i] = {d.dims[i].begin, d.dims[i].size, d.dims[i].num, d.dims[i].den};
    dim_count = Def::dim_count;
  }

  AISCALE_HOST_DEVICE constexpr void multiply_magnitude(const magnitude& m) {
    const magnitude_result r = mag * m;
    if (r.ok)
      mag = r.value;
    else
      fail(build_error::magnitude_overflow);
  }
};

// A finished definition already holds distinct terms over compact text and sorted dimensions (shrink
// wrote it), so it is copied as it is, without add_term's search for a repeated name.
template <class Def>
AISCALE_HOST_DEVICE constexpr wide_def widen(const Def& d) {
  wide_def w;
  const char_view text = d.text.view();
  for (const char c : text) w.text[w.text_size++] = c;
  for (std::size_t i = 0; i != Def::term_count; ++i)
    w.terms[i] = {d.terms[i].begin, d.terms[i].size, d.terms[i].num, d.terms[i].den, d.terms[i].spaced};
  w.term_count = Def::term_count;
  w.copy_dims(d);
  w.mag = d.mag;
  return w;
}

template <std::size_t TextN, std::size_t TermN, std::size_t DimN, std::size_t NameN>
AISCALE_HOST_DEVICE constexpr auto shrink(const wide_def& w) {
  unit_def<TextN, TermN, DimN, NameN> d{};
  std::size_t at = 0;
  for (std::size_t i = 0; i != TermN; ++i) {
    const char_view name = w.term_text(i);
    d.terms[i] = {static_cast<std::uint16_t>(at), static_cast<std::uint16_t>(name.size()), w.terms[i].num,
                  w.terms[i].den, w.terms[i].spaced};
    for (const char c : name) d.text.data_[at++] = c;
  }
  at = 0;
  for (std::size_t i = 0; i != DimN; ++i) {
    const char_view name = w.dim_name(i);
    d.dims[i] = {static_cast<std::uint16_t>(at), static_cast<std::uint16_t>(name.size()), w.dims[i].num, w.dims[i].den};
    for (const char c : name) d.names.data_[at++] = c;
  }
  d.mag = w.mag;
  return d;
}

// Fails compilation with a message that says which limit a unit expression hit.
template <build_error E>
AISCALE_HOST_DEVICE constexpr void check_build() {
  static_assert(E != build_error::magnitude_overflow,
                "aiscale: this unit's scale factor does not fit the exact representation (a 64-bit rational "
                "times powers of 2 and 5); use a smaller prefix or a floating-point factor in the value");
  static_assert(E != build_error::inexact_root,
                "aiscale: the root of this unit's scale factor is not exact (e.g. sqrt(10)); take the root "
                "of a unit whose factor is a perfect power");
  static_assert(E != build_error::too_large, "aiscale: this unit expression has too many factors");
  static_assert(E != build_error::not_a_single_name,
                "aiscale: prefixes apply to one named unit: write kilo(W) / gpu, not kilo(W / gpu)");
}

// Writes v in decimal at out; returns the number of characters.
AISCALE_HOST_DEVICE constexpr std::size_t put_decimal(char* out, std::uint64_t v) {
  char digits[24]{};
  std::size_t n = 0;
  do digits[n++] = static_cast<char>('0' + v % 10);
  while ((v /= 10) != 0);
  for (std::size_t i = 0; i != n; ++i) out[i] = digits[n - 1 - i];
  return n;
}

// Writes the symbol of a unit: numerator factors joined by a middle dot (a scale word by a space),
// then "/" and the denominator, parenthesised when it has several factors: "USD/(GPU·h)".
// Every unit renders its symbol when it is created, and rendering was the largest part of clang's
// compile time for unit algebra, so it reads the finished definition (no wide_def copy) and runs
// twice, once counting (out == nullptr) and once writing straight into the symbol's storage, with
// no scratch buffer to fill and copy (benchmarks/README.md, compile time).
struct symbol_writer {
  char* out;
  std::size_t size = 0;

  AISCALE_HOST_DEVICE constexpr void put(char_view s) {
    if (out != nullptr)
      for (const char c : s) out[size++] = c;
    else
      size += s.size();
  }
  AISCALE_HOST_DEVICE constexpr void put_int(std::int32_t v) {
    if (v < 0) put("-");
    char digits[24]{};
    put(char_view(digits, put_decimal(digits, static_cast<std::uint64_t>(v < 0 ? -static_cast<std::int64_t>(v) : v))));
  }
  AISCALE_HOST_DEVICE constexpr void put_exponent(std::int32_t num, std::int32_t den) {
    if (num == 1 && den == 1) return;
    put("^");
    if (den == 1) return put_int(num);
    put("(");
    put_int(num);
    put("/");
    put_int(den);
    put(")");
  }
};

template <class Def>
AISCALE_HOST_DEVICE constexpr std::size_t write_symbol(const Def& d, char* out) {
  symbol_writer b{out};
  const char_view text = d.text.view();
  std::size_t positives = 0, negatives = 0;
  for (std::size_t i = 0; i != Def::term_count; ++i) (d.terms[i].num > 0 ? positives : negatives) += 1;
  bool after_spaced = false, first = true;
  for (std::size_t i = 0; i != Def::term_count; ++i) {
    if (d.terms[i].num < 0) continue;
    if (!first) b.put(after_spaced ? char_view(" ") : char_view("\u00b7"));
    b.put(text.substr(d.terms[i].begin, d.terms[i].size));
    b.put_exponent(d.terms[i].num, d.terms[i].den);
    after_spaced = d.terms[i].spaced;
    first = false;
  }
  if (negatives == 0) return b.size;
  if (positives == 0) b.put("1");
  b.put(negatives > 1 ? char_view("/(") : char_view("/"));
  first = true;
  for (std::size_t i = 0; i != Def::term_count; ++i) {
    if (d.terms[i].num > 0) continue;
    if (!first) b.put("\u00b7");
    b.put(text.substr(d.terms[i].begin, d.terms[i].size));
    b.put_exponent(-d.terms[i].num, d.terms[i].den);
    first = false;
  }
  if (negatives > 1) b.put(")");
  return b.size;
}

// A unit of one name to the first power (W, kW, GPU, million, NVL72: most units) is its own
// symbol: its definition's text holds exactly that name, so nothing is rendered.
// Deduced through a function parameter, not decltype(Def): nvcc gives decltype of a template
// parameter object a reference type.
template <class D>
AISCALE_HOST_DEVICE constexpr bool is_single_name(const D& d) {
  return D::term_count == 1 && d.terms[0].num == 1 && d.terms[0].den == 1;
}

// The unit a definition class C (derived_def, renamed_def, prefixed_def, base_unit_type,
// number_unit_type) builds: unit<its symbol, its def>. A single name is its definition's own text,
// which costs clang far less than copying it; other symbols are rendered (write_symbol).
// The definition is reached through the class, a type, never passed on as a value template argument
// of a helper: each instantiation over a unit_def value costs clang a profile and a mangling of the
// whole value (benchmarks/README.md, 2026-11-29). It also suits nvcc, whose host-code generator
// cannot spell a member of a value template parameter (Def.text), or a type deduced from one, with
// that template's own parameters; C::def.text it spells by the class's name.
template <class C>
AISCALE_HOST_DEVICE constexpr auto unit_symbol() {
  if constexpr (is_single_name(C::def)) {
    return C::def.text;
  } else {
    fixed_string<write_symbol(C::def, nullptr)> s{};
    write_symbol(C::def, s.data_);
    return s;
  }
}
template <class C>
using unit_from = unit<unit_symbol<C>(), C::def>;

// The members of a class that builds a unit's definition: the wide_def, the check of its limits and
// the definition shrunk to its exact size. Built as class members, not by a function's local
// constants: nvcc's device compiler crashes on variable templates initialised by such a function, and
// on classes deriving from a unit so defined.
#define AISCALE_DETAIL_DEF_FROM(wide_expr)                             \
  static constexpr ::aiscale::detail::wide_def wide = (wide_expr);     \
  static_assert((::aiscale::detail::check_build<wide.error>(), true)); \
  static constexpr auto def =                                          \
      ::aiscale::detail::shrink<wide.live_text_size(), wide.term_count, wide.dim_count, wide.live_names_size()>(wide)

// Adds the factors of a finished definition raised to num/den to w: the terms, the dimensions and
// the scale factor (an inexact root or an overflow is recorded in w.error).
template <class Def>
AISCALE_HOST_DEVICE constexpr void accumulate(wide_def& w, const Def& d, std::int32_t num, std::int32_t den) {
  const char_view text = d.text.view();
  for (std::size_t i = 0; i != Def::term_count; ++i) {
    const unit_term& t = d.terms[i];
    w.add_term(text.substr(t.begin, t.size), mul({t.num, t.den}, num, den), t.spaced);
  }
  for (std::size_t i = 0; i != Def::dim_count; ++i)
    w.add_dim(d.dim_name(i), mul({d.dims[i].num, d.dims[i].den}, num, den));
  const magnitude_result p = pow(d.mag, num);
  const magnitude_result q = p.ok ? root(p.value, den) : p;
  if (!p.ok)
    w.fail(build_error::magnitude_overflow);
  else if (!q.ok)
    w.fail(build_error::inexact_root);
  else
    w.multiply_magnitude(q.value);
}

// The dimension factors of one finished definition into another of the same dimension count.
template <class To, class From>
AISCALE_HOST_DEVICE constexpr void copy_dims(To& to, const From& from) {
  for (std::size_t i = 0; i != std::extent_v<decltype(From::dims)>; ++i) to.dims[i] = from.dims[i];
}

// The same dimension and magnitude under a single new name. A finished definition's dimensions and
// names are compact and sorted, so the new definition takes them whole (one step of constant
// evaluation each) instead of copying them name by name through a wide_def and shrinking it: the
// value is the one that path gave, in a fraction of the compile time (benchmarks/README.md).
template <std::size_t TextN, std::size_t TermN, std::size_t DimN, std::size_t NameN, std::size_t N>
AISCALE_HOST_DEVICE constexpr unit_def<N, 1, DimN, NameN> renamed(const unit_def<TextN, TermN, DimN, NameN>& a,
                                                                  const fixed_string<N>& name, bool spaced) {
  unit_def<N, 1, DimN, NameN> d{name, {{0, static_cast<std::uint16_t>(N), 1, 1, spaced}}, {}, a.mag, a.names};
  copy_dims(d, a);
  return d;
}

// A named unit scaled by a prefix's factor under prefix + its single name: "k" + "W". A single name
// is the whole of its definition's text. An error (not a single name, an overflowing factor) is
// reported by prefixed_error, and the definition is then the unit's own, as before.
template <class Def>
AISCALE_HOST_DEVICE constexpr build_error prefixed_error(const Def& a, const magnitude& factor) {
  if (!is_single_name(a)) return build_error::not_a_single_name;
  return (a.mag * factor).ok ? build_error::none : build_error::magnitude_overflow;
}
template <std::size_t TextN, std::size_t TermN, std::size_t DimN, std::size_t NameN, std::size_t N>
AISCALE_HOST_DEVICE constexpr unit_def<N + TextN, 1, DimN, NameN> prefixed(const unit_def<TextN, TermN, DimN, NameN>& a,
                                                                           const fixed_string<N>& prefix,
                                                                           const magnitude& factor) {
  const magnitude_result m = a.mag * factor;
  unit_def<N + TextN, 1, DimN, NameN> d{
      prefix + a.text, {{0, static_cast<std::uint16_t>(N + TextN), 1, 1, false}}, {}, m.ok ? m.value : a.mag, a.names};
  copy_dims(d, a);
  return d;
}

template <class DefA, class DefB>
AISCALE_HOST_DEVICE constexpr bool same_dims(const DefA& a, const DefB& b) {
  if constexpr (DefA::dim_count != DefB::dim_count) {
    return false;
  } else {
    for (std::size_t i = 0; i != DefA::dim_count; ++i)
      if (a.dims[i].num != b.dims[i].num || a.dims[i].den != b.dims[i].den || !(a.dim_name(i) == b.dim_name(i)))
        return false;
    return true;
  }
}

}  // namespace detail

// Whether two units measure the same kind of thing (W and GW yes; W and J, USD and EUR no).
// Compared on the finished definitions, whose dimensions are sorted: no wide_def copies.
template <unit_type A, unit_type B>
inline constexpr bool same_dimension_v = detail::same_dims(A::def, B::def);

// The exact factor from unit A to unit B: 1 A = factor B.
template <unit_type A, unit_type B>
inline constexpr magnitude conversion_factor_v = (A::def.mag / B::def.mag).value;

// The dimensionless unit 1, a class of its own so that a compiler prints it as aiscale::one.
inline constexpr struct one final : unit<fixed_string<0>{}, unit_def<0, 0, 0, 0>{}> {
} one{};

// --- derived units: products, quotients and powers as types over named units -------------------
//
// W / gpu is derived_unit<W, per<GPU>>: a type that compilers print by its factors' names. Each
// product has ONE form, so W / gpu * gpu is the type W again and W * h and h * W are one type: the
// factors are sorted (scale words and numbers first, then by symbol, bytewise) and equal ones
// combined by constexpr functions over values (detail::canonical), and the factor types are then
// picked out of the operands' packs by index, not sorted by type recursion (compile time). A derived
// unit's definition (symbol, dimensions, scale factor) is the value algebra above over its factors'.

// A factor of a derived unit: U^-1 (per<GPU>), and U^(Num/Den) for any other exponent.
template <class U>
struct per {};
template <class U, std::int32_t Num, std::int32_t Den = 1>
struct power {};

template <class... Factors>
struct derived_unit;

namespace detail {

// One factor with its exponent, as the algebra sees it.
template <class U, std::int32_t Num, std::int32_t Den>
struct factor {};
template <class... Factors>
struct factor_list {};

// A derived unit's factor spelled as in its type (W, per<GPU>, power<s, 2>) and back.
template <class F>
struct factor_parts {
  using unit = F;
  static constexpr exponent e{1, 1};
};
template <class U>
struct factor_parts<per<U>> {
  using unit = U;
  static constexpr exponent e{-1, 1};
};
template <class U, std::int32_t Num, std::int32_t Den>
struct factor_parts<power<U, Num, Den>> {
  using unit = U;
  static constexpr exponent e{Num, Den};
};
template <class U, std::int32_t Num, std::int32_t Den>
struct factor_spelling {
  using type = power<U, Num, Den>;
};
template <class U>
struct factor_spelling<U, 1, 1> {
  using type = U;
};
template <class U>
struct factor_spelling<U, -1, 1> {
  using type = per<U>;
};

// The factors of a unit raised to Num/Den: a named unit is one factor, a derived unit its own.
template <class U, std::int32_t Num, std::int32_t Den>
struct factors_of {
  using type = factor_list<factor<U, reduce(Num, Den).num, reduce(Num, Den).den>>;
};
template <class... Fs, std::int32_t Num, std::int32_t Den>
struct factors_of<derived_unit<Fs...>, Num, Den> {
  using type = factor_list<factor<typename factor_parts<Fs>::unit, mul(factor_parts<Fs>::e, Num, Den).num,
                                  mul(factor_parts<Fs>::e, Num, Den).den>...>;
};

template <class A, class B>
struct concat_factors;
template <class... As, class... Bs>
struct concat_factors<factor_list<As...>, factor_list<Bs...>> {
  using type = factor_list<As..., Bs...>;
};

// The I-th type of a pack, by overload resolution over indexed bases: one instantiation per
// pick, no recursion (g++ 12 has no __type_pack_element).
template <std::size_t I, class T>
struct indexed_type {
  using type = T;
};
template <class Seq, class... Ts>
struct indexed_types;
template <std::size_t... Is, class... Ts>
struct indexed_types<std::index_sequence<Is...>, Ts...> : indexed_type<Is, Ts>... {};
template <std::size_t I, class T>
indexed_type<I, T> pick_indexed(const indexed_type<I, T>&);
template <std::size_t I, class... Ts>
using type_at = typename decltype(pick_indexed<I>(indexed_types<std::index_sequence_for<Ts...>, Ts...>{}))::type;

// The position of the first T in Ts: equal factors are recognised by type.
template <class T, class... Ts>
AISCALE_HOST_DEVICE constexpr std::size_t first_index_of() {
  constexpr bool same[] = {std::is_same_v<T, Ts>...};
  std::size_t i = 0;
  while (!same[i]) ++i;
  return i;
}

// Where a factor goes in the canonical order: positive exponents first (derived_unit<W, per<GPU>>),
// scale words and numbers first ("million USD"), then by symbol, bytewise, then (two different
// units of one symbol) by position.
template <class U>
AISCALE_HOST_DEVICE constexpr bool spaced_unit() {
  return U::def.term_count == 1 && U::def.terms[0].spaced;
}
// The unit one (no factor, no dimension, factor 1): dropped from products.
template <class U>
AISCALE_HOST_DEVICE constexpr bool is_one_unit() {
  return U::def.term_count == 0 && U::def.dim_count == 0 && U::def.mag == magnitude{};
}
struct factor_key {
  char_view symbol;
  bool spaced = false;
  std::size_t index = 0;
  bool negative = false;
};
AISCALE_HOST_DEVICE constexpr bool goes_before(const factor_key& a, const factor_key& b) {
  if (a.negative != b.negative) return b.negative;
  if (a.spaced != b.spaced) return a.spaced;
  if (name_less(a.symbol, b.symbol)) return true;
  if (name_less(b.symbol, a.symbol)) return false;
  return a.index < b.index;
}

// The canonical factors of a product: which operand factor (index) with which exponent, in order.
template <std::size_t N>
struct factor_plan {
  std::size_t count = 0;
  std::size_t index[N]{};
  exponent e[N]{};
};

template <class List>
struct canonical;
template <class... Us, std::int32_t... Nums, std::int32_t... Dens>
struct canonical<factor_list<factor<Us, Nums, Dens>...>> {
  static constexpr std::size_t n = sizeof...(Us);

  static constexpr factor_plan<n> plan() {
    const std::size_t first[n] = {first_index_of<Us, Us...>()...};
    const exponent given[n] = {exponent{Nums, Dens}...};
    const factor_key keys[n] = {factor_key{char_view(Us::symbol), spaced_unit<Us>(), 0}...};
    // The unit one (no factor, no dimension) is dropped.
    const bool is_one[n] = {is_one_unit<Us>()...};
    exponent total[n]{};
    for (std::size_t i = 0; i != n; ++i) total[first[i]] = add(total[first[i]], given[i]);
    factor_plan<n> r;
    for (std::size_t i = 0; i != n; ++i) {
      if (first[i] != i || total[i].num == 0 || is_one[i]) continue;
      factor_key k = keys[i];
      k.index = i;
      k.negative = total[i].num < 0;
      std::size_t at = r.count++;
      for (; at > 0; --at) {
        factor_key before = keys[r.index[at - 1]];
        before.index = r.index[at - 1];
        before.negative = r.e[at - 1].num < 0;
        if (goes_before(before, k)) break;
        r.index[at] = r.index[at - 1];
        r.e[at] = r.e[at - 1];
      }
      r.index[at] = i;
      r.e[at] = total[i];
    }
    return r;
  }
  static constexpr factor_plan<n> p = plan();

  template <std::size_t... Is>
  static derived_unit<typename factor_spelling<type_at<p.index[Is], Us...>, p.e[Is].num, p.e[Is].den>::type...> pick(
      std::index_sequence<Is...>);

  static auto result() {
    if constexpr (p.count == 0)
      return one;
    else if constexpr (p.count == 1 && p.e[0].num == 1 && p.e[0].den == 1)
      return type_at<p.index[0], Us...>{};
    else
      return decltype(pick(std::make_index_sequence<p.count>{})){};
  }
  using type = std::remove_cvref_t<decltype(result())>;
};

template <class U>
inline constexpr bool is_derived_unit_v = false;
template <class... Fs>
inline constexpr bool is_derived_unit_v<derived_unit<Fs...>> = true;

// A product of two units in canonical form. The common case, two different named units (W / gpu,
// W * h, usd / kWh), is the two factors in the order one comparison of their keys gives: the same
// type canonical's plan would pick, without its pack machinery (factor lists, the plan, the indexed
// pick), which was half of what a derived unit cost to compile (benchmarks/README.md, 2026-11-29).
template <class A, std::int32_t NumA, class B, std::int32_t NumB,
          bool Pair = !is_derived_unit_v<A> && !is_derived_unit_v<B> && !std::is_same_v<A, B> && !is_one_unit<A>() &&
                      !is_one_unit<B>()>
struct product {
  using type = typename canonical<typename concat_factors<typename factors_of<A, NumA, 1>::type,
                                                          typename factors_of<B, NumB, 1>::type>::type>::type;
};
template <class A, std::int32_t NumA, class B, std::int32_t NumB>
struct product<A, NumA, B, NumB, true> {
  using type = std::conditional_t<
      goes_before(factor_key{char_view(A::symbol), spaced_unit<A>(), 0, NumA < 0},
                  factor_key{char_view(B::symbol), spaced_unit<B>(), 1, NumB < 0}),
      derived_unit<typename factor_spelling<A, NumA, 1>::type, typename factor_spelling<B, NumB, 1>::type>,
      derived_unit<typename factor_spelling<B, NumB, 1>::type, typename factor_spelling<A, NumA, 1>::type>>;
};
template <class A, std::int32_t NumA, class B, std::int32_t NumB>
using product_t = typename product<A, NumA, B, NumB>::type;

// The definition of a derived unit, built from its factors' definitions.
template <class... Fs>
struct derived_def {
  static constexpr wide_def build() {
    wide_def w;
    (accumulate(w, factor_parts<Fs>::unit::def, factor_parts<Fs>::e.num, factor_parts<Fs>::e.den), ...);
    return w;
  }
  AISCALE_DETAIL_DEF_FROM(build());
};

}  // namespace detail

// A product of named units in canonical form: W / gpu is derived_unit<W, per<GPU>>, W * h * h
// derived_unit<W, power<h, 2>>. Built by *, / and pow, never written by hand.
template <class... Factors>
struct derived_unit : detail::unit_from<detail::derived_def<Factors...>> {};

// The unit parameters are deduced as whole types (U1, U2), not as unit<S, D>: nvcc 13 cannot deduce
// a class-type template argument such as fixed_string from a function parameter. The result type is
// deduced from the body: clang 14 substitutes a declared return type before checking the
// constraints (1.0 * usd would build a product of double and usd).
template <unit_type U1, unit_type U2>
AISCALE_HOST_DEVICE constexpr auto operator*(U1, U2) {
  return detail::product_t<U1, 1, U2, 1>{};
}

template <unit_type U1, unit_type U2>
AISCALE_HOST_DEVICE constexpr auto operator/(U1, U2) {
  return detail::product_t<U1, 1, U2, -1>{};
}

// pow<2>(m), pow<-1>(s), pow<1, 2>(...) for an exact root.
template <std::int32_t Num, std::int32_t Den = 1, unit_type U>
AISCALE_HOST_DEVICE constexpr auto pow(U) {
  static_assert(Den > 0, "aiscale: pow<Num, Den> needs a positive denominator");
  return typename detail::canonical<typename detail::factors_of<U, Num, Den>::type>::type{};
}

namespace detail {
// A unit's definition under a single new name, built as a class member: nvcc 13 crashes on a class
// that derives from a unit whose definition was a function's local constant (struct minute final :
// decltype(named<"min">(...)) multiplied by a number).
template <fixed_string Name, bool Spaced, class U>
struct renamed_def {
  static_assert((check_build<(Name.size() > wide_text ? build_error::too_large : build_error::none)>(), true));
  static constexpr auto def = renamed(U::def, Name, Spaced);
};
}  // namespace detail

// A new name for an existing unit: named<"NVL72">(mag<72> * gpu), named<"Wh">(W * h). The library
// declares its named units as classes of their own deriving from one (struct Wh final :
// decltype(named<"Wh">(W * h)) {}), which compilers print by name.
template <fixed_string Name, unit_type U>
AISCALE_HOST_DEVICE constexpr auto named(U) {
  return detail::unit_from<detail::renamed_def<Name, false, U>>{};
}

// A dimensionless scale word written before a unit with a space: "million", "billion".
template <fixed_string Name, unit_type U>
AISCALE_HOST_DEVICE constexpr auto scale_word(U) {
  return detail::unit_from<detail::renamed_def<Name, true, U>>{};
}

namespace detail {
// A base unit: its symbol to the first power, its dimension's name to the first power, factor 1.
// Written whole, without a wide_def (compile time).
template <std::size_t D, std::size_t S>
AISCALE_HOST_DEVICE constexpr unit_def<S, 1, 1, D> base_def(const fixed_string<D>& dimension_name,
                                                            const fixed_string<S>& symbol) {
  return {symbol,
          {{0, static_cast<std::uint16_t>(S), 1, 1, false}},
          {{0, static_cast<std::uint16_t>(D), 1, 1}},
          {},
          dimension_name};
}

// A dimensionless unit named by its number: "72", "(1/3)".
AISCALE_HOST_DEVICE constexpr wide_def number_def(std::uint64_t num, std::uint64_t den) {
  wide_def w;
  char buf[48]{};
  std::size_t n = 0;
  if (den != 1) buf[n++] = '(';
  n += put_decimal(buf + n, num);
  if (den != 1) {
    buf[n++] = '/';
    n += put_decimal(buf + n, den);
    buf[n++] = ')';
  }
  w.add_term(char_view(buf, n), {1, 1}, true);
  w.mag = make_magnitude(num, den).value;
  return w;
}

// Base units and numbers are built as class members, not through AISCALE_DETAIL_FINISH_UNIT: nvcc's
// device compiler crashes on variable templates initialised by such a function.
template <std::uint64_t Num, std::uint64_t Den>
struct number_unit_type {
  static_assert(Num > 0 && Den > 0, "aiscale: mag<N> needs a positive number");
  AISCALE_DETAIL_DEF_FROM(number_def(Num, Den));
};
template <fixed_string Dim, fixed_string Symbol>
struct base_unit_type {
  static_assert((check_build<(Dim.size() > wide_names || Symbol.size() > wide_text ? build_error::too_large
                                                                                   : build_error::none)>(),
                 true));
  static constexpr auto def = base_def(Dim, Symbol);
};
}  // namespace detail

// A new base dimension and its unit, in one line of user code:
//   inline constexpr auto token = aiscale::base_unit<"token", "tok">;
template <fixed_string Dimension, fixed_string Symbol = Dimension>
inline constexpr detail::unit_from<detail::base_unit_type<Dimension, Symbol>> base_unit{};
// The type of that unit. Code compiled by nvcc defines its base units with it,
//   inline constexpr aiscale::base_unit_t<"token", "tok"> token{};
// because nvcc's host-code generator spells a copy of a variable template's value with the template's
// own parameters, which the host compiler then cannot resolve (docs/portability.md).
template <fixed_string Dimension, fixed_string Symbol = Dimension>
using base_unit_t = detail::unit_from<detail::base_unit_type<Dimension, Symbol>>;

// A pure number as a unit, printed as number_unit<72, 1>: mag<72> * gpu is a unit 72 times a GPU;
// mag<1, 3> is a third.
template <std::uint64_t Num, std::uint64_t Den>
struct number_unit final : detail::unit_from<detail::number_unit_type<Num, Den>> {};
template <std::uint64_t Num, std::uint64_t Den = 1>
inline constexpr number_unit<Num, Den> mag{};

namespace detail {
template <class Prefix, class U>
struct prefixed_def {
  static_assert((check_build<prefixed_error(U::def, Prefix::factor)>(), true));
  static constexpr auto def = prefixed(U::def, Prefix::symbol, Prefix::factor);
};
}  // namespace detail

// A named unit under a prefix: tera(flop_of(bf16)) is prefixed_unit<tera, flop_unit<bf16>>, "TFLOP(BF16)".
// (The library's own prefixed units, kW, GW, TWh, are classes of their own deriving from one.)
template <class Prefix, class U>
struct prefixed_unit : detail::unit_from<detail::prefixed_def<Prefix, U>> {};

// A prefix scales one named unit and prepends its symbol: kilo(W) is "kW", equal to 1000 W.
// Self, when given, is the prefix's own class (the library's prefixes are `struct kilo`), so that
// kilo(x) prints as prefixed_unit<kilo, x>.
template <fixed_string Symbol, magnitude Factor, class Self = void>
struct prefix {
  static constexpr auto symbol = Symbol;
  static constexpr magnitude factor = Factor;
  template <unit_type U>
  AISCALE_HOST_DEVICE constexpr auto operator()(U) const {
    return prefixed_unit<std::conditional_t<std::is_void_v<Self>, prefix, Self>, U>{};
  }
};

}  // namespace aiscale
