// Rounding a double to significant digits and writing it with a language's decimal mark and
// digit grouping, as constexpr code (no <charconv>, whose floating-point part is not constexpr).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>

#include "aiscale/core/magnitude.hpp"
#include "aiscale/text/detail/exact_double.hpp"
#include "aiscale/text/formatted_text.hpp"
#include "aiscale/text/lang.hpp"

namespace aiscale::detail::text {

constexpr double power10(std::int32_t k) {
  if (k >= 0) return pow10<double>(k);
  if (-k <= pow10_table_max) return neg_pow10_table[-k];
  return 1.0 / pow10<double>(-k);
}

// |value| ~ digits * 10^exp10 with `sig` significant digits (digits == 0 for zero).
struct rounded {
  std::uint64_t digits = 0;
  std::int32_t exp10 = 0;
  bool negative = false;
  bool finite = true;
  bool nan = false;

  // The exponent of the leading digit: 989e12 -> 14.
  constexpr std::int32_t lead() const {
    std::int32_t n = 0;
    for (std::uint64_t d = digits; d >= 10; d /= 10) ++n;
    return exp10 + n;
  }
  constexpr bool is_one_at(std::int32_t display_exp) const {
    if (digits == 0) return false;
    std::uint64_t d = digits;
    std::int32_t e = exp10;
    while (d % 10 == 0) d /= 10, ++e;
    return d == 1 && e == display_exp;
  }
};

// 10^k for 0 <= k <= 19, all that fit in 64 bits.
inline constexpr std::uint64_t pow10_u_table[20] = {1,
                                                    10,
                                                    100,
                                                    1'000,
                                                    10'000,
                                                    100'000,
                                                    1'000'000,
                                                    10'000'000,
                                                    100'000'000,
                                                    1'000'000'000,
                                                    10'000'000'000,
                                                    100'000'000'000,
                                                    1'000'000'000'000,
                                                    10'000'000'000'000,
                                                    100'000'000'000'000,
                                                    1'000'000'000'000'000,
                                                    10'000'000'000'000'000,
                                                    100'000'000'000'000'000,
                                                    1'000'000'000'000'000'000,
                                                    10'000'000'000'000'000'000u};
constexpr std::uint64_t pow10_u(std::int32_t k) { return pow10_u_table[static_cast<std::size_t>(k) % 20]; }

constexpr rounded round_to(double v, int sig) {
  rounded r;
  if (sig < 1) sig = 1;
  if (sig > 17) sig = 17;
  r.negative = v < 0;
  double a = r.negative ? -v : v;
  if (!is_finite(a)) {  // compared, not subtracted: inf - inf is no constant expression
    r.finite = false;
    r.nan = !(a == a);
    return r;
  }
  if (a == 0) return r;
  // Tiny and subnormal numbers are scaled into the range where every power of ten they need is a
  // double (one rounding, below the 17 digits shown at most), so that they keep their digits.
  std::int32_t bias = 0;
  if (a < 1e-290) a *= 1e300, bias = -300;
  // The decade of the leading digit: estimated from the binary exponent (log10 2 is about
  // 78913 / 2^18, and a >> rounds down in C++20), then stepped to the one decade where
  // power10(e) <= a < power10(e + 1): a step or two instead of one per decade from 10^0.
  const auto binary_exponent = static_cast<std::int32_t>((std::bit_cast<std::uint64_t>(a) >> 52) & 0x7FF) - 1023;
  std::int32_t e = (binary_exponent * 78913) >> 18;
  while (e < 308 && a >= power10(e + 1)) ++e;
  while (e > -330 && a < power10(e)) --e;
  std::int32_t shift = e - sig + 1;
  // Two steps for tiny numbers, whose scale factor alone would overflow to infinity.
  const double scaled = shift >= 0     ? a / power10(shift)
                        : shift < -300 ? a * 1e300 * power10(-shift - 300)
                                       : a * power10(-shift);
  // scaled is never negative (a is a magnitude), so adding one half and truncating rounds to nearest.
  auto n =
      scaled < 1e19 ? static_cast<std::uint64_t>(scaled + 0.5) : pow10_u(sig);  // NOLINT(bugprone-incorrect-roundings)
  if (n >= pow10_u(sig)) n = (n + 5) / 10, ++shift;
  if (n == 0) n = 1;
  r.digits = n;
  r.exp10 = shift + bias;
  return r;
}

constexpr std::string_view group_text(lang l) {
  switch (l) {
    case lang::en:
      return ",";
    case lang::fr:
      return "\u202f";  // narrow no-break space, as French typography and CLDR have it
    default:
      return ".";
  }
}

// Writes |r| / 10^display_exp: "3", "1,5", "3.000", "3 000", trailing fractional zeros dropped.
// Room for every digit of a double at any display exponent the formats use (10^308 in yotta units,
// 10^-324 in nano units): what does not fit the formatted_text makes it incomplete, never shorter.
inline constexpr std::size_t most_digits = 400;

constexpr void put_number(formatted_text& out, const rounded& r, std::int32_t display_exp, lang l) {
  if (!r.finite) return out.append(r.nan ? "nan" : r.negative ? "-inf" : "inf");
  char int_part[most_digits]{};
  std::size_t int_n = 0;
  char frac[most_digits]{};
  std::size_t frac_n = 0;
  const std::int32_t k = r.exp10 - display_exp;
  if (k >= 0) {
    char tmp[24]{};
    std::size_t n = 0;
    std::uint64_t d = r.digits;
    do tmp[n++] = static_cast<char>('0' + d % 10);
    while ((d /= 10) != 0);
    while (n != 0 && int_n < sizeof int_part) int_part[int_n++] = tmp[--n];
    for (std::int32_t z = 0; z < k && int_n < sizeof int_part; ++z) int_part[int_n++] = '0';
  } else {
    const std::int32_t fk = -k;
    const std::uint64_t div = fk > 19 ? 0 : pow10_u(fk);
    std::uint64_t ip = div == 0 ? 0 : r.digits / div;
    std::uint64_t fp = div == 0 ? r.digits : r.digits % div;
    char tmp[24]{};
    std::size_t n = 0;
    do tmp[n++] = static_cast<char>('0' + ip % 10);
    while ((ip /= 10) != 0);
    while (n != 0) int_part[int_n++] = tmp[--n];
    // fk digits of fp, with leading zeros
    char ftmp[most_digits]{};
    std::size_t fn = 0;
    for (std::int32_t z = 0; z < fk && fn < sizeof ftmp; ++z) ftmp[fn++] = static_cast<char>('0' + fp % 10), fp /= 10;
    while (fn != 0 && frac_n < sizeof frac) frac[frac_n++] = ftmp[--fn];
    while (frac_n != 0 && frac[frac_n - 1] == '0') --frac_n;
  }
  for (std::size_t i = 0; i != int_n; ++i) {
    if (i != 0 && int_n >= 4 && (int_n - i) % 3 == 0) out.append(group_text(l));
    out.append(int_part[i]);
  }
  if (frac_n != 0) {
    out.append(l == lang::en ? '.' : ',');
    for (std::size_t i = 0; i != frac_n; ++i) out.append(frac[i]);
  }
}

}  // namespace aiscale::detail::text
