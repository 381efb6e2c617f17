// A parse error says what was expected and what was found, and where: a misspelt unit, a number in
// another language's notation, another kind (or currency, or numeric format) than the unit asked for.
#include <aiscale/text.hpp>
#include <aiscale/text/ostream.hpp>
#include <aiscale/units.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

// In constant evaluation too.
static_assert(ai::parse("12 kw", lang::en).error().code == ai::parse_errc::unknown_unit);
static_assert(ai::parse("12 kw", lang::en).error().expected == "kW");
static_assert(ai::parse_as(ai::usd, "\u20ac3bn", lang::en).error().found == "EUR");

TEST_CASE("a misspelt unit or currency is named, with the spelling meant") {
  struct misspelt {
    std::string_view text, found, expected;
  };
  const misspelt cases[] = {{"12 kw", "kw", "kW"},
                            {"75 gw", "gw", "GW"},
                            {"3 eur", "eur", "EUR"},
                            {"5 twh", "twh", "TWh"},
                            {"40 Gb", "Gb", "GB"}};
  for (const lang l : ai::all_languages) {
    for (const misspelt& m : cases) {
      INFO(ai::code_of(l) << ": " << m.text);
      const ai::parse_error e = ai::parse(m.text, l).error();
      CHECK(e.code == ai::parse_errc::unknown_unit);
      CHECK(e.found_in(m.text) == m.found);
      CHECK(e.expected == m.expected);
      CHECK(e.offset == m.text.find(m.found));
    }
  }
  // Words that are no unit in any case stay text after the figure.
  const ai::parse_error today = ai::parse("3 GW today", lang::en).error();
  CHECK(today.code == ai::parse_errc::trailing_text);
  CHECK(today.found_in("3 GW today") == "today");
  CHECK(today.expected.empty());
  std::ostringstream os;
  os << ai::parse("12 kw", lang::en).error();
  CHECK(os.str() == "unknown unit or currency (case matters for symbols): expected \"kW\" (at byte 3)");
}

TEST_CASE("a number in another language's notation names the notation expected") {
  const std::pair<std::string_view, lang> phrases[] = {
      {"1,5 GW", lang::en}, {"1.5 GW", lang::de}, {"1.5 GW", lang::nl},
      {"1.5 GW", lang::fr}, {"1.5 GW", lang::es}, {"1.5 GW", lang::it},
  };
  for (const auto& [text, l] : phrases) {
    INFO(ai::code_of(l));
    const ai::parse_error e = ai::parse(text, l).error();
    CHECK(e.code == ai::parse_errc::bad_number);
    CHECK(e.found_in(text) == text.substr(0, 3));
    CHECK(!e.expected.empty());
  }
  CHECK(ai::parse("1,5 GW", lang::en).error().expected == "1,234.5");
  CHECK(ai::parse("1.5 GW", lang::de).error().expected == "1.234,5");
  CHECK(ai::parse("1.5 GW", lang::fr).error().expected == "1 234,5");
  CHECK(ai::parse("5 to 1,25 GW", lang::en).error().found_in("5 to 1,25 GW") == "1,25");
}

TEST_CASE("another kind than asked names what was found and what was asked") {
  const ai::parse_error eur = ai::parse_as(ai::usd, "\u20ac3bn", lang::en).error();
  CHECK(eur.code == ai::parse_errc::wrong_dimension);
  CHECK(eur.found == "EUR");
  CHECK(eur.expected == "USD");
  CHECK(eur.found_in("\u20ac3bn") == "\u20ac3bn");
  const ai::parse_error usd = ai::parse_as(ai::eur, "3 Milliarden US-Dollar", lang::de).error();
  CHECK(usd.found == "USD");
  CHECK(usd.expected == "EUR");
  const ai::parse_error power = ai::parse_as(ai::usd, "75 GW", lang::en).error();
  CHECK(power.found == "power");
  // A compute figure without the format asked for, or with another.
  const ai::parse_error none = ai::parse_as(ai::TFLOPS_of(ai::bf16), "989 TFLOP/s", lang::en).error();
  CHECK(none.code == ai::parse_errc::wrong_dimension);
  CHECK(none.found == "no numeric format");
  CHECK(none.expected.find("BF16") != std::string_view::npos);
  const ai::parse_error fp8 = ai::parse_as(ai::TFLOPS_of(ai::bf16), "989 TFLOP/s FP8", lang::en).error();
  CHECK(fp8.found == "FP8");
  std::ostringstream os;
  os << eur;
  CHECK(os.str() ==
        "the figure is of another kind than the unit asked for: found \"EUR\", expected \"USD\" (at byte 0)");
}

TEST_CASE("a scale word of another language is found at its place") {
  const std::string_view text = "$3 trillion";
  const ai::parse_error e = ai::parse(text, lang::fr).error();
  CHECK(e.code == ai::parse_errc::other_language);
  CHECK(e.found_in(text) == "trillion");
}

TEST_CASE("errors compare by code and place") {
  const ai::parse_error e = ai::parse("12 kw", lang::en).error();
  CHECK(e == ai::parse_error{ai::parse_errc::unknown_unit, 3});
  CHECK(!(e == ai::parse_error{ai::parse_errc::trailing_text, 3}));
}
