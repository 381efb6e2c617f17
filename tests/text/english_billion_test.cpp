// "billion" quoted in English inside a French or German article: 10^9, never the French or German
// word of that spelling (10^12). French writes the currency after the number ("1 billion de dollars"),
// German capitalises its nouns ("1 Billion Dollar"); "$1 billion" is English in both. parse, asked for
// French or German, refuses it (other_language); extract reads the quote in English, saying so.
#include <aiscale/text.hpp>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

namespace {
// The one figure of text read in l and with lang::guess: money in USD or EUR of the value given.
void check_money(std::string_view text, lang l, double value, std::string_view span, lang read_in) {
  for (const lang in : {l, lang::guess}) {
    const ai::extraction e = ai::extract(text, in);
    INFO(text << " [" << ai::code_of(in) << "]");
    CHECK(e.errors.empty());
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == ai::figure_kind::money);
    CHECK(e.figures[0].value == value);
    CHECK(e.figures[0].span_in(text) == span);
    if (in == l) CHECK(e.figures[0].language == read_in);
  }
}
}  // namespace

TEST_CASE("an English billion after a currency symbol in French is 10^9") {
  check_money("\u00ab We'll put $1 billion into Europe \u00bb, a-t-il d\u00e9clar\u00e9 en anglais.", lang::fr, 1e9,
              "$1 billion", lang::en);
  check_money("\u00ab We will spend $3 billion this year \u00bb, a pr\u00e9cis\u00e9 le directeur.", lang::fr, 3e9,
              "$3 billion", lang::en);
  for (const std::string_view text :
       {"$1 billion", "US$ 1 billion", "\u20ac2 billions", "$1-2 billion", "-$1 billion"}) {
    INFO(text);
    CHECK(ai::parse(text, lang::fr).error().code == ai::parse_errc::other_language);
  }
  check_money("Il a cit\u00e9 \u20ac2 billions hier.", lang::fr, 2e9, "\u20ac2 billions", lang::en);
  check_money("Le chiffre: $1-2 billion.", lang::fr, 1e9, "$1-2 billion", lang::en);
  CHECK(ai::extract("Le chiffre: $1-2 billion.", lang::fr).figures[0].upper == 2e9);
}

TEST_CASE("an English billion in lower case in German is 10^9") {
  check_money("\u201eWe will spend $500 billion\u201c, sagte Altman bei der Vorstellung.", lang::de, 500e9,
              "$500 billion", lang::en);
  CHECK(ai::parse("$1 billion", lang::de).error().code == ai::parse_errc::other_language);
  CHECK(ai::parse("1 billion USD", lang::de).error().code == ai::parse_errc::other_language);
  // Without a currency before it, English and French read "1 billion USD" apart: the error stands.
  const ai::extraction e = ai::extract("Er sagte: 1 billion USD.", lang::de);
  CHECK(e.figures.empty());
  REQUIRE(e.errors.size() == 1);
  CHECK(e.errors[0].code == ai::parse_errc::other_language);
}

TEST_CASE("near twins: the French and German billion still read 10^12") {
  check_money("L'\u00c9tat a promis 1 billion de dollars.", lang::fr, 1e12, "1 billion de dollars", lang::fr);
  CHECK(ai::parse("1 billion $", lang::fr)->value == 1e12);
  CHECK(ai::parse("$1 milliard", lang::fr)->value == 1e9);
  CHECK(ai::parse("1 Billion Dollar", lang::de)->value == 1e12);
  CHECK(ai::parse("3 Billionen Euro", lang::de)->value == 3e12);
  CHECK(ai::parse("$1 Billion", lang::de)->value == 1e12);
  // Spanish, Dutch and Italian spell their 10^12 otherwise: "billion" is no word of theirs there.
  CHECK(ai::parse("$1 bill\u00f3n", lang::es)->value == 1e12);
  CHECK(!ai::parse("$1 billion", lang::es).has_value());
}
