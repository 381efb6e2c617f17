// Numbers are correctly rounded: parse gives the double std::from_chars gives, for decimals of 1 to
// 19 significant digits at every scale (subnormals and the edge of overflow included), in constant
// evaluation as at run time.
#include <aiscale/text.hpp>
#include <aiscale/units.hpp>
#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>
#include <string_view>
#include <system_error>

#include "../catch.hpp"
#include "reference_double.hpp"

namespace ai = aiscale;
using ai::lang;

// ---- in constant evaluation ------------------------------------------------------------------------

namespace {
constexpr double read(std::string_view text) { return ai::parse(text, lang::en).value().value; }

// "0." then `zeros` zeros then `digits`: a number too long to write out here.
template <std::size_t Zeros>
struct small_decimal {
  std::array<char, Zeros + 40> text{};
  std::size_t size = 0;
  constexpr explicit small_decimal(std::string_view digits) {
    text[size++] = '0';
    text[size++] = '.';
    for (std::size_t k = 0; k != Zeros; ++k) text[size++] = '0';
    for (const char c : digits) text[size++] = c;
  }
  constexpr std::string_view view() const { return {text.data(), size}; }
};
template <std::size_t Zeros>
struct large_decimal {
  std::array<char, Zeros + 40> text{};
  std::size_t size = 0;
  constexpr explicit large_decimal(std::string_view digits) {
    for (const char c : digits) text[size++] = c;
    for (std::size_t k = 0; k != Zeros; ++k) text[size++] = '0';
  }
  constexpr std::string_view view() const { return {text.data(), size}; }
};
}  // namespace

// Ties go to the even neighbour, above 2^53 and with 19 digits.
static_assert(read("9007199254740993") == 0x1.0000000000000p+53);
static_assert(read("9007199254740995") == 0x1.0000000000002p+53);
static_assert(read("1234567890123456789") == 0x1.12210f47de981p+60);
static_assert(read("9999999999999999999") == 0x1.158e460913d00p+63);
static_assert(read("0.1234567890123456789") == 0x1.f9add3746f65fp-4);
static_assert(read("72057594037927933") == 0x1.0000000000000p+56);
// The smallest subnormal, and just below half of it (which is 0, and so an error: not zero).
static_assert(read(small_decimal<323>("49406564584124654").view()) == 0x0.0000000000001p-1022);
static_assert(read(small_decimal<323>("24703282292062328").view()) == 0x0.0000000000001p-1022);
static_assert(ai::parse(small_decimal<323>("24703282292062327").view(), lang::en).error().code ==
              ai::parse_errc::too_small);
// The largest double, and above the half-way point to 2^1024 (too large).
static_assert(read(large_decimal<292>("17976931348623157").view()) == 0x1.fffffffffffffp+1023);
static_assert(read(large_decimal<292>("17976931348623158").view()) == 0x1.fffffffffffffp+1023);
static_assert(ai::parse(large_decimal<292>("17976931348623159").view(), lang::en).error().code ==
              ai::parse_errc::too_large);
// No intermediate step underflows: 10^-318 GW is 10^-309 W, a subnormal, not 0.
static_assert(ai::parse_as(ai::W, small_decimal<317>("1 GW").view(), lang::en).value().value() == 1e-309);

// ---- run time --------------------------------------------------------------------------------------

namespace {
// The sanitizers slow reading several times: there the sample is an eighth.
#if defined(__SANITIZE_ADDRESS__)
#define AISCALE_ROUNDING_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AISCALE_ROUNDING_SANITIZED 1
#endif
#endif
#ifdef AISCALE_ROUNDING_SANITIZED
constexpr std::size_t default_samples = 125000;
#else
constexpr std::size_t default_samples = 1000000;
#endif

std::size_t samples() {
  const char* v = std::getenv("AISCALE_ROUNDING_SAMPLES");  // NOLINT(concurrency-mt-unsafe): no threads yet
  return v == nullptr ? default_samples : static_cast<std::size_t>(std::strtoull(v, nullptr, 10));
}

// 1 to 19 random digits, a decimal point somewhere (or none), and then `shift` decimal places more
// to the left (negative) or zeros to the right (positive): the text, and the same number in the
// scientific notation std::from_chars reads.
struct sample {
  std::string text;
  std::string scientific;
};
sample random_decimal(std::mt19937_64& rng, int shift) {
  const auto digits = static_cast<std::size_t>(1 + rng() % 19);
  std::string all;
  for (std::size_t k = 0; k != digits; ++k) all += static_cast<char>('0' + rng() % 10);
  const auto point = static_cast<std::size_t>(rng() % (digits + 1));  // digits before the point
  sample s;
  s.scientific = all + "e" + std::to_string(shift - static_cast<int>(digits - point));
  const long before = static_cast<long>(point) + shift;  // digits before the point in the text
  if (before <= 0) {
    s.text = "0." + std::string(static_cast<std::size_t>(-before), '0') + all;
  } else if (static_cast<std::size_t>(before) >= digits) {
    s.text = all + std::string(static_cast<std::size_t>(before) - digits, '0');
  } else {
    s.text = all.substr(0, static_cast<std::size_t>(before)) + "." + all.substr(static_cast<std::size_t>(before));
  }
  return s;
}

void check_against_from_chars(std::mt19937_64& rng, std::size_t count, int min_shift, int max_shift) {
  std::size_t checked = 0;
  for (std::size_t n = 0; n != count; ++n) {
    const int shift = min_shift + static_cast<int>(rng() % static_cast<std::uint64_t>(max_shift - min_shift + 1));
    const sample s = random_decimal(rng, shift);
    double expected = 0;
    const std::errc conv = aiscale_test::reference_double(s.scientific, expected);
    const auto r = ai::parse(s.text, lang::en);
    if (conv == std::errc::result_out_of_range) {  // beyond the doubles: an error, never a value
      if (r) FAIL_CHECK(s.text << " read as " << r->value << ", from_chars: out of range");
      continue;
    }
    REQUIRE(conv == std::errc{});
    if (!r) {
      // Zero digits read as zero; anything else is a value.
      if (expected != 0 || r.error().code != ai::parse_errc::too_small) FAIL_CHECK(s.text << ": " << r.error());
      continue;
    }
    if (r->value != expected) FAIL_CHECK(s.text << " read as " << r->value << ", from_chars: " << expected);
    ++checked;
  }
  CHECK(checked > count / 2);
}
}  // namespace

TEST_CASE("parse rounds every decimal of 1 to 19 digits as std::from_chars does") {
  std::mt19937_64 rng(20261128);
  check_against_from_chars(rng, samples(), -25, 25);
}

TEST_CASE("parse rounds huge, tiny and subnormal decimals as std::from_chars does") {
  std::mt19937_64 rng(9);
  check_against_from_chars(rng, samples() / 4, -345, -280);
  check_against_from_chars(rng, samples() / 4, 280, 310);
  check_against_from_chars(rng, samples() / 4, -60, 60);
}
