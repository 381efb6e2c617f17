// quantity<unit, Rep>: a number and its unit. One Rep member and nothing else, so a
// quantity<W, double> is a double to the machine; every check happens in the type system.
#pragma once

#include <compare>
#include <concepts>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "aiscale/core/checked.hpp"
#include "aiscale/core/config.hpp"
#include "aiscale/core/failure.hpp"
#include "aiscale/core/magnitude.hpp"
#include "aiscale/core/refusal.hpp"
#include "aiscale/core/unit.hpp"

namespace aiscale {

// The number types a quantity can hold: the arithmetic types but bool.
template <class T>
concept scalar = std::is_arithmetic_v<T> && !std::is_same_v<std::remove_cv_t<T>, bool>;

// A quantity's type: its unit as a type (aiscale::W, derived_unit<W, per<GPU>>), so that every
// compiler prints it by name in an error message (benchmarks/README.md, "Printed type names").
template <class U, scalar Rep = double>
class basic_quantity;

// The type of a unit object: unit_t<aiscale::W> is the class aiscale::W.
template <auto U>
using unit_t = std::remove_cvref_t<decltype(U)>;

// The spelling users write: quantity<aiscale::W, int> names the unit by its object. (clang keeps
// the alias in some messages: 'basic_quantity<unit_t<aiscale::W{}>, [...]>'.)
template <auto U, scalar Rep = double>
using quantity = basic_quantity<unit_t<U>, Rep>;

template <class T>
inline constexpr bool is_quantity_v = false;
template <class U, class R>
inline constexpr bool is_quantity_v<basic_quantity<U, R>> = true;
template <class T>
concept quantity_type = is_quantity_v<std::remove_cvref_t<T>>;

// Customisation point: specialise for a type from another library (std::chrono::duration is one)
// with `static constexpr auto unit`, `using rep`, `to_number(T)` and `from_number(rep)`, and it
// converts to and from quantities of that unit's dimension.
template <class T>
struct quantity_like_traits;

template <class T>
concept quantity_like = requires(const T& t) {
  quantity_like_traits<T>::unit;
  { quantity_like_traits<T>::to_number(t) } -> scalar;
};

// Whether two unit objects measure the same thing (W and kW, not W and Wh): the constraint of
// every operation that combines two quantities (+, -, ==, <=>, +=, conversion, min, max, approx),
// public so that user code can constrain its own templates the same way.
template <auto U1, auto U2>
concept same_dimension_as = same_dimension_v<unit_t<U1>, unit_t<U2>>;

namespace detail {

// An integer conversion must not overflow for any value up to this size ("ordinary values"):
// int GW to W overflows at 3 GW, so it is refused; int MW to W is fine up to 2147 MW.
inline constexpr std::uint64_t ordinary_value_limit = 1000;

// Whether an operation mixes a signed and an unsigned integer number type: C++ would convert the
// signed one, so that -1 compares greater than 1u.
template <class R1, class R2>
inline constexpr bool mixes_signedness_v = [] {
  if constexpr (std::is_integral_v<R1> && std::is_integral_v<R2>)
    return std::is_signed_v<R1> != std::is_signed_v<R2>;
  else
    return false;
}();

// Refuses arithmetic and comparisons between signed and unsigned integer quantities; returns
// whether they are allowed, so that a caller can skip the checks that would repeat the refusal.
template <class R1, class R2>
AISCALE_HOT constexpr bool check_same_signedness() {
  static_assert(!mixes_signedness_v<R1, R2>,
                "aiscale: this mixes a signed and an unsigned integer number type, where C++ would turn -1 into "
                "a huge number; give both quantities the same signedness (2u, not 2, with unsigned ones) or "
                "convert one with .coerce_in<R>(unit) (docs/troubleshooting.md#signed-and-unsigned)");
  return !mixes_signedness_v<R1, R2>;
}

// Arithmetic = true: the conversion of an operand of + - == <, where mixed signedness has its own
// message (check_same_signedness) and is not reported again as a narrowing.
template <class FromU, class FromRep, class ToU, class ToRep, bool Arithmetic = false>
AISCALE_HOT constexpr void check_integer_conversion() {
  if constexpr (std::is_integral_v<ToRep>) {
    constexpr magnitude f = conversion_factor_v<FromU, ToU>;
    static_assert(std::is_integral_v<FromRep>,
                  "aiscale: converting a floating-point quantity to an integer-valued one would truncate; "
                  "write .in<double>(unit) to keep a floating-point value, or .coerce_in(unit) to truncate on "
                  "purpose (docs/troubleshooting.md#integer-conversions)");
    if constexpr (std::is_integral_v<FromRep>) {
      static_assert(holds_all_values_v<ToRep, FromRep> || (Arithmetic && mixes_signedness_v<FromRep, ToRep>),
                    "aiscale: this conversion changes the number type to one that cannot hold every value of the "
                    "old one (long long to int, signed to unsigned or back); convert with .coerce_in<R>(unit), "
                    "which stops at run time on a value that does not fit "
                    "(docs/troubleshooting.md#narrowing-number-types)");
      // The first error line names both units (core/refusal.hpp, refused_conversion).
      if constexpr (!is_integer(f)) {
#if defined(__clang__)
        static_assert(refused_conversion<integer_conversion_would_truncate<FromU, ToU>>,
                      AISCALE_DETAIL_TRUNCATE_START "; " AISCALE_DETAIL_TRUNCATE_HINT);
#else
        refused_truncation<FromU, ToU>();
#endif
      }
      if constexpr (is_integer(f)) {
        constexpr integer_result factor = integer_value(f);
        static_assert(factor.ok && factor.value <= static_cast<std::uint64_t>(std::numeric_limits<ToRep>::max()) /
                                                       ordinary_value_limit,
                      "aiscale: this conversion of an integer-valued quantity overflows for ordinary values "
                      "(int GW to W overflows at 3 GW); use a wider integer (long long), a floating-point "
                      "value with .in<double>(unit), or .coerce_in(unit) to accept the risk "
                      "(docs/troubleshooting.md#integer-conversions)");
      }
    }
  }
}

// The factor as numerator / denominator integers, for exact integer conversion.
struct integer_ratio {
  std::uint64_t num = 1;
  std::uint64_t den = 1;
  bool ok = true;
};
AISCALE_HOST_DEVICE constexpr integer_ratio split(const magnitude& m) {
  const integer_result n = integer_value({m.num, 1, m.exp2 > 0 ? m.exp2 : 0, m.exp5 > 0 ? m.exp5 : 0});
  const integer_result d = integer_value({m.den, 1, m.exp2 < 0 ? -m.exp2 : 0, m.exp5 < 0 ? -m.exp5 : 0});
  return {n.value, d.value, n.ok && d.ok};
}

// The numbers a floating-point conversion multiplies or divides by. Variable templates, not locals
// of convert_value: a debug build would store each local at every call (benchmarks/README.md).
// Multiplying by an integer factor or dividing by an integer divisor is correctly rounded, where
// multiplying by a rounded 1e-9 would not be.
template <class C, class FromU, class ToU>
AISCALE_HOST_DEVICE constexpr C floating_factor() {
  constexpr magnitude factor = conversion_factor_v<FromU, ToU>;
  if constexpr (integer_value(factor).ok)
    return static_cast<C>(integer_value(factor).value);
  else
    return fits_floating<C>(factor) ? value_of<C>(factor) : C{1};
}
// A function, not a lambda in the variable template: g++ -Wshadow compares a lambda's locals with the
// user's globals at instantiation (a global named f broke -Werror builds).
template <class C, class FromU, class ToU>
inline constexpr C floating_factor_v = floating_factor<C, FromU, ToU>();
template <class C, class FromU, class ToU>
inline constexpr C floating_divisor_v = static_cast<C>(integer_value(inverse(conversion_factor_v<FromU, ToU>)).value);

// The facts convert_value branches on, as scalar variable templates: nvcc refuses device code
// that reads a namespace-scope constant of class type (a magnitude), even in `if constexpr`.
template <class FromU, class ToU>
inline constexpr bool is_identity_v = conversion_factor_v<FromU, ToU> == magnitude{};
template <class FromU, class ToU>
inline constexpr bool divides_by_integer_v =
    !integer_value(conversion_factor_v<FromU, ToU>).ok && integer_value(inverse(conversion_factor_v<FromU, ToU>)).ok;
template <class C, class FromU, class ToU>
inline constexpr bool fits_floating_v = fits_floating<C>(conversion_factor_v<FromU, ToU>);
template <class FromU, class ToU>
inline constexpr integer_ratio integer_factor_v = split(conversion_factor_v<FromU, ToU>);
template <class FromU, class ToU>
inline constexpr bool integer_factor_ok_v = integer_factor_v<FromU, ToU>.ok;
template <class FromU, class ToU>
inline constexpr std::uint64_t integer_num_v = integer_factor_v<FromU, ToU>.num;
template <class FromU, class ToU>
inline constexpr std::uint64_t integer_den_v = integer_factor_v<FromU, ToU>.den;

// Converts a number from unit From to unit To without any check: the callers check.
template <class FromU, class ToU, class Rep, class From>
AISCALE_HOT constexpr Rep convert_value(From v) {
  if constexpr (is_identity_v<FromU, ToU>) {
    if constexpr (std::is_same_v<Rep, From> || (std::is_floating_point_v<Rep> && std::is_integral_v<From>))
      return static_cast<Rep>(v);
    else if constexpr (std::is_floating_point_v<From>)
      return from_floating<Rep>(v);
    else
      return narrow_checked<Rep>(v);
  } else if constexpr (std::is_floating_point_v<Rep> || std::is_floating_point_v<From>) {
    using C = std::common_type_t<Rep, From>;
    static_assert(fits_floating_v<C, FromU, ToU>,
                  "aiscale: the factor between these units lies beyond the range of this floating-point type "
                  "(1e330 for double, say), so no converted number could be represented; use units closer in "
                  "scale (docs/troubleshooting.md#scale-factors)");
    // A result of another type than the computation's (double to int, double to float) is checked:
    // that conversion is undefined for values beyond the target's range.
    if constexpr (!std::is_same_v<Rep, C>) {
      if constexpr (divides_by_integer_v<FromU, ToU>)
        return from_floating<Rep>(static_cast<C>(v) / floating_divisor_v<C, FromU, ToU>);
      else
        return from_floating<Rep>(static_cast<C>(v) * floating_factor_v<C, FromU, ToU>);
    } else if constexpr (divides_by_integer_v<FromU, ToU>) {
      return static_cast<Rep>(static_cast<C>(v) / floating_divisor_v<C, FromU, ToU>);
    } else {
      return static_cast<Rep>(static_cast<C>(v) * floating_factor_v<C, FromU, ToU>);
    }
  } else {
    using I = std::conditional_t<std::is_signed_v<Rep> || std::is_signed_v<From>, std::intmax_t, std::uintmax_t>;
    constexpr std::uint64_t num = integer_num_v<FromU, ToU>, den = integer_den_v<FromU, ToU>;
    static_assert(integer_factor_ok_v<FromU, ToU> && num <= static_cast<std::uint64_t>(std::numeric_limits<I>::max()) &&
                      den <= static_cast<std::uint64_t>(std::numeric_limits<I>::max()),
                  "aiscale: this conversion factor is too large for integer arithmetic; convert a "
                  "floating-point value instead (.in<double>(unit))");
    const I x = narrow_checked<I>(v);
    constexpr I n = static_cast<I>(num), d = static_cast<I>(den);
    constexpr const char* overflow = "integer overflow in a unit conversion: the converted value does not fit";
    if constexpr (den == 1) {
      if (mul_overflows(x, n)) integer_overflow_in_unit_conversion(overflow, source_location::current());
      return narrow_checked<Rep>(static_cast<I>(x * n));
    } else {
      // (x / d) * n + (x % d) * n / d truncates toward zero like x * n / d, without forming x * n.
      const I whole = x / d, rest = x % d;
      if (mul_overflows(whole, n) || mul_overflows(rest, n) ||
          add_overflows(static_cast<I>(whole * n), static_cast<I>(rest * n / d)))
        integer_overflow_in_unit_conversion(overflow, source_location::current());
      return narrow_checked<Rep>(static_cast<I>(whole * n + rest * n / d));
    }
  }
}

template <class FromU, class FromRep, class ToU, class ToRep>
AISCALE_HOT constexpr ToRep checked_convert(FromRep v) {
  check_integer_conversion<FromU, FromRep, ToU, ToRep>();
  return convert_value<FromU, ToU, ToRep>(v);
}

// The unit two quantities of one dimension are added or compared in: the finer one when the
// coarser is a whole multiple of it (h and min give min), so integers stay exact.
template <class U1, class R1, class U2, class R2>
AISCALE_HOST_DEVICE constexpr auto common_unit() {
  using A = U1;
  using B = U2;
  constexpr magnitude ab = conversion_factor_v<A, B>;
  // NOLINTNEXTLINE(bugprone-branch-clone): the branches differ in their compile-time conditions
  if constexpr (std::is_same_v<A, B> || ab == magnitude{}) {
    return U1{};
  } else if constexpr (is_integer(ab)) {
    return U2{};
  } else if constexpr (is_integer(inverse(ab))) {
    return U1{};
  } else {
    static_assert(std::is_floating_point_v<R1> || std::is_floating_point_v<R2>,
                  "aiscale: these integer-valued quantities have no exact common unit (weeks and Julian years, "
                  "say); convert one with .in<double>(unit) first");
    if constexpr (less(A::def.mag, B::def.mag))
      return U1{};
    else
      return U2{};
  }
}

// The common unit of a sum or comparison, with both operands' conversions to it held to the rules
// of integer conversions: int GW + int W would overflow at 3 GW, so it is refused as the
// conversion of int GW to int W is.
template <class U1, class R1, class U2, class R2>
AISCALE_HOST_DEVICE constexpr auto checked_common_unit() {
  using C = decltype(common_unit<U1, R1, U2, R2>());
  check_same_signedness<R1, R2>();
  check_integer_conversion<U1, R1, C, std::common_type_t<R1, R2>, true>();
  check_integer_conversion<U2, R2, C, std::common_type_t<R1, R2>, true>();
  return C{};
}

// Division never truncates: 3 trillion USD / 100 million GPU is 30 000 USD/GPU, not 0.
template <class R1, class R2>
using quotient_rep =
    std::conditional_t<std::is_integral_v<R1> && std::is_integral_v<R2>, double, std::common_type_t<R1, R2>>;

// The number type of q.in(unit) and q.value_in(unit): the quantity's own where it holds the value
// exactly, else double. An integer quantity read out in a coarser unit (1500 W in kW), or in one
// whose factor overflows its type for ordinary values (int GW in W), gives the true value as a
// double instead of a refusal: the figure people wrote with integer literals reads out as written.
// The return types of in() and value_in() name it before their constraints are checked (clang
// substitutes in<double>(kW)'s double as To), so it answers, without a factor, for non-units too.
template <class FromU, class Rep, class ToU>
AISCALE_HOST_DEVICE constexpr bool holds_exactly() {
  // Not a unit, or not of the same dimension: the conversion is refused elsewhere, so nothing to hold.
  // Two branches, since same_dimension_v may only be named once ToU is known to be a unit.
  // NOLINTNEXTLINE(bugprone-branch-clone)
  if constexpr (std::is_floating_point_v<Rep> || !unit_type<ToU>) {
    return true;
  } else if constexpr (!same_dimension_v<FromU, ToU>) {
    return true;
  } else {
    constexpr magnitude f = conversion_factor_v<FromU, ToU>;
    if constexpr (!is_integer(f)) {
      return false;
    } else {
      constexpr integer_result factor = integer_value(f);
      return factor.ok &&
             factor.value <= static_cast<std::uint64_t>(std::numeric_limits<Rep>::max()) / ordinary_value_limit;
    }
  }
}
template <class FromU, class Rep, class ToU>
using read_out_rep = std::conditional_t<holds_exactly<FromU, Rep, ToU>(), Rep, double>;

// The checks of an integer division: no zero divisor, and no mix of signed and unsigned.
template <class R1, class R2>
AISCALE_HOT constexpr void check_integer_divisor(R2 divisor) {
  if constexpr (std::is_integral_v<R1> && std::is_integral_v<R2>) {
    check_same_signedness<R1, R2>();
    if (divisor == 0)
      division_by_zero("division by zero: a quantity divided by an integer zero", source_location::current());
  }
}

// What a quantity of unit U and number type Rep is built from (its one constructor from a value): a
// number, explicitly; another quantity of U's dimension, or a type described by quantity_like_traits
// for it, implicitly. One constructor for all three, and its condition a substitution, not a
// constraint, so that clang lists it in one note in the error of a copy-initialisation from another
// dimension (benchmarks/README.md, "Errors: lines per mistake"), and that note names the mistake: for
// a quantity of another dimension the substitution names cannot_convert<money<usd>, power<W>, fix...>
// (core/refusal.hpp), a class never defined.
enum class source_kind { foreign, quantity, number };
template <source_kind>
struct source_select {
  template <class T, class U, class Rep>
  using type = std::enable_if_t<quantity_like<T> && same_dimension_v<U, unit_t<quantity_like_traits<T>::unit>>>;
};
template <>
struct source_select<source_kind::number> {
  template <class T, class U, class Rep>
  using type = void;
};
template <bool SameDimension>
struct same_dimension_or_mistake {
  template <class From, class To>
  using type = void;
};
template <>
struct same_dimension_or_mistake<false> {
  template <class From, class To>
  using type = typename mistake<From, To, convert_op>::type;
};
template <>
struct source_select<source_kind::quantity> {
  template <class T, class U, class Rep>
  using type =
      typename same_dimension_or_mistake<same_dimension_v<unit_t<T::unit>, U>>::template type<unit_t<T::unit>, U>;
};
template <class T>
inline constexpr source_kind source_kind_v = is_quantity_v<T>
                                                 ? source_kind::quantity
                                                 : (scalar<T> ? source_kind::number : source_kind::foreign);
template <class T, class U, class Rep>
using source_t = typename source_select<source_kind_v<T>>::template type<T, U, Rep>;

}  // namespace detail

template <class U, scalar Rep>
class basic_quantity {
  static_assert(unit_type<U>,
                "aiscale: quantity<U, Rep> takes a unit object such as aiscale::W (basic_quantity<U, Rep> its type)");

 public:
  using rep = Rep;
  static constexpr U unit{};

  basic_quantity() = default;
  // Declared, so that no move constructor is: one candidate fewer for clang to list in the error of a
  // copy-initialisation from another dimension (benchmarks/README.md, "Errors: lines per mistake").
  basic_quantity(const basic_quantity&) = default;
  basic_quantity& operator=(const basic_quantity&) = default;

  // From a number, explicitly, because a number alone says nothing about its unit: quantity<W>{3.0};
  // or from another unit of the same dimension, or from a type described by quantity_like_traits
  // (std::chrono::duration with aiscale/units/chrono_traits.hpp), implicitly, because the conversion is
  // exact or floating-point; integer-valued targets refuse truncation and overflow with a
  // static_assert. One constructor for all (detail::source_t says why): clang lists every constructor
  // that takes one argument in the error of a copy-initialisation from another dimension, so each one
  // more is three lines more (benchmarks/README.md, "Errors: lines per mistake").
  // The parameter's name starts with an underscore, which no global name may: g++ -Wshadow compares
  // it with the user's globals when the class is instantiated.
  template <class T, class = detail::source_t<T, U, Rep>>
  AISCALE_HOT constexpr explicit(scalar<T>) basic_quantity(const T& _from)  // NOLINT(google-explicit-constructor)
      : value_(converted_from(_from)) {}

  // From another dimension, directly (quantity<W>{money}): refused with a message that names both
  // (core/refusal.hpp). Explicit, so that it never takes part in an implicit conversion: a user's
  // overloads on quantity<W> and quantity<J> stay unambiguous for a kW argument. Deleted: clang's
  // first error line names the quantity built, its note the mistake and what to write instead
  // (Mistake, cannot_convert<money<usd>, power<W>, fix::...>).
  template <class U2, class R2, class Mistake = detail::refused_t<U2, U, detail::convert_op>>
  // clang-format off
  requires(!same_dimension_v<U, U2>) explicit basic_quantity(const basic_quantity<U2, R2>&) = delete;  // docs/troubleshooting.md#different-dimensions
  // clang-format on

  // Assigned a quantity of another dimension: refused, naming both units (core/refusal.hpp). It
  // returns the refusal, not quantity&, because g++ prints that type in its first error line.
  template <class U2, class R2>
  // NOLINTNEXTLINE(misc-unconventional-assign-operator)
  requires(!same_dimension_v<U, U2>) detail::refused_t<U2, U, detail::convert_op>
  operator=(const basic_quantity<U2, R2>&);

  template <class T, class Foreign = unit_t<quantity_like_traits<T>::unit>>
  requires quantity_like<T> && same_dimension_v<U, Foreign> AISCALE_HOST_DEVICE constexpr operator T()
      const {  // NOLINT(google-explicit-constructor)
    using traits = quantity_like_traits<T>;
    using R = typename traits::rep;
    return traits::from_number(detail::checked_convert<U, Rep, unit_t<traits::unit>, R>(value_));
  }

  [[nodiscard]] AISCALE_HOT constexpr Rep value() const { return value_; }

  // The same quantity expressed in another unit of its dimension: (75 * GW).in(MW) is 75 000 MW.
  // An integer quantity whose number cannot hold the result exactly gives a double one:
  // (1500 * W).in(kW) is 1.5 kW. Ask .in<int>(kW) to insist on an integer (refused: it would truncate).
  template <unit_type To>
  requires same_dimension_v<U, To>
  [[nodiscard]] AISCALE_HOT constexpr basic_quantity<To, detail::read_out_rep<U, Rep, To>> in(To) const {
    using R = detail::read_out_rep<U, Rep, To>;
    return basic_quantity<To, R>(detail::checked_convert<U, Rep, To, R>(value_));
  }
  // ... and with another number type: q.in<double>(kW) keeps the fraction of an integer quantity.
  template <scalar R, unit_type To>
  requires same_dimension_v<U, To>
  [[nodiscard]] AISCALE_HOT constexpr basic_quantity<To, R> in(To) const {
    return basic_quantity<To, R>(detail::checked_convert<U, Rep, To, R>(value_));
  }

  // The number in another unit: (1 * TWh).value_in(J) == 3.6e15.
  // ... as a double where the quantity's integer cannot hold it exactly: (1500 * W).value_in(kW) is 1.5.
  template <unit_type To>
  requires same_dimension_v<U, To>
  [[nodiscard]] AISCALE_HOT constexpr detail::read_out_rep<U, Rep, To> value_in(To) const {
    return detail::checked_convert<U, Rep, To, detail::read_out_rep<U, Rep, To>>(value_);
  }
  template <scalar R, unit_type To>
  requires same_dimension_v<U, To>
  [[nodiscard]] AISCALE_HOT constexpr R value_in(To) const { return detail::checked_convert<U, Rep, To, R>(value_); }

  // The forcing conversions: they truncate toward zero, on purpose, and change the number type
  // without the compile-time range rules (long long to int, int to unsigned). The name is there so
  // that a reviewer sees the decision. A value the target cannot hold (3 GW in int W, NaN, -1 as
  // unsigned) still goes to the failure handler: truncation is a choice, overflow never is.
  template <unit_type To>
  requires same_dimension_v<U, To>
  [[nodiscard]] AISCALE_HOT constexpr basic_quantity<To, Rep> coerce_in(To) const {
    return basic_quantity<To, Rep>(detail::convert_value<U, To, Rep>(value_));
  }
  template <scalar R, unit_type To>
  requires same_dimension_v<U, To>
  [[nodiscard]] AISCALE_HOT constexpr basic_quantity<To, R> coerce_in(To) const {
    return basic_quantity<To, R>(detail::convert_value<U, To, R>(value_));
  }
  template <unit_type To>
  requires same_dimension_v<U, To>
  [[nodiscard]] AISCALE_HOT constexpr Rep coerce_value_in(To) const {
    return detail::convert_value<U, To, Rep>(value_);
  }

  // The same in a unit of another dimension: refused, naming both units (core/refusal.hpp). R is
  // the number type of in<R>(unit), unused when not given. Only in and value_in: each refused member
  // is declared again in every quantity type the program names, which costs compile time (about
  // 0.4 % of an include-only TU each, benchmarks/README.md), and coerce_in is rare.
  template <class R = void, unit_type To>
  requires(!same_dimension_v<U, To>) detail::refused_t<U, To, detail::convert_op> in(To)
  const;
  template <class R = void, unit_type To>
  requires(!same_dimension_v<U, To>) detail::refused_t<U, To, detail::convert_op> value_in(To)
  const;

  // A dimensionless quantity gives its plain number on request: (30 * percent) -> 0.3.
  AISCALE_HOT constexpr explicit operator Rep() const requires(U::def.dim_count == 0) {
    return detail::checked_convert<U, Rep, unit_t<one>, Rep>(value_);
  }

  [[nodiscard]] AISCALE_HOT static constexpr basic_quantity zero() { return basic_quantity(Rep{0}); }

  AISCALE_HOT constexpr basic_quantity operator+() const { return *this; }
  AISCALE_HOT constexpr basic_quantity operator-() const {
    if constexpr (std::is_integral_v<Rep>)
      return basic_quantity(detail::checked_neg(value_));
    else
      return basic_quantity(static_cast<Rep>(-value_));
  }

  // The operand is taken by value (const, as the operators' operands, below) and the common
  // conversions are written out rather than called through convert_value: clang -O0 stores and
  // reloads every parameter of an inlined call, and a reference parameter costs one load more than
  // a value (benchmarks/README.md, instructions at -O0).
  // The integer checks are called in the integer branch only: g++ -O0 marks the end of every inlined
  // call with a nop, even of one that does nothing for floating point.
  template <class U2, class R2>
  requires same_dimension_v<U, U2> AISCALE_HOT constexpr basic_quantity& operator+=(const basic_quantity<U2, R2> q) {
    if constexpr (std::is_integral_v<Rep>) {
      detail::check_integer_conversion<U2, R2, U, Rep>();
      value_ = detail::checked_add(value_, detail::convert_value<U2, U, Rep>(q.value_));
    } else if constexpr (detail::is_identity_v<U2, U> && std::is_same_v<Rep, R2>)
      value_ = static_cast<Rep>(value_ + q.value_);
    else if constexpr (detail::divides_by_integer_v<U2, U> && std::is_same_v<Rep, R2> && std::is_floating_point_v<Rep>)
      value_ = value_ + q.value_ / detail::floating_divisor_v<Rep, U2, U>;
    else
      value_ = static_cast<Rep>(value_ + detail::convert_value<U2, U, Rep>(q.value_));
    return *this;
  }
  template <class U2, class R2>
  requires same_dimension_v<U, U2> AISCALE_HOT constexpr basic_quantity& operator-=(const basic_quantity<U2, R2> q) {
    if constexpr (std::is_integral_v<Rep>) {
      detail::check_integer_conversion<U2, R2, U, Rep>();
      value_ = detail::checked_sub(value_, detail::convert_value<U2, U, Rep>(q.value_));
    } else if constexpr (detail::is_identity_v<U2, U> && std::is_same_v<Rep, R2>)
      value_ = static_cast<Rep>(value_ - q.value_);
    else if constexpr (detail::divides_by_integer_v<U2, U> && std::is_same_v<Rep, R2> && std::is_floating_point_v<Rep>)
      value_ = value_ - q.value_ / detail::floating_divisor_v<Rep, U2, U>;
    else
      value_ = static_cast<Rep>(value_ - detail::convert_value<U2, U, Rep>(q.value_));
    return *this;
  }
  // Scaling in place keeps the number type, so an integer quantity only takes integer factors
  // and is never divided in place (that would truncate).
  template <scalar N>
  requires(std::is_floating_point_v<Rep> || std::is_integral_v<N>) AISCALE_HOT constexpr basic_quantity& operator*=(
      N n) {
    using C = std::common_type_t<Rep, N>;
    if constexpr (std::is_integral_v<Rep>) {
      if constexpr (detail::check_same_signedness<Rep, N>()) {
        const C product = detail::checked_mul(static_cast<C>(value_), static_cast<C>(n));
        if (!detail::in_range_of<Rep>(product))
          detail::integer_overflow("integer overflow: the product does not fit the quantity's number type",
                                   source_location::current());
        value_ = static_cast<Rep>(product);
      }
    } else if constexpr (!std::is_same_v<Rep, C>) {
      value_ = detail::from_floating<Rep>(static_cast<C>(value_) * static_cast<C>(n));  // float *= 1e300
    } else {
      value_ = static_cast<Rep>(static_cast<C>(value_) * static_cast<C>(n));
    }
    return *this;
  }
  template <scalar N>
  requires std::is_floating_point_v<Rep> AISCALE_HOT constexpr basic_quantity& operator/=(N n) {
    using C = std::common_type_t<Rep, N>;
    if constexpr (!std::is_same_v<Rep, C>)
      value_ = detail::from_floating<Rep>(static_cast<C>(value_) / static_cast<C>(n));  // float /= 1e-300
    else
      value_ = static_cast<Rep>(static_cast<C>(value_) / static_cast<C>(n));
    return *this;
  }

 private:
  // The number of the constructor's source, in U and Rep: a number of another type is held to the
  // rules of a change of number type (a double for an int quantity, a long long for an int one, an
  // int for an unsigned one are refused; 72u, not 72, for an unsigned count). The number's own type
  // instantiates none of the checks: most constructions are of that kind, and each instantiation is
  // compile time (benchmarks/README.md).
  template <scalar N>
  AISCALE_HOT static constexpr Rep converted_from(const N& number) {
    if constexpr (std::is_same_v<N, Rep>)
      return number;
    else
      return detail::checked_convert<U, N, U, Rep>(number);
  }
  template <class U2, class R2>
  AISCALE_HOT static constexpr Rep converted_from(const basic_quantity<U2, R2>& q) {
    return detail::checked_convert<U2, R2, U, Rep>(q.value_);
  }
  template <class T>
  AISCALE_HOST_DEVICE static constexpr Rep converted_from(const T& foreign) {
    using traits = quantity_like_traits<T>;
    return detail::checked_convert<unit_t<traits::unit>, decltype(traits::to_number(foreign)), U, Rep>(
        traits::to_number(foreign));
  }

  // The hot operators read value_ directly: in a debug build each call of value() would cost a
  // stored and reloaded `this` (benchmarks/README.md, instructions at -O0).
  template <class, scalar>
  friend class basic_quantity;
  template <class U1, class R1, class U2, class R2>
  AISCALE_HOST_DEVICE friend constexpr basic_quantity<decltype(U1{} * U2{}), std::common_type_t<R1, R2>> operator*(
      basic_quantity<U1, R1> a, basic_quantity<U2, R2> b);
  template <class U1, class R1, class U2, class R2>
  AISCALE_HOST_DEVICE friend constexpr basic_quantity<decltype(U1{} / U2{}), detail::quotient_rep<R1, R2>> operator/(
      basic_quantity<U1, R1> a, basic_quantity<U2, R2> b);

  Rep value_;
};

// --- building quantities: number * unit, quantity * unit ----------------------------------------

// The builders give the number's own bits the new unit (AISCALE_BIT_CAST, core/config.hpp: a
// constexpr bit_cast with g++, clang and nvcc): a quantity is its number, so this is exact. At -O0 g++ keeps every
// named local and parameter in memory but a bit_cast's result in a register, so this costs one stored and reloaded
// number per builder where filling a named result cost two (benchmarks/README.md, instructions at -O0). The operand is
// taken by value, as by * and / below, and const: g++ -O0 then reads a temporary argument where it is instead of
// copying it into the parameter (an inlined read-only parameter is the argument itself).
template <scalar N, unit_type U>
AISCALE_HOT constexpr basic_quantity<U, N> operator*(const N n, U) {
  return AISCALE_BIT_CAST(n, basic_quantity<U, N>);
}

// A rate from a number: 5 / s is 5 s^-1.
template <scalar N, unit_type U>
AISCALE_HOT constexpr auto operator/(const N n, U) {
  return AISCALE_BIT_CAST(n, basic_quantity<decltype(one / U{}), N>);
}

template <class U1, class R, unit_type U2>
AISCALE_HOT constexpr basic_quantity<decltype(U1{} * U2{}), R> operator*(const basic_quantity<U1, R> q, U2) {
  return AISCALE_BIT_CAST(q, basic_quantity<decltype(U1{} * U2{}), R>);
}

template <class U1, class R, unit_type U2>
AISCALE_HOT constexpr basic_quantity<decltype(U1{} / U2{}), R> operator/(const basic_quantity<U1, R> q, U2) {
  return AISCALE_BIT_CAST(q, basic_quantity<decltype(U1{} / U2{}), R>);
}

// --- arithmetic ------------------------------------------------------------------------------

template <class U1, class R1, class U2, class R2>
requires same_dimension_v<U1, U2> AISCALE_HOT constexpr auto operator+(const basic_quantity<U1, R1>& a,
                                                                       const basic_quantity<U2, R2>& b) {
  using C = decltype(detail::checked_common_unit<U1, R1, U2, R2>());
  using R = std::common_type_t<R1, R2>;
  if constexpr (std::is_integral_v<R>)
    return basic_quantity<C, R>(
        detail::checked_add(detail::convert_value<U1, C, R>(a.value()), detail::convert_value<U2, C, R>(b.value())));
  else
    return basic_quantity<C, R>(
        static_cast<R>(detail::convert_value<U1, C, R>(a.value()) + detail::convert_value<U2, C, R>(b.value())));
}

template <class U1, class R1, class U2, class R2>
requires same_dimension_v<U1, U2> AISCALE_HOT constexpr auto operator-(const basic_quantity<U1, R1>& a,
                                                                       const basic_quantity<U2, R2>& b) {
  using C = decltype(detail::checked_common_unit<U1, R1, U2, R2>());
  using R = std::common_type_t<R1, R2>;
  if constexpr (std::is_integral_v<R>)
    return basic_quantity<C, R>(
        detail::checked_sub(detail::convert_value<U1, C, R>(a.value()), detail::convert_value<U2, C, R>(b.value())));
  else
    return basic_quantity<C, R>(
        static_cast<R>(detail::convert_value<U1, C, R>(a.value()) - detail::convert_value<U2, C, R>(b.value())));
}

// Operands by value and the return type spelt out, not deduced: clang at -O0 then builds the result
// in the returned object (no copy) and reads each operand with one load fewer than through a reference.
// The operands are const so that g++ -O0 reads a temporary operand in place, without a copy.
template <class U1, class R1, class U2, class R2>
AISCALE_HOT constexpr basic_quantity<decltype(U1{} * U2{}), std::common_type_t<R1, R2>> operator*(
    const basic_quantity<U1, R1> a, const basic_quantity<U2, R2> b) {
  using R = std::common_type_t<R1, R2>;
  basic_quantity<decltype(U1{} * U2{}), R> product;  // filled in place, not through a constructor: fewer stores at -O0
  if constexpr (std::is_integral_v<R>) {
    if constexpr (detail::check_same_signedness<R1, R2>())
      product.value_ = detail::checked_mul(static_cast<R>(a.value_), static_cast<R>(b.value_));
  } else {
    product.value_ = static_cast<R>(static_cast<R>(a.value_) * static_cast<R>(b.value_));
  }
  return product;
}

template <class U1, class R1, class U2, class R2>
AISCALE_HOT constexpr basic_quantity<decltype(U1{} / U2{}), detail::quotient_rep<R1, R2>> operator/(
    const basic_quantity<U1, R1> a, const basic_quantity<U2, R2> b) {
  using R = detail::quotient_rep<R1, R2>;
  basic_quantity<decltype(U1{} / U2{}), R> quotient;  // filled in place, not through a constructor: fewer stores at -O0
  if constexpr (std::is_integral_v<R1> && std::is_integral_v<R2>) detail::check_integer_divisor<R1, R2>(b.value_);
  quotient.value_ = static_cast<R>(a.value_) / static_cast<R>(b.value_);
  return quotient;
}

template <class U, class R, scalar N>
AISCALE_HOT constexpr auto operator*(const basic_quantity<U, R>& q, N n) {
  using C = std::common_type_t<R, N>;
  if constexpr (std::is_integral_v<C>) {
    detail::check_same_signedness<R, N>();
    return basic_quantity<U, C>(detail::checked_mul(static_cast<C>(q.value()), static_cast<C>(n)));
  } else {
    return basic_quantity<U, C>(static_cast<C>(static_cast<C>(q.value()) * static_cast<C>(n)));
  }
}

template <scalar N, class U, class R>
AISCALE_HOT constexpr auto operator*(N n, const basic_quantity<U, R>& q) {
  using C = std::common_type_t<N, R>;
  if constexpr (std::is_integral_v<C>) {
    detail::check_same_signedness<N, R>();
    return basic_quantity<U, C>(detail::checked_mul(static_cast<C>(n), static_cast<C>(q.value())));
  } else {
    return basic_quantity<U, C>(static_cast<C>(static_cast<C>(n) * static_cast<C>(q.value())));
  }
}

template <class U, class R, scalar N>
AISCALE_HOT constexpr auto operator/(const basic_quantity<U, R>& q, N n) {
  using C = detail::quotient_rep<R, N>;
  if constexpr (std::is_integral_v<R> && std::is_integral_v<N>) detail::check_integer_divisor<R, N>(n);
  return basic_quantity<U, C>(static_cast<C>(q.value()) / static_cast<C>(n));
}

template <scalar N, class U, class R>
AISCALE_HOT constexpr auto operator/(N n, const basic_quantity<U, R>& q) {
  using C = detail::quotient_rep<N, R>;
  if constexpr (std::is_integral_v<N> && std::is_integral_v<R>) detail::check_integer_divisor<N, R>(q.value());
  return basic_quantity<decltype(one / U{}), C>(static_cast<C>(n) / static_cast<C>(q.value()));
}

// Truncating division, for when an integer result is what is meant (whole racks from GPUs).
template <class U1, std::integral R1, class U2, std::integral R2>
AISCALE_HOT constexpr auto integer_quotient(const basic_quantity<U1, R1>& a, const basic_quantity<U2, R2>& b) {
  using R = std::common_type_t<R1, R2>;
  detail::check_same_signedness<R1, R2>();
  return basic_quantity<decltype(U1{} / U2{}), R>(
      detail::checked_div(static_cast<R>(a.value()), static_cast<R>(b.value())));
}

// --- comparison ------------------------------------------------------------------------------

template <class U1, class R1, class U2, class R2>
requires same_dimension_v<U1, U2> AISCALE_HOT constexpr bool operator==(const basic_quantity<U1, R1>& a,
                                                                        const basic_quantity<U2, R2>& b) {
  using C = decltype(detail::checked_common_unit<U1, R1, U2, R2>());
  using R = std::common_type_t<R1, R2>;
  return detail::convert_value<U1, C, R>(a.value()) == detail::convert_value<U2, C, R>(b.value());
}

template <class U1, class R1, class U2, class R2>
requires same_dimension_v<U1, U2> AISCALE_HOT constexpr auto operator<=>(const basic_quantity<U1, R1>& a,
                                                                         const basic_quantity<U2, R2>& b) {
  using C = decltype(detail::checked_common_unit<U1, R1, U2, R2>());
  using R = std::common_type_t<R1, R2>;
  return detail::convert_value<U1, C, R>(a.value()) <=> detail::convert_value<U2, C, R>(b.value());
}

namespace detail {
// Both values in their common unit, as the ordering operators compare them.
template <class R>
struct value_pair {
  R a, b;
};
template <class U1, class R1, class U2, class R2>
AISCALE_HOT constexpr auto in_common_unit(const basic_quantity<U1, R1>& a, const basic_quantity<U2, R2>& b) {
  using C = decltype(checked_common_unit<U1, R1, U2, R2>());
  using R = std::common_type_t<R1, R2>;
  return value_pair<R>{convert_value<U1, C, R>(a.value()), convert_value<U2, C, R>(b.value())};
}
}  // namespace detail

// <, <=, > and >= of their own, beside <=>: the ones C++ rewrites from <=> compare a
// std::partial_ordering with 0, which CUDA device code cannot call without relaxed constexpr.
template <class U1, class R1, class U2, class R2>
requires same_dimension_v<U1, U2> AISCALE_HOT constexpr bool operator<(const basic_quantity<U1, R1>& a,
                                                                       const basic_quantity<U2, R2>& b) {
  const auto v = detail::in_common_unit(a, b);
  return v.a < v.b;
}
template <class U1, class R1, class U2, class R2>
requires same_dimension_v<U1, U2> AISCALE_HOT constexpr bool operator<=(const basic_quantity<U1, R1>& a,
                                                                        const basic_quantity<U2, R2>& b) {
  const auto v = detail::in_common_unit(a, b);
  return v.a <= v.b;
}
template <class U1, class R1, class U2, class R2>
requires same_dimension_v<U1, U2> AISCALE_HOT constexpr bool operator>(const basic_quantity<U1, R1>& a,
                                                                       const basic_quantity<U2, R2>& b) {
  const auto v = detail::in_common_unit(a, b);
  return v.a > v.b;
}
template <class U1, class R1, class U2, class R2>
requires same_dimension_v<U1, U2> AISCALE_HOT constexpr bool operator>=(const basic_quantity<U1, R1>& a,
                                                                        const basic_quantity<U2, R2>& b) {
  const auto v = detail::in_common_unit(a, b);
  return v.a >= v.b;
}

// --- mistakes between dimensions ----------------------------------------------------------------

// Adding, subtracting or comparing quantities of different dimensions selects one of these refused
// overloads, declared and never defined, whose return type names the mistake in the first error
// line (core/refusal.hpp).
template <class U1, class R1, class U2, class R2>
requires(!same_dimension_v<U1, U2>) detail::refused_t<U1, U2, detail::add_op>
operator+(const basic_quantity<U1, R1>&, const basic_quantity<U2, R2>&);
template <class U1, class R1, class U2, class R2>
requires(!same_dimension_v<U1, U2>) detail::refused_t<U1, U2, detail::subtract_op>
operator-(const basic_quantity<U1, R1>&, const basic_quantity<U2, R2>&);
template <class U1, class R1, class U2, class R2>
requires(!same_dimension_v<U1, U2>) detail::refused_t<U1, U2, detail::add_op>
operator+=(basic_quantity<U1, R1>&, const basic_quantity<U2, R2>&);
template <class U1, class R1, class U2, class R2>
requires(!same_dimension_v<U1, U2>) detail::refused_t<U1, U2, detail::subtract_op>
operator-=(basic_quantity<U1, R1>&, const basic_quantity<U2, R2>&);
template <class U1, class R1, class U2, class R2>
requires(!same_dimension_v<U1, U2>) detail::refused_t<U1, U2, detail::compare_op>
operator==(const basic_quantity<U1, R1>&, const basic_quantity<U2, R2>&);
// Declared too, so that != is this one error, not the rewritten == refused a second time for not
// returning bool.
template <class U1, class R1, class U2, class R2>
requires(!same_dimension_v<U1, U2>) detail::refused_t<U1, U2, detail::compare_op>
operator!=(const basic_quantity<U1, R1>&, const basic_quantity<U2, R2>&);
template <class U1, class R1, class U2, class R2>
requires(!same_dimension_v<U1, U2>) detail::refused_t<U1, U2, detail::compare_op>
operator<=>(const basic_quantity<U1, R1>&, const basic_quantity<U2, R2>&);
template <class U1, class R1, class U2, class R2>
requires(!same_dimension_v<U1, U2>) detail::refused_t<U1, U2, detail::compare_op>
operator<(const basic_quantity<U1, R1>&, const basic_quantity<U2, R2>&);
template <class U1, class R1, class U2, class R2>
requires(!same_dimension_v<U1, U2>) detail::refused_t<U1, U2, detail::compare_op>
operator<=(const basic_quantity<U1, R1>&, const basic_quantity<U2, R2>&);
template <class U1, class R1, class U2, class R2>
requires(!same_dimension_v<U1, U2>) detail::refused_t<U1, U2, detail::compare_op>
operator>(const basic_quantity<U1, R1>&, const basic_quantity<U2, R2>&);
template <class U1, class R1, class U2, class R2>
requires(!same_dimension_v<U1, U2>) detail::refused_t<U1, U2, detail::compare_op>
operator>=(const basic_quantity<U1, R1>&, const basic_quantity<U2, R2>&);

// A bare number added to, subtracted from or compared with a quantity ("5.0 * ai::GW + 3.0") is a
// number of no unit: the same mistake, refused as one between dimensions (number, one) so that the
// first error line names both sides and the fix, not every operator+ of the program.
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<U, struct one, detail::add_op>
operator+(const basic_quantity<U, R>&, const N&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<struct one, U, detail::add_op>
operator+(const N&, const basic_quantity<U, R>&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<U, struct one, detail::subtract_op>
operator-(const basic_quantity<U, R>&, const N&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<struct one, U, detail::subtract_op>
operator-(const N&, const basic_quantity<U, R>&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<U, struct one, detail::compare_op>
operator==(const basic_quantity<U, R>&, const N&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<U, struct one, detail::compare_op>
operator!=(const basic_quantity<U, R>&, const N&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<U, struct one, detail::compare_op>
operator<(const basic_quantity<U, R>&, const N&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<U, struct one, detail::compare_op>
operator<=(const basic_quantity<U, R>&, const N&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<U, struct one, detail::compare_op>
operator>(const basic_quantity<U, R>&, const N&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<U, struct one, detail::compare_op>
operator>=(const basic_quantity<U, R>&, const N&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<U, struct one, detail::compare_op>
operator<=>(const basic_quantity<U, R>&, const N&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<struct one, U, detail::compare_op>
operator==(const N&, const basic_quantity<U, R>&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<struct one, U, detail::compare_op>
operator!=(const N&, const basic_quantity<U, R>&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<struct one, U, detail::compare_op>
operator<(const N&, const basic_quantity<U, R>&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<struct one, U, detail::compare_op>
operator<=(const N&, const basic_quantity<U, R>&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<struct one, U, detail::compare_op>
operator>(const N&, const basic_quantity<U, R>&);
template <class U, class R, scalar N>
requires(!same_dimension_v<U, struct one>) detail::refused_t<struct one, U, detail::compare_op>
operator>=(const N&, const basic_quantity<U, R>&);

}  // namespace aiscale
