// Integer arithmetic and number conversions that report to the failure handler instead of
// overflowing: what integer-valued quantities compute with. Floating-point quantities never call
// these (their operators branch on std::is_integral_v at compile time), so they stay plain double code.
#pragma once

#include <limits>
#include <type_traits>

#include "aiscale/core/config.hpp"
#include "aiscale/core/failure.hpp"

namespace aiscale::detail {

// Each check compares against the type's limits before the operation, so the operation itself
// never overflows: standard C++, no compiler builtins, and the same code in constant evaluation.
template <class T>
AISCALE_HOT constexpr bool add_overflows(T a, T b) {
  using L = std::numeric_limits<T>;
  if constexpr (std::is_signed_v<T>)
    return b > 0 ? a > L::max() - b : a < L::min() - b;
  else
    return a > L::max() - b;
}

template <class T>
AISCALE_HOT constexpr bool mul_overflows(T a, T b) {
  using L = std::numeric_limits<T>;
  if (a == 0 || b == 0) return false;
  if constexpr (std::is_signed_v<T>) {
    if (a > 0) return b > 0 ? a > L::max() / b : b < L::min() / a;
    return b > 0 ? a < L::min() / b : a < L::max() / b;
  } else {
    return a > L::max() / b;
  }
}

template <class T>
AISCALE_HOT constexpr T checked_add(T a, T b) {
  if (add_overflows(a, b))
    integer_overflow("integer overflow: the sum of two quantities does not fit their number type",
                     source_location::current());
  return static_cast<T>(a + b);
}

template <class T>
AISCALE_HOT constexpr T checked_sub(T a, T b) {
  using L = std::numeric_limits<T>;
  if constexpr (std::is_signed_v<T>) {
    if (b < 0 ? a > L::max() + b : a < L::min() + b)
      integer_overflow("integer overflow: the difference of two quantities does not fit their number type",
                       source_location::current());
  } else if (a < b) {
    integer_overflow("integer overflow: the difference of two unsigned quantities is negative",
                     source_location::current());
  }
  return static_cast<T>(a - b);
}

template <class T>
AISCALE_HOT constexpr T checked_mul(T a, T b) {
  if (mul_overflows(a, b))
    integer_overflow("integer overflow: the product does not fit the quantity's number type",
                     source_location::current());
  return static_cast<T>(a * b);
}

// Truncating division: refuses a zero divisor, and the one quotient that overflows (min / -1).
template <class T>
AISCALE_HOT constexpr T checked_div(T a, T b) {
  if (b == 0) division_by_zero("division by zero: an integer quantity divided by zero", source_location::current());
  if constexpr (std::is_signed_v<T>)
    if (a == std::numeric_limits<T>::min() && b == -1)
      integer_overflow("integer overflow: the smallest value of the number type divided by -1",
                       source_location::current());
  return static_cast<T>(a / b);
}

// Negation: the smallest signed value has no positive counterpart, and an unsigned value none but 0.
template <class T>
AISCALE_HOT constexpr T checked_neg(T a) {
  if constexpr (std::is_signed_v<T>) {
    if (a == std::numeric_limits<T>::min())
      integer_overflow("integer overflow: the negation of the smallest value of the number type",
                       source_location::current());
  } else if (a != 0) {
    integer_overflow("integer overflow: the negation of a positive unsigned quantity", source_location::current());
  }
  return static_cast<T>(-a);
}

// Whether integer x is a value of integer type To: std::in_range's comparison, written out because
// <utility> would cost every program that includes a quantity more than the rest of this header.
template <class To, class From>
AISCALE_HOT constexpr bool in_range_of(From x) {
  using L = std::numeric_limits<To>;
  // Within one signedness the comparisons convert without loss; an unsigned x is never below 0.
  if constexpr (std::is_signed_v<From> && std::is_signed_v<To>)
    return x >= L::min() && x <= L::max();
  else if constexpr (!std::is_signed_v<From> && !std::is_signed_v<To>)
    return x <= L::max();
  else if constexpr (std::is_signed_v<From>)
    return x >= 0 && static_cast<std::make_unsigned_t<From>>(x) <= L::max();
  else
    return x <= static_cast<std::make_unsigned_t<To>>(L::max());
}

// Whether integer type To holds every value of integer type From.
template <class To, class From>
inline constexpr bool holds_all_values_v =
    in_range_of<To>(std::numeric_limits<From>::min()) && in_range_of<To>(std::numeric_limits<From>::max());

// An integer converted to another integer type in a unit conversion: refused if the value does not fit.
template <class To, class From>
AISCALE_HOT constexpr To narrow_checked(From x) {
  if constexpr (!holds_all_values_v<To, From>)
    if (!in_range_of<To>(x))
      integer_overflow_in_unit_conversion(
          "integer overflow in a unit conversion: the converted value does not fit the number type",
          source_location::current());
  return static_cast<To>(x);
}

// A floating-point number given to type To, where that could be undefined: to an integer type
// (NaN, infinities and values beyond its range have no integer), or to a narrower floating-point
// type (1e300 has no float). Infinities and NaN pass between floating-point types, as IEEE says.
template <class To, class From>
AISCALE_HOT constexpr To from_floating(From y) {
  static_assert(std::is_floating_point_v<From>);
  if constexpr (std::is_integral_v<To>) {
    // The exclusive bounds 2^N (or 2^(N-1)) and -2^(N-1) - 1 as powers of two, exact in From.
    constexpr From upper = static_cast<From>(std::numeric_limits<To>::max() / 2 + 1) * From{2};
    constexpr From lower = static_cast<From>(std::numeric_limits<To>::min());
    if (!(y < upper && (y >= lower || y > lower - From{1})))
      value_out_of_range(
          "value out of range: a floating-point value converted to an integer number type is NaN, infinite "
          "or beyond the type's range",
          source_location::current());
  } else if constexpr (std::numeric_limits<To>::max() < std::numeric_limits<From>::max()) {
    constexpr From largest = static_cast<From>(std::numeric_limits<To>::max());
    if ((y > largest && y <= std::numeric_limits<From>::max()) ||
        (y < -largest && y >= std::numeric_limits<From>::lowest()))
      value_out_of_range(
          "value out of range: a finite value converted to a narrower floating-point type is "
          "beyond that type's range",
          source_location::current());
  }
  return static_cast<To>(y);
}

}  // namespace aiscale::detail
