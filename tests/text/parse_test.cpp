// parse and parse_as in each language: separators, scale words, currencies, units, ranges, errors.
#include <aiscale/text.hpp>
#include <aiscale/units.hpp>
#include <charconv>
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

namespace {
double value_of(std::string_view text, lang l) {
  const auto r = ai::parse(text, l);
  INFO(text << ": " << r.error());
  REQUIRE(r.has_value());
  return r->value;
}
}  // namespace

TEST_CASE("numbers are read with the language's decimal and grouping separators") {
  CHECK(value_of("1,234.5", lang::en) == 1234.5);
  CHECK(value_of("1.234,5", lang::de) == 1234.5);
  CHECK(value_of("1.234,5", lang::nl) == 1234.5);
  CHECK(value_of("1 234,5", lang::fr) == 1234.5);
  CHECK(value_of("1\u00a0234,5", lang::fr) == 1234.5);
  CHECK(value_of("1\u202f234,5", lang::fr) == 1234.5);
  CHECK(value_of("1\u202f234,5", lang::de) == 1234.5);
  CHECK(value_of("3'000", lang::de) == 3000);
  CHECK(value_of("1.234,5", lang::es) == 1234.5);
  CHECK(value_of("1.234,5", lang::it) == 1234.5);
  CHECK(value_of("-2.5", lang::en) == -2.5);
  CHECK(value_of("+2,5", lang::de) == 2.5);
}

TEST_CASE("a number whose reading depends on the language is read by the language given") {
  CHECK(value_of("1.000", lang::en) == 1.0);
  CHECK(value_of("1.000", lang::de) == 1000.0);
  CHECK(value_of("1,500", lang::en) == 1500.0);
  CHECK(value_of("1,500", lang::fr) == 1.5);
}

TEST_CASE("a guessed language that the text cannot decide is an error, never a guess") {
  CHECK(ai::parse("1.000 GW", lang::guess).error().code == ai::parse_errc::ambiguous_language);
  CHECK(ai::parse("1,500 GPUs", lang::guess).error().code == ai::parse_errc::ambiguous_language);
  CHECK(ai::parse("1 billion dollars", lang::guess).error().code == ai::parse_errc::ambiguous_language);
}

TEST_CASE("a guessed language decided by the words is read") {
  CHECK(value_of("3 billion dollars", lang::guess) == 3e9);  // French would write "billions"
  CHECK(value_of("3,5 Mrd. EUR", lang::guess) == 3.5e9);
  CHECK(value_of("1,5 GW", lang::guess) == 1.5e9);  // a comma before one digit is a decimal mark everywhere
  const auto de = ai::parse("100 Milliarden US-Dollar", lang::guess);
  REQUIRE(de);
  CHECK(de->language == lang::de);
  CHECK(de->value == 1e11);
}

TEST_CASE("scale words of all six languages, short and long scale") {
  CHECK(value_of("3 trillion", lang::en) == 3e12);
  CHECK(value_of("3 bn", lang::en) == 3e9);
  CHECK(value_of("3 tn", lang::en) == 3e12);
  CHECK(value_of("25k", lang::en) == 25e3);
  CHECK(value_of("3 Billionen", lang::de) == 3e12);
  CHECK(value_of("3 Mrd.", lang::de) == 3e9);
  CHECK(value_of("3 Mio.", lang::de) == 3e6);
  CHECK(value_of("3 Billiarden", lang::de) == 3e15);
  CHECK(value_of("3 miljard", lang::nl) == 3e9);
  CHECK(value_of("3 mln.", lang::nl) == 3e6);
  CHECK(value_of("3 biljoen", lang::nl) == 3e12);
  CHECK(value_of("3 milliards", lang::fr) == 3e9);
  CHECK(value_of("3 Mds", lang::fr) == 3e9);
  CHECK(value_of("3 billions", lang::fr) == 3e12);
  CHECK(value_of("3 mil millones", lang::es) == 3e9);
  CHECK(value_of("3 billones", lang::es) == 3e12);
  CHECK(value_of("1 mill\u00f3n", lang::es) == 1e6);
  CHECK(value_of("3 mille miliardi", lang::it) == 3e12);
  CHECK(value_of("3 miliardi", lang::it) == 3e9);
  CHECK(value_of("3 mln", lang::it) == 3e6);
}

TEST_CASE("currencies before or after the number, as symbols, codes and names") {
  const auto money = [](std::string_view text, lang l, std::string_view code, double v) {
    const auto r = ai::parse(text, l);
    INFO(text << ": " << r.error());
    REQUIRE(r);
    CHECK(r->kind == ai::figure_kind::money);
    CHECK(r->currency == code);
    CHECK(r->value == v);
  };
  money("$3T", lang::en, "USD", 3e12);
  money("US$ 1.5tn", lang::en, "USD", 1.5e12);
  money("EUR 100 Mrd.", lang::de, "EUR", 1e11);
  money("3,5 Mrd. EUR", lang::de, "EUR", 3.5e9);
  money("100 Milliarden US-Dollar", lang::de, "USD", 1e11);
  money("2 milliards d'euros", lang::fr, "EUR", 2e9);
  money("2 milliards d\u2019euros", lang::fr, "EUR", 2e9);
  money("50 \u20ac", lang::fr, "EUR", 50);
  money("\u00a3 20bn", lang::en, "GBP", 20e9);
  money("3B USD", lang::en, "USD", 3e9);
  money("5 miljard euro", lang::nl, "EUR", 5e9);
  money("10 miliardi di euro", lang::it, "EUR", 10e9);
}

TEST_CASE("units with prefixes, names and plurals") {
  const auto kind = [](std::string_view text, lang l) {
    const auto r = ai::parse(text, l);
    INFO(text << ": " << r.error());
    REQUIRE(r);
    return r->kind;
  };
  CHECK(kind("1 GW", lang::en) == ai::figure_kind::power);
  CHECK(kind("1 Gigawatt", lang::de) == ai::figure_kind::power);
  CHECK(kind("2 gigavatios", lang::es) == ai::figure_kind::power);
  CHECK(kind("1 TWh", lang::fr) == ai::figure_kind::energy);
  CHECK(kind("3 Terawattstunden", lang::de) == ai::figure_kind::energy);
  CHECK(kind("200 ExaFLOPS", lang::en) == ai::figure_kind::compute_rate);
  CHECK(kind("2 EFLOP/s", lang::en) == ai::figure_kind::compute_rate);
  CHECK(kind("3 FLOPs", lang::en) == ai::figure_kind::compute_work);
  CHECK(kind("100 GPUs", lang::en) == ai::figure_kind::gpus);
  CHECK(kind("100 GPU's", lang::nl) == ai::figure_kind::gpus);
  CHECK(kind("100.000 H100-GPUs", lang::de) == ai::figure_kind::gpus);
  CHECK(kind("500k H100 equivalents", lang::en) == ai::figure_kind::h100_equivalents);
  CHECK(kind("500.000 H100-\u00c4quivalente", lang::de) == ai::figure_kind::h100_equivalents);
  CHECK(kind("500 000 \u00e9quivalents H100", lang::fr) == ai::figure_kind::h100_equivalents);
  CHECK(kind("80 GB", lang::en) == ai::figure_kind::data);
  CHECK(kind("80 Go", lang::fr) == ai::figure_kind::data);
  CHECK(kind("3 Jahre", lang::de) == ai::figure_kind::time);
  CHECK(kind("30 %", lang::de) == ai::figure_kind::number);
}

TEST_CASE("a compute figure carries its numeric format") {
  const auto r = ai::parse("1.742 EF/s FP64", lang::en);
  REQUIRE(r);
  CHECK(r->compute_format == "FP64");
  CHECK(r->value == 1.742e18);
  const auto s = ai::parse("5 PFLOPs (FP8 sparse)", lang::en);
  REQUIRE(s);
  CHECK(s->kind == ai::figure_kind::compute_work);
  CHECK(s->compute_format == "FP8 sparse");
  CHECK(ai::parse_as(ai::PFLOPS_of(ai::bf16), "2 PFLOP/s BF16", lang::de).value() == 2 * ai::PFLOPS_of(ai::bf16));
}

TEST_CASE("ranges share their scale word and unit") {
  const auto r = ai::parse("25-30k", lang::en);
  REQUIRE(r);
  CHECK(r->is_range());
  CHECK(r->value == 25e3);
  CHECK(r->upper == 30e3);
  const auto de = ai::parse_range_as(ai::gpu, "4 bis 5 Millionen GPUs", lang::de);
  REQUIRE(de);
  CHECK(de->low == 4 * ai::million * ai::gpu);
  CHECK(de->high == 5 * ai::million * ai::gpu);
  const auto fr = ai::parse("1,5 \u00e0 2 milliards de dollars", lang::fr);
  REQUIRE(fr);
  CHECK(fr->value == 1.5e9);
  CHECK(fr->upper == 2e9);
  CHECK(ai::parse_as(ai::gpu, "4 bis 5 Millionen GPUs", lang::de).error().code == ai::parse_errc::is_range);
  CHECK(ai::parse("4 bis", lang::de).error().code == ai::parse_errc::trailing_text);
}

TEST_CASE("a figure reports the scale word used and the span read") {
  const std::string_view text = "  3,5 Mrd. EUR ";
  const auto r = ai::parse(text, lang::de);
  REQUIRE(r);
  CHECK(r->scale_word == "Mrd.");
  CHECK(r->unit_text == "EUR");
  CHECK(r->span_in(text) == "3,5 Mrd. EUR");
}

TEST_CASE("errors name what was wrong and the byte offset") {
  CHECK(ai::parse("", lang::en).error().code == ai::parse_errc::empty_input);
  CHECK(ai::parse("about 3 GW", lang::en).error() == ai::parse_error{ai::parse_errc::expected_number, 0});
  CHECK(ai::parse("3 GW today", lang::en).error() == ai::parse_error{ai::parse_errc::trailing_text, 5});
  CHECK(ai::parse("$", lang::en).error() == ai::parse_error{ai::parse_errc::expected_number, 1});
  const std::string huge = "1" + std::string(400, '0');
  CHECK(ai::parse(huge, lang::en).error().code == ai::parse_errc::too_large);
  CHECK(!ai::parse("75 GW", lang::en).error().message().empty());
}

// The number reader must give the correctly rounded double, as std::from_chars does, for the
// numbers articles write: up to 15 significant digits, a few decimals, grouped or not.
namespace {
double reference_double(const std::string& decimal) {
  double v = 0;
  REQUIRE(aiscale_test::reference_double(decimal, v) == std::errc{});
  return v;
}
}  // namespace

TEST_CASE("parse reads numbers as std::from_chars does, correctly rounded") {
  std::mt19937_64 rng(2026);
  for (int n = 0; n != 20000; ++n) {
    const std::uint64_t digits = rng() % 1000000000000000ull;  // up to 15 digits
    const int decimals = static_cast<int>(rng() % 8);
    std::string plain = std::to_string(digits);
    if (decimals != 0) {
      while (plain.size() <= static_cast<std::size_t>(decimals)) plain.insert(0, "0");
      plain.insert(plain.size() - static_cast<std::size_t>(decimals), ".");
    }
    const double expected = reference_double(plain);
    std::string german = plain;  // the same number in German: decimal comma
    for (char& c : german)
      if (c == '.') c = ',';
    INFO(plain);
    CHECK(value_of(plain, lang::en) == expected);
    CHECK(value_of(german, lang::de) == expected);
    const std::string giga = plain + "e9";  // the watts of "... GW", rounded once
    CHECK(value_of(plain + " GW", lang::en) == reference_double(giga));
  }
}
