// Dimensions: products of named base dimensions raised to rational exponents.
#pragma once

#include <cstddef>
#include <cstdint>
#include "aiscale/core/char_view.hpp"
#include "aiscale/core/config.hpp"

namespace aiscale {

// A base dimension is identified by its whole declared name ("energy", "money:USD", "token"),
// compared character by character: two different names are two different dimensions, always. (A
// hash of the name kept types shorter, but any hash lets two names collide, and then tokens would
// add to slots.) The names live in the unit's definition, next to its symbols (unit_def::names).

// One factor of a dimension: base^(num/den), den > 0, reduced. The base is the name at
// [begin, begin + size) of the owning definition's dimension names.
struct dimension_factor {
  std::uint16_t begin = 0;
  std::uint16_t size = 0;
  std::int32_t num = 0;
  std::int32_t den = 1;
};

// Whether a base dimension is a currency: its name starts with "money:". An exchange rate refuses
// W (J per s) or USD per GPU, which are not one currency per another.
AISCALE_HOST_DEVICE constexpr bool is_money_dimension(char_view name) {
  return name.substr(0, 6) == char_view("money:");
}

namespace detail {

// A base dimension's name put together at compile time ("compute:" + "BF16"), to compare with the
// names in a unit's definition.
struct dimension_name {
  char data[64]{};
  std::size_t size = 0;

  AISCALE_HOST_DEVICE constexpr char_view view() const { return {data, size}; }
};

AISCALE_HOST_DEVICE constexpr dimension_name join_dimension_name(char_view prefix, char_view rest) {
  dimension_name r;
  for (const char c : prefix)
    if (r.size < sizeof r.data) r.data[r.size++] = c;
  for (const char c : rest)
    if (r.size < sizeof r.data) r.data[r.size++] = c;
  return r;
}

// The order dimensions are kept in: by name, bytewise, so that equal dimensions have equal lists.
AISCALE_HOST_DEVICE constexpr bool name_less(char_view a, char_view b) {
  const std::size_t n = a.size() < b.size() ? a.size() : b.size();
  for (std::size_t i = 0; i != n; ++i)
    if (a[i] != b[i]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
  return a.size() < b.size();
}

AISCALE_HOST_DEVICE constexpr std::int32_t gcd_i(std::int32_t a, std::int32_t b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b != 0) {
    const std::int32_t t = a % b;
    a = b;
    b = t;
  }
  return a == 0 ? 1 : a;
}

// An exponent num/den in lowest terms with a positive denominator.
struct exponent {
  std::int32_t num = 0;
  std::int32_t den = 1;
};

AISCALE_HOST_DEVICE constexpr exponent reduce(std::int32_t num, std::int32_t den) {
  if (den < 0) num = -num, den = -den;
  const std::int32_t g = gcd_i(num, den);
  return {num / g, den / g};
}

AISCALE_HOST_DEVICE constexpr exponent add(exponent a, exponent b) {
  return reduce(a.num * b.den + b.num * a.den, a.den * b.den);
}

AISCALE_HOST_DEVICE constexpr exponent mul(exponent a, std::int32_t n, std::int32_t d) {
  return reduce(a.num * n, a.den * d);
}

}  // namespace detail

}  // namespace aiscale
