// The double nearest to an exact rational mantissa * num / den * 2^exp2 * 5^exp5, correctly rounded
// (ties to even) as std::from_chars rounds a decimal, and in constant evaluation too: the quotient of
// two big integers, checked by exact multiplication, so that no intermediate step rounds,
// overflows or underflows.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>

namespace aiscale::detail::text {

// An unsigned integer of up to 64 32-bit limbs (2048 bits), least significant first: room for
// 5^500 times a 64-bit mantissa and the 55 bits of a quotient.
struct big_uint {
  static constexpr std::size_t capacity = 64;
  std::uint32_t limb[capacity]{};
  std::size_t size = 0;   // limbs in use; the highest is not zero
  bool overflow = false;  // a result needed more than the capacity (the caller bounds its inputs)

  constexpr explicit big_uint(std::uint64_t v = 0) {
    while (v != 0) limb[size++] = static_cast<std::uint32_t>(v), v >>= 32;
  }
  constexpr bool is_zero() const { return size == 0; }
  constexpr void push(std::uint32_t v) {
    if (size == capacity)
      overflow = true;
    else
      limb[size++] = v;
  }
  constexpr void mul_small(std::uint32_t m) {
    std::uint64_t carry = 0;
    for (std::size_t k = 0; k != size; ++k) {
      const std::uint64_t t = std::uint64_t{limb[k]} * m + carry;
      limb[k] = static_cast<std::uint32_t>(t);
      carry = t >> 32;
    }
    if (carry != 0) push(static_cast<std::uint32_t>(carry));
    if (m == 0) size = 0;  // no zero limbs on top: compare() goes by size first
  }
  constexpr void mul_pow5(std::int32_t n) {
    for (; n >= 13; n -= 13) mul_small(1220703125u);  // 5^13, the largest power of 5 in 32 bits
    std::uint32_t rest = 1;
    for (; n > 0; --n) rest *= 5;
    mul_small(rest);
  }
  constexpr void add(const big_uint& b) {
    std::uint64_t carry = 0;
    for (std::size_t k = 0; k != b.size || carry != 0; ++k) {
      if (k == size) push(0);
      if (k >= size) return;  // overflowed
      const std::uint64_t t = std::uint64_t{limb[k]} + (k < b.size ? b.limb[k] : 0u) + carry;
      limb[k] = static_cast<std::uint32_t>(t);
      carry = t >> 32;
    }
  }
  constexpr void mul_u64(std::uint64_t m) {
    big_uint high = *this;
    mul_small(static_cast<std::uint32_t>(m));
    high.mul_small(static_cast<std::uint32_t>(m >> 32));
    high.shift_left(32);
    add(high);
    overflow = overflow || high.overflow;
  }
  constexpr void shift_left(std::size_t bits) {
    if (size == 0) return;
    const std::size_t whole = bits / 32, part = bits % 32;
    if (size + whole + 1 > capacity) {
      overflow = true;
      return;
    }
    std::uint32_t moved[capacity + 1]{};
    for (std::size_t k = 0; k != size; ++k) {
      const std::uint64_t v = std::uint64_t{limb[k]} << part;
      moved[k + whole] |= static_cast<std::uint32_t>(v);
      moved[k + whole + 1] |= static_cast<std::uint32_t>(v >> 32);
    }
    size += whole + 1;
    for (std::size_t k = 0; k != size; ++k) limb[k] = moved[k];
    while (size != 0 && limb[size - 1] == 0) --size;
  }
  // *this -= b, where b <= *this.
  constexpr void subtract(const big_uint& b) {
    std::int64_t borrow = 0;
    for (std::size_t k = 0; k != size; ++k) {
      std::int64_t t = std::int64_t{limb[k]} - (k < b.size ? std::int64_t{b.limb[k]} : 0) - borrow;
      borrow = t < 0 ? 1 : 0;
      if (t < 0) t += std::int64_t{1} << 32;
      limb[k] = static_cast<std::uint32_t>(t);
    }
    while (size != 0 && limb[size - 1] == 0) --size;
  }
  constexpr std::size_t bit_length() const {
    if (size == 0) return 0;
    return 32 * (size - 1) + static_cast<std::size_t>(std::bit_width(limb[size - 1]));
  }
  // The highest 64 bits (the number shifted right by bit_length() - 64, or left if it is shorter).
  constexpr std::uint64_t top64() const {
    const std::size_t n = bit_length();
    std::uint64_t r = 0;
    for (std::size_t k = 0; k != 64; ++k) {
      if (k >= n) break;
      const std::size_t bit = n - 1 - k;
      if ((limb[bit / 32] >> (bit % 32)) & 1u) r |= std::uint64_t{1} << (63 - k);
    }
    return r;
  }
};

constexpr int compare(const big_uint& a, const big_uint& b) {
  if (a.size != b.size) return a.size < b.size ? -1 : 1;
  for (std::size_t k = a.size; k != 0; --k)
    if (a.limb[k - 1] != b.limb[k - 1]) return a.limb[k - 1] < b.limb[k - 1] ? -1 : 1;
  return 0;
}

// The double mantissa * 2^exp for a mantissa below 2^53 (2^53 itself when rounding carried), exact.
constexpr double compose(std::uint64_t mantissa, std::int32_t exp) {
  if (mantissa == 0) return 0;
  while (mantissa >= (std::uint64_t{1} << 53)) mantissa >>= 1, ++exp;  // only a carry's trailing zero
  if (mantissa < (std::uint64_t{1} << 52)) {                           // subnormal: exp is -1074 then
    return std::bit_cast<double>(mantissa);
  }
  const std::int32_t biased = exp + 52 + 1023;
  if (biased >= 2047) return std::bit_cast<double>(std::uint64_t{0x7FF} << 52);
  return std::bit_cast<double>((static_cast<std::uint64_t>(biased) << 52) | (mantissa - (std::uint64_t{1} << 52)));
}

// Whether v is a number and not an infinity, by comparisons only: inf - inf, the usual test, is not
// a constant expression.
constexpr bool is_finite(double v) { return v >= -1.7976931348623157e308 && v <= 1.7976931348623157e308; }

struct exact_double {
  double value = 0;
  bool ok = false;  // false: the exponents were out of the bounds this conversion takes
};

// mantissa * num / den * 2^exp2 * 5^exp5 correctly rounded; num and den are not zero.
constexpr exact_double correctly_rounded(std::uint64_t mantissa, std::uint64_t num, std::uint64_t den,
                                         std::int32_t exp2, std::int32_t exp5) {
  if (mantissa == 0) return {0, true};
  // Far outside the doubles, the answer is known without big integers: log2 of the value is within
  // about 130 of exp2 + 2.32 exp5.
  const double log2_estimate = exp2 + 2.321928094887362 * exp5;
  if (log2_estimate > 1300) return {std::bit_cast<double>(std::uint64_t{0x7FF} << 52), true};
  if (log2_estimate < -1300) return {0, true};
  if (exp5 > 500 || exp5 < -500) return {};
  big_uint a(mantissa), b(den);
  a.mul_u64(num);
  if (exp5 >= 0)
    a.mul_pow5(exp5);
  else
    b.mul_pow5(-exp5);
  // value = a / b * 2^exp2. A quotient q = a * 2^s / b of 54 or 55 bits holds the 53 of the double,
  // the bit that says above or below the half, and the remainder says whether anything follows.
  const auto la = static_cast<std::int32_t>(a.bit_length()), lb = static_cast<std::int32_t>(b.bit_length());
  std::int32_t s = 54 - (la - lb);
  // Below the normal range the double's last bit is 2^-1074: then fewer bits of q are wanted.
  if (exp2 - s + 1 < -1074) s = exp2 + 1075;
  if (s >= 0)
    a.shift_left(static_cast<std::size_t>(s));
  else
    b.shift_left(static_cast<std::size_t>(-s));
  if (a.overflow || b.overflow) return {};
  // q estimated from the leading bits (off by a few units at most), then made exact.
  const std::int32_t la2 = static_cast<std::int32_t>(a.bit_length()), lb2 = static_cast<std::int32_t>(b.bit_length());
  const double ratio = static_cast<double>(a.top64()) / static_cast<double>(b.top64());
  const std::int32_t shift = la2 - lb2;
  double estimate = shift >= 0 ? ratio * static_cast<double>(std::uint64_t{1} << (shift > 62 ? 62 : shift))
                               : ratio / static_cast<double>(std::uint64_t{1} << (-shift > 62 ? 62 : -shift));
  if (shift > 62 || -shift > 62) estimate = 0;  // cannot happen for the s chosen above; start low
  std::uint64_t q = estimate < 1 ? 0 : static_cast<std::uint64_t>(estimate);
  big_uint product = b;
  product.mul_u64(q);
  while (compare(product, a) > 0) product.subtract(b), --q;
  big_uint rest = a;
  rest.subtract(product);
  while (compare(rest, b) >= 0) rest.subtract(b), ++q;
  bool sticky = !rest.is_zero();
  std::int32_t exp = exp2 - s;  // value = (q + rest / b) * 2^exp
  while (q >= (std::uint64_t{1} << 54)) sticky = sticky || (q & 1u) != 0, q >>= 1, ++exp;
  // Round q to its bits above the lowest: half way goes to the even neighbour.
  const bool half = (q & 1u) != 0;
  std::uint64_t m = q >> 1;
  ++exp;
  if (half && (sticky || (m & 1u) != 0)) ++m;
  return {compose(m, exp), true};
}

}  // namespace aiscale::detail::text
