// Functions on quantities: abs, min, max, pow, sum, and the comparisons with a tolerance
// (approx, within) that claims about rounded figures need.
#pragma once

#include <cstddef>
#include <type_traits>

#include "aiscale/core/config.hpp"
#include "aiscale/core/quantity.hpp"

namespace aiscale {

template <class U, class R>
AISCALE_HOT constexpr basic_quantity<U, R> abs(const basic_quantity<U, R>& q) {
  return q.value() < R{0} ? -q : q;
}

template <class U1, class R1, class U2, class R2>
requires same_dimension_v<U1, U2> AISCALE_HOT constexpr auto min(const basic_quantity<U1, R1>& a,
                                                                 const basic_quantity<U2, R2>& b) {
  using Q = decltype(a + b);
  return b < a ? Q(b) : Q(a);
}

template <class U1, class R1, class U2, class R2>
requires same_dimension_v<U1, U2> AISCALE_HOT constexpr auto max(const basic_quantity<U1, R1>& a,
                                                                 const basic_quantity<U2, R2>& b) {
  using Q = decltype(a + b);
  return a < b ? Q(b) : Q(a);
}

// min, max and approx of quantities of different dimensions: refused, naming both (core/refusal.hpp).
template <class U1, class R1, class U2, class R2>
requires(!same_dimension_v<U1, U2>) detail::refused_t<U1, U2, detail::compare_op> min(const basic_quantity<U1, R1>&,
                                                                                      const basic_quantity<U2, R2>&);
template <class U1, class R1, class U2, class R2>
requires(!same_dimension_v<U1, U2>) detail::refused_t<U1, U2, detail::compare_op> max(const basic_quantity<U1, R1>&,
                                                                                      const basic_quantity<U2, R2>&);

// q^N: the unit and the number both raised; pow<2>(3 * s) is 9 s^2.
template <int N, class U, class R>
AISCALE_HOT constexpr auto pow(const basic_quantity<U, R>& q) {
  R v = 1;
  for (int i = 0; i < (N < 0 ? -N : N); ++i) {
    if constexpr (std::is_integral_v<R>)
      v = detail::checked_mul(v, q.value());
    else
      v = static_cast<R>(v * q.value());
  }
  if constexpr (N < 0) {
    // An integer zero to a negative power is a division by an integer zero, as 1 / (0 * s) is.
    if constexpr (std::is_integral_v<R>)
      if (v == 0)
        detail::division_by_zero("division by zero: an integer quantity of 0 raised to a negative power",
                                 source_location::current());
    return basic_quantity<decltype(aiscale::pow<N>(U{})), detail::quotient_rep<R, R>>(
        1 / static_cast<detail::quotient_rep<R, R>>(v));
  } else {
    return basic_quantity<decltype(aiscale::pow<N>(U{})), R>(v);
  }
}

namespace detail {
// begin() without <iterator>, whose parsing alone costs more than all of aiscale's core.
template <class T, std::size_t N>
AISCALE_HOST_DEVICE constexpr const T* first_of(const T (&a)[N]) {
  return a;
}
template <class Range>
AISCALE_HOST_DEVICE constexpr auto first_of(const Range& r) -> decltype(r.begin()) {
  return r.begin();
}
}  // namespace detail

// The total of a range of quantities, in the unit of its elements (zero for an empty range).
template <class Range>
AISCALE_HOST_DEVICE constexpr auto sum(const Range& range) {
  using Q = std::remove_cvref_t<decltype(*detail::first_of(range))>;
  static_assert(quantity_type<Q>, "aiscale::sum adds up a range of quantities");
  Q total = Q::zero();
  for (const auto& q : range) total += q;
  return total;
}

// The default relative tolerance of approx: tight enough that a factor-of-1000 slip or a 1 %
// difference fails, loose enough that the rounding of a few double operations passes.
inline constexpr double default_rel_tol = 1e-9;

// Whether a and b agree within a relative tolerance: |a - b| <= rel_tol * max(|a|, |b|).
// Compares in a common unit, so approx(1000 * MW, 1 * GW) holds.
template <class U1, class R1, class U2, class R2>
requires same_dimension_v<U1, U2> AISCALE_HOST_DEVICE constexpr bool approx(const basic_quantity<U1, R1>& a,
                                                                            const basic_quantity<U2, R2>& b,
                                                                            double rel_tol = default_rel_tol) {
  using C = decltype(detail::common_unit<U1, double, U2, double>());
  const double x = detail::convert_value<U1, C, double>(a.value());
  const double y = detail::convert_value<U2, C, double>(b.value());
  const double ax = x < 0 ? -x : x, ay = y < 0 ? -y : y, d = x < y ? y - x : x - y;
  return d <= rel_tol * (ax < ay ? ay : ax);
}

template <class U1, class R1, class U2, class R2>
requires(!same_dimension_v<U1, U2>) detail::refused_t<U1, U2, detail::compare_op> approx(const basic_quantity<U1, R1>&,
                                                                                         const basic_quantity<U2, R2>&,
                                                                                         double = default_rel_tol);

// Whether a and b differ by at most an absolute tolerance of the same dimension.
template <class U1, class R1, class U2, class R2, class U3, class R3>
requires same_dimension_v<U1, U2> && same_dimension_v<U1, U3> AISCALE_HOST_DEVICE constexpr bool within(
    const basic_quantity<U1, R1>& a, const basic_quantity<U2, R2>& b, const basic_quantity<U3, R3>& abs_tol) {
  const auto d = a < b ? b - a : a - b;
  return d <= abs_tol;
}

}  // namespace aiscale
