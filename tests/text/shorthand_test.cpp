// Shorthand of wires and data sheets, each tested in every language that writes it and where it must
// not be read: Reuters' "bln" (10^9 in English, 10^12 in Dutch), the German "ct" (euro cents) and
// "GByte"/"TByte" (a prefix symbol before the name byte).
#include <aiscale/text.hpp>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;
using K = ai::figure_kind;

TEST_CASE("bln is a billion in English and a trillion in Dutch, never a guess between them") {
  const std::string_view en = "SoftBank to invest $1.2 bln in the venture, Reuters reported.";
  for (const lang l : {lang::en, lang::guess}) {
    const ai::extraction e = ai::extract(en, l);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == K::money);
    CHECK(e.figures[0].value == 1.2e9);
    CHECK(e.figures[0].span_in(en) == "$1.2 bln");
  }
  CHECK(ai::parse("$3 bln.", lang::en)->value == 3e9);
  CHECK(ai::parse("1,2 bln euro", lang::nl)->value == 1.2e12);
  CHECK(ai::parse("1,2 bln. euro", lang::nl)->value == 1.2e12);
  // Alone, "$3 bln" is three billion in English and three trillion in Dutch: no figure, an error.
  for (const std::string_view text : {std::string_view("$3 bln"), std::string_view("$3 bln.")}) {
    INFO(text);
    const auto r = ai::parse(text, lang::guess);
    REQUIRE(!r.has_value());
    CHECK(r.error().code == ai::parse_errc::ambiguous_language);
  }
  // Quoted in a German text, the two readings disagree: reported, never read as either.
  const ai::extraction de = ai::extract("Der Fonds nennt \"$3 bln\" als Ziel.", lang::de);
  CHECK(de.figures.empty());
  CHECK(de.errors.size() == 1);
  // Other languages have no such word.
  for (const lang l : {lang::de, lang::fr, lang::es, lang::it}) CHECK(!ai::parse("3 bln", l).has_value());
}

TEST_CASE("ct is a euro cent in German") {
  const std::string_view de = "Industriekunden zahlen derzeit rund 17 ct/kWh f\u00fcr ihren Strom.";
  for (const lang l : {lang::de, lang::guess}) {
    const ai::extraction e = ai::extract(de, l);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == K::price_per_energy);
    CHECK(e.figures[0].currency == "EUR");
    CHECK(e.figures[0].value == Approx(0.17 / 3.6e6).epsilon(1e-12));
    CHECK(e.figures[0].span_in(de) == "17 ct/kWh");
  }
  CHECK(ai::parse("8 ct", lang::de)->value == Approx(0.08));
  // No other language writes it: "17 ct" is no sum of money there.
  for (const lang l : {lang::en, lang::nl, lang::fr, lang::es, lang::it}) {
    const auto r = ai::parse("17 ct", l);
    CHECK(!(r.has_value() && r->kind == K::money));
  }
}

TEST_CASE("a prefix symbol before byte, in every language") {
  for (const lang l : ai::all_languages) {
    INFO(ai::code_of(l));
    const auto gb = ai::parse("192 GByte", l);
    REQUIRE(gb.has_value());
    CHECK(gb->kind == K::data);
    CHECK(gb->value == 192e9);
    const auto rate = ai::parse("8 TByte/s", l);
    REQUIRE(rate.has_value());
    CHECK(rate->kind == K::data_rate);
    CHECK(rate->value == 8e12);
    CHECK(ai::parse("2 GBytes", l)->value == 2e9);
    CHECK(ai::parse("2 Gigabyte", l)->value == 2e9);
  }
  // A symbol prefix is case-sensitive: "mByte" is a thousandth of a byte, not a million bytes.
  CHECK(ai::parse("5 MByte", lang::en)->value == 5e6);
  CHECK(ai::parse("5 mByte", lang::en)->value != 5e6);
}
