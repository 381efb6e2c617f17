// Dimensions: products of named base dimensions raised to rational exponents.
#pragma once

#include <cstddef>
#include <cstdint>
#include "aiscale/core/char_view.hpp"
#include "aiscale/core/config.hpp"

namespace aiscale {

// A base dimension is identified by a 32-bit hash of its name ("energy", "money:USD", "token").
// A number keeps type names short in compiler errors, where the unit symbol already names the
// dimension in words; tests check that the library's own base names do not collide.
using base_dimension_id = std::uint32_t;

namespace detail {
// The lowest bit of an id says whether the dimension is a currency (its name starts with "money:"),
// so that an exchange rate can refuse W (J per s) or USD per GPU, which are not one currency per another.
inline constexpr base_dimension_id money_bit = 1;
}  // namespace detail

AISCALE_HOST_DEVICE constexpr base_dimension_id base_dimension_hash(char_view name) {
  std::uint32_t h = 2166136261u;  // FNV-1a
  for (const char c : name) {
    h ^= static_cast<std::uint8_t>(c);
    h *= 16777619u;
  }
  return name.substr(0, 6) == char_view("money:") ? (h | detail::money_bit) : (h & ~detail::money_bit);
}

namespace detail {
AISCALE_HOST_DEVICE constexpr bool is_money(base_dimension_id id) { return (id & money_bit) != 0; }
}  // namespace detail

// One factor of a dimension: base^(num/den), den > 0, reduced.
struct dimension_factor {
  base_dimension_id base = 0;
  std::int32_t num = 0;
  std::int32_t den = 1;

  friend constexpr bool operator==(const dimension_factor&, const dimension_factor&) = default;
};

namespace detail {

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
