// Exact scale factors: a positive rational times powers of two and five (so every power of ten,
// every binary prefix and their products are exact), with overflow reported instead of wrapped.
#pragma once

#include <cstdint>
#include <limits>

#include "aiscale/core/config.hpp"

namespace aiscale {

// value = num / den * 2^exp2 * 5^exp5, kept normalised: num and den coprime and free of the
// factors 2 and 5, which live in the exponents. Normal form makes equality a plain comparison.
struct magnitude {
  std::uint64_t num = 1;
  std::uint64_t den = 1;
  std::int32_t exp2 = 0;
  std::int32_t exp5 = 0;

  friend constexpr bool operator==(const magnitude&, const magnitude&) = default;
};

// The result of magnitude arithmetic; `ok` is false when the rational part left 64 bits.
struct magnitude_result {
  magnitude value;
  bool ok = true;
};

namespace detail {

constexpr std::uint64_t u64_max = std::numeric_limits<std::uint64_t>::max();

AISCALE_HOST_DEVICE constexpr std::uint64_t gcd(std::uint64_t a, std::uint64_t b) {
  while (b != 0) {
    const std::uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

AISCALE_HOST_DEVICE constexpr bool mul_overflows(std::uint64_t a, std::uint64_t b) { return a != 0 && b > u64_max / a; }

AISCALE_HOST_DEVICE constexpr magnitude_result normalize(std::uint64_t num, std::uint64_t den, std::int32_t exp2,
                                                         std::int32_t exp5) {
  if (num == 0 || den == 0) return {{}, false};
  while (num % 2 == 0) num /= 2, ++exp2;
  while (num % 5 == 0) num /= 5, ++exp5;
  while (den % 2 == 0) den /= 2, --exp2;
  while (den % 5 == 0) den /= 5, --exp5;
  const std::uint64_t g = gcd(num, den);
  return {{num / g, den / g, exp2, exp5}, true};
}

}  // namespace detail

// n/d as a magnitude; n and d must be positive.
AISCALE_HOST_DEVICE constexpr magnitude_result make_magnitude(std::uint64_t n, std::uint64_t d = 1) {
  return detail::normalize(n, d, 0, 0);
}

AISCALE_HOST_DEVICE constexpr magnitude power_of_ten(std::int32_t k) { return {1, 1, k, k}; }
AISCALE_HOST_DEVICE constexpr magnitude power_of_two(std::int32_t k) { return {1, 1, k, 0}; }

AISCALE_HOST_DEVICE constexpr magnitude inverse(const magnitude& m) { return {m.den, m.num, -m.exp2, -m.exp5}; }

AISCALE_HOST_DEVICE constexpr magnitude_result operator*(const magnitude& a, const magnitude& b) {
  // Cancel crosswise first so that 3600 * (1/3600) never overflows on the way to 1.
  const std::uint64_t g1 = detail::gcd(a.num, b.den);
  const std::uint64_t g2 = detail::gcd(b.num, a.den);
  const std::uint64_t an = a.num / g1, bd = b.den / g1, bn = b.num / g2, ad = a.den / g2;
  if (detail::mul_overflows(an, bn) || detail::mul_overflows(ad, bd)) return {{}, false};
  return {{an * bn, ad * bd, a.exp2 + b.exp2, a.exp5 + b.exp5}, true};
}

AISCALE_HOST_DEVICE constexpr magnitude_result operator/(const magnitude& a, const magnitude& b) {
  return a * inverse(b);
}

AISCALE_HOST_DEVICE constexpr magnitude_result pow(const magnitude& m, std::int32_t n) {
  magnitude_result r{};
  const magnitude base = n < 0 ? inverse(m) : m;
  for (std::int32_t i = 0; i < (n < 0 ? -n : n); ++i) {
    r = r.value * base;
    if (!r.ok) return r;
  }
  return r;
}

namespace detail {
// The exact integer n-th root of x, or 0 when x is not a perfect n-th power.
AISCALE_HOST_DEVICE constexpr std::uint64_t exact_root(std::uint64_t x, std::int32_t n) {
  if (x == 1 || n == 1) return x;
  for (std::uint64_t r = 2;; ++r) {
    std::uint64_t p = 1;
    for (std::int32_t i = 0; i < n; ++i) {
      if (mul_overflows(p, r)) return 0;
      p *= r;
    }
    if (p == x) return r;
    if (p > x) return 0;
  }
}
}  // namespace detail

// The exact n-th root, when there is one (sqrt(10^6) is 10^3; sqrt(10) is not a magnitude).
AISCALE_HOST_DEVICE constexpr magnitude_result root(const magnitude& m, std::int32_t n) {
  if (n <= 0 || m.exp2 % n != 0 || m.exp5 % n != 0) return {{}, false};
  const std::uint64_t num = detail::exact_root(m.num, n), den = detail::exact_root(m.den, n);
  if (num == 0 || den == 0) return {{}, false};
  return {{num, den, m.exp2 / n, m.exp5 / n}, true};
}

AISCALE_HOST_DEVICE constexpr bool is_integer(const magnitude& m) { return m.den == 1 && m.exp2 >= 0 && m.exp5 >= 0; }

// The magnitude as an integer, with ok == false when it is not one or does not fit in 64 bits.
struct integer_result {
  std::uint64_t value = 0;
  bool ok = false;
};
AISCALE_HOST_DEVICE constexpr integer_result integer_value(const magnitude& m) {
  if (!is_integer(m)) return {};
  std::uint64_t v = m.num;
  for (std::int32_t i = 0; i < m.exp2; ++i) {
    if (detail::mul_overflows(v, 2)) return {};
    v *= 2;
  }
  for (std::int32_t i = 0; i < m.exp5; ++i) {
    if (detail::mul_overflows(v, 5)) return {};
    v *= 5;
  }
  return {v, true};
}

// The largest magnitude g such that a/g and b/g are both integers: the scale of a common unit.
AISCALE_HOST_DEVICE constexpr magnitude_result common_divisor(const magnitude& a, const magnitude& b) {
  const std::uint64_t g = detail::gcd(a.den, b.den);
  if (detail::mul_overflows(a.den / g, b.den)) return {{}, false};
  return {{detail::gcd(a.num, b.num), a.den / g * b.den, a.exp2 < b.exp2 ? a.exp2 : b.exp2,
           a.exp5 < b.exp5 ? a.exp5 : b.exp5},
          true};
}

namespace detail {

// Powers of ten as literals: the compiler rounds each one correctly, which repeated
// multiplication would not beyond 1e22.
inline constexpr double pow10_table[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10,
                                         1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
                                         1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31, 1e32,
                                         1e33, 1e34, 1e35, 1e36, 1e37, 1e38, 1e39, 1e40};
inline constexpr std::int32_t pow10_table_max = 40;
inline constexpr double neg_pow10_table[] = {
    1e-0,  1e-1,  1e-2,  1e-3,  1e-4,  1e-5,  1e-6,  1e-7,  1e-8,  1e-9,  1e-10, 1e-11, 1e-12, 1e-13,
    1e-14, 1e-15, 1e-16, 1e-17, 1e-18, 1e-19, 1e-20, 1e-21, 1e-22, 1e-23, 1e-24, 1e-25, 1e-26, 1e-27,
    1e-28, 1e-29, 1e-30, 1e-31, 1e-32, 1e-33, 1e-34, 1e-35, 1e-36, 1e-37, 1e-38, 1e-39, 1e-40};

template <class T>
AISCALE_HOST_DEVICE constexpr T pow10(std::int32_t k) {  // k >= 0
  T r = 1;
  while (k > pow10_table_max) {
    r *= static_cast<T>(pow10_table[pow10_table_max]);
    k -= pow10_table_max;
  }
  return r * static_cast<T>(pow10_table[k]);
}

template <class T>
AISCALE_HOST_DEVICE constexpr T ipow(T base, std::int32_t k) {  // k >= 0, exact while it fits
  T r = 1;
  for (std::int32_t i = 0; i < k; ++i) r *= base;
  return r;
}

}  // namespace detail

// The magnitude as a floating-point number. Powers of ten are taken whole from correctly rounded
// literals, so 1e-30, 1e9 and 3.6e15 come out exactly as the literals would.
template <class T>
AISCALE_HOST_DEVICE constexpr T value_of(const magnitude& m) {
  std::int32_t k = 0;
  if (m.exp2 > 0 && m.exp5 > 0) k = m.exp2 < m.exp5 ? m.exp2 : m.exp5;
  if (m.exp2 < 0 && m.exp5 < 0) k = m.exp2 > m.exp5 ? m.exp2 : m.exp5;
  const std::int32_t r2 = m.exp2 - k, r5 = m.exp5 - k;
  T r = static_cast<T>(m.num);
  r = r2 >= 0 ? r * detail::ipow<T>(2, r2) : r / detail::ipow<T>(2, -r2);
  r = r5 >= 0 ? r * detail::ipow<T>(5, r5) : r / detail::ipow<T>(5, -r5);
  if (k >= 0)
    r *= detail::pow10<T>(k);
  else if (-k <= detail::pow10_table_max)
    r *= static_cast<T>(detail::neg_pow10_table[-k]);
  else
    r /= detail::pow10<T>(-k);
  return r / static_cast<T>(m.den);
}

// Whether the magnitude lies within the finite, normal range of floating-point type T (with a
// decade of margin), judged from its exponents so that the check itself cannot overflow.
namespace detail {
// The number of decimal digits of v, less one. A plain function, not a lambda in the template
// below: g++ -Wshadow would compare a lambda's names with the user's globals at instantiation.
AISCALE_HOST_DEVICE constexpr int decimal_exponent(std::uint64_t v) {
  int n = 0;
  while (v >= 10) v /= 10, ++n;
  return n;
}
}  // namespace detail

template <class T>
AISCALE_HOST_DEVICE constexpr bool fits_floating(const magnitude& m) {
  const double log10 = m.exp2 * 0.30102999566398120 + m.exp5 * 0.69897000433601880 + detail::decimal_exponent(m.num) -
                       detail::decimal_exponent(m.den);
  return log10 < std::numeric_limits<T>::max_exponent10 - 1 && log10 > std::numeric_limits<T>::min_exponent10 + 1;
}

// Ordering, enough to choose the finer of two units: the exact ratio compared with 1 where it fits
// (in double: long double is double on a GPU, and a ratio of two units' factors is moderate), else
// the factors' own values.
AISCALE_HOST_DEVICE constexpr bool less(const magnitude& a, const magnitude& b) {
  const magnitude_result ratio = a / b;
  if (ratio.ok) return value_of<double>(ratio.value) < 1.0;
  return value_of<double>(a) < value_of<double>(b);
}

}  // namespace aiscale
