// Never a wrong figure: each family of text that once gave a wrong value or kind without an error,
// tried in every language where it can be written. A figure is read right, or not read and
// reported; it is never read as something else.
#include <aiscale/text.hpp>
#include <aiscale/units.hpp>
#include <string>
#include <string_view>
#include <type_traits>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

namespace {
ai::figure read(std::string_view text, lang l) {
  const auto r = ai::parse(text, l);
  INFO(text << " [" << ai::code_of(l) << "]: " << r.error());
  REQUIRE(r.has_value());
  return *r;
}
ai::parse_errc error_of(std::string_view text, lang l) {
  const auto r = ai::parse(text, l);
  INFO(text << " [" << ai::code_of(l) << "]");
  REQUIRE(!r.has_value());
  return r.error().code;
}
// No figure of the extraction has the given value (the wrong reading a text once gave).
bool no_figure_worth(const ai::extraction& e, double v) {
  for (const ai::figure& f : e.figures)
    if (f.value == v || f.upper == v) return false;
  return true;
}
}  // namespace

TEST_CASE("an elided d' after a scale word is no unit: the figure ends before it, or reads the noun") {
  // "d" alone is the day; cut by an apostrophe it is the start of "d'habitants".
  constexpr std::string_view fr = "La r\u00e9gion compte 2 millions d'habitants et vise 1 million d\u2019ici 2030.";
  const ai::extraction e = ai::extract(fr, lang::fr);
  REQUIRE(e.figures.size() == 2);
  CHECK(e.figures[0].span_in(fr) == "2 millions");
  CHECK(e.figures[0].kind == ai::figure_kind::number);
  CHECK(e.figures[0].value == 2e6);
  CHECK(e.figures[1].span_in(fr) == "1 million");
  CHECK(e.figures[1].value == 1e6);
  CHECK(error_of("2 millions d'habitants", lang::fr) == ai::parse_errc::trailing_text);
  // Italian elides "di" before a vowel: "milioni d'euro" is money.
  const ai::figure it = read("5 milioni d'euro", lang::it);
  CHECK(it.kind == ai::figure_kind::money);
  CHECK(it.currency == "EUR");
  CHECK(it.value == 5e6);
  CHECK(read("2 miliardi d\u2019euro", lang::it).value == 2e9);
  CHECK(read("800 millions d\u2019euros", lang::fr).value == 8e8);
  // A possessive after a longer word keeps it: "billion's" is still the scale word, "GW's" the unit.
  constexpr std::string_view en = "They spent $5 billion's worth of chips on the 2 GW's first phase.";
  const ai::extraction possessive = ai::extract(en, lang::en);
  REQUIRE(possessive.figures.size() == 2);
  CHECK(possessive.figures[0].value == 5e9);
  CHECK(possessive.figures[0].span_in(en) == "$5 billion");
  CHECK(possessive.figures[1].value == 2e9);
  CHECK(possessive.figures[1].kind == ai::figure_kind::power);
  // In every language, a unit letter followed by an elision is not that unit.
  for (const lang l : ai::all_languages) {
    const auto r = ai::parse("3 d'accordo", l);
    CHECK(!(r.has_value() && r->kind == ai::figure_kind::time));
    const ai::extraction x = ai::extract("Sono 3 h'ore", l);
    for (const ai::figure& f : x.figures) CHECK(f.kind != ai::figure_kind::time);
  }
}

TEST_CASE("a scale word of another language is an error, never dropped or read with this language's meaning") {
  // An English phrase quoted in an article in another language: not $3, not 3e18. parse, asked for
  // that language, refuses it; extract reads it as English (issue 12 item 7), saying so.
  for (const lang l : {lang::de, lang::nl, lang::fr, lang::es, lang::it}) {
    CHECK(error_of("$3 trillion", l) == ai::parse_errc::other_language);
    const std::string text = "Il titolo: $3 trillion per l'IA";
    const ai::extraction e = ai::extract(text, l);
    CHECK(no_figure_worth(e, 3));
    CHECK(e.errors.empty());
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].value == 3e12);
    CHECK(e.figures[0].language == lang::en);
    CHECK(e.figures[0].span_in(text) == "$3 trillion");
  }
  // Where this language has the word too ("Billion" in German), or the digits read otherwise in
  // another notation ("$1.000 trillion"), the error stands.
  for (const std::string text : {"Er nannte 3 Billion Dollar.", "Er nannte $1.000 trillion."}) {
    const ai::extraction e = ai::extract(text, lang::de);
    CHECK(e.figures.empty());
    REQUIRE(e.errors.size() == 1);
    CHECK(e.errors[0].code == ai::parse_errc::other_language);
  }
  CHECK(error_of("3 Milliarden", lang::en) == ai::parse_errc::other_language);
  CHECK(error_of("3 miliardi di euro", lang::de) == ai::parse_errc::other_language);
  CHECK(error_of("3 miljard euro", lang::fr) == ai::parse_errc::other_language);
  CHECK(error_of("3 Mrd. EUR", lang::es) == ai::parse_errc::other_language);
  CHECK(error_of("3 millones", lang::it) == ai::parse_errc::other_language);
  CHECK(error_of("3 bn", lang::nl) == ai::parse_errc::other_language);
  // A singular that the number does not agree with is another language's word: "$3 billion" in a
  // French article is English (3e9), not French (3e12).
  CHECK(error_of("$3 billion", lang::fr) == ai::parse_errc::other_language);
  CHECK(error_of("3 Billion Dollar", lang::de) == ai::parse_errc::other_language);
  CHECK(read("1 billion", lang::fr).value == 1e12);  // French, and singular: a French billion
  CHECK(read("1 Milliarde Euro", lang::de).value == 1e9);
  // This language's own words and units are read as before.
  CHECK(read("5 B", lang::de).kind == ai::figure_kind::data);
  CHECK(read("3 Mrd", lang::fr).value == 3e9);
  CHECK(read("3 mln", lang::it).value == 3e6);
  // lang::guess reads the language the word belongs to.
  CHECK(read("$3 trillion", lang::guess).value == 3e12);
}

TEST_CASE("a year after a range word is not the end of a range") {
  struct phrase {
    std::string_view text;
    lang l;
    std::string_view span;
  };
  const phrase phrases[] = {
      {"Geplant sind 3 Millionen bis 2030.", lang::de, "3 Millionen"},
      {"They want 3 million to 2030 and beyond.", lang::en, "3 million"},
      {"Er komen 3 miljoen tot 2030 bij.", lang::nl, "3 miljoen"},
      {"On vise 3 millions \u00e0 2030 au plus tard.", lang::fr, "3 millions"},
      {"Se esperan 3 millones a 2030.", lang::es, "3 millones"},
      {"Si punta a 3 milioni a 2030.", lang::it, "3 milioni"},
  };
  for (const phrase& p : phrases) {
    const ai::extraction e = ai::extract(p.text, p.l);
    INFO(p.text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].span_in(p.text) == p.span);
    CHECK(!e.figures[0].is_range());
    CHECK(e.figures[0].value == 3e6);
  }
  CHECK(error_of("3 Millionen bis 2030", lang::de) == ai::parse_errc::trailing_text);
  // A scale word after the second number still serves both ends.
  const ai::figure f = read("4 bis 5 Millionen", lang::de);
  CHECK(f.value == 4e6);
  CHECK(f.upper == 5e6);
  CHECK(read("3 Mio. bis 5 Mio.", lang::de).upper == 5e6);
}

TEST_CASE("each end of a range has its own sign") {
  const std::pair<std::string_view, lang> phrases[] = {
      {"-5 to 3 %", lang::en},     {"-5 bis 3 %", lang::de}, {"-5 tot 3 %", lang::nl},
      {"-5 \u00e0 3 %", lang::fr}, {"-5 a 3 %", lang::es},   {"-5 a 3 %", lang::it},
  };
  for (const auto& [text, l] : phrases) {
    const ai::figure f = read(text, l);
    CHECK(f.value == -0.05);
    CHECK(f.upper == 0.03);
  }
  const ai::figure both = read("-5 to -3 %", lang::en);
  CHECK(both.value == -0.05);
  CHECK(both.upper == -0.03);
  const ai::figure dash = read("\u22125\u20133 %", lang::de);  // minus sign, en dash as the range
  CHECK(dash.value == -0.05);
  CHECK(dash.upper == 0.03);
  CHECK(read("USD -3 to 4 billion", lang::en).upper == 4e9);
}

TEST_CASE("a reversed range is read in order, low end first") {
  const std::pair<std::string_view, lang> phrases[] = {
      {"5 to 3 GW", lang::en},     {"5 bis 3 GW", lang::de}, {"5 tot 3 GW", lang::nl},
      {"5 \u00e0 3 GW", lang::fr}, {"5 a 3 GW", lang::es},   {"5 a 3 GW", lang::it},
  };
  for (const auto& [text, l] : phrases) {
    const ai::figure f = read(text, l);
    CHECK(f.value == 3e9);
    CHECK(f.upper == 5e9);
    const auto q = ai::parse_range_as(ai::GW, text, l);
    REQUIRE(q);
    CHECK(q->low == 3 * ai::GW);
    CHECK(q->high == 5 * ai::GW);
  }
  CHECK(read("3 to -5 %", lang::en).value == -0.05);
}

TEST_CASE("a number in another language's notation is refused as a whole, never read in part") {
  // English text with a decimal comma, and the other languages with a decimal point.
  const std::pair<std::string_view, lang> phrases[] = {
      {"The new campus needs 1,5 GW from 2027.", lang::en}, {"Der Campus braucht 1.5 GW ab 2027.", lang::de},
      {"De campus vraagt 1.5 GW vanaf 2027.", lang::nl},    {"Le campus exige 1.5 GW d\u00e8s 2027.", lang::fr},
      {"El campus necesita 1.5 GW desde 2027.", lang::es},  {"Il campus richiede 1.5 GW dal 2027.", lang::it},
  };
  for (const auto& [text, l] : phrases) {
    INFO(text);
    const ai::extraction e = ai::extract(text, l);
    CHECK(e.figures.empty());
    CHECK(no_figure_worth(e, 5e9));
    REQUIRE(e.errors.size() == 1);
    CHECK(e.errors[0].code == ai::parse_errc::bad_number);
    CHECK(text.substr(e.errors[0].offset, 3).find('1') == 0);
  }
  CHECK(ai::parse("1,5 GW", lang::en).error() == ai::parse_error{ai::parse_errc::bad_number, 0});
  CHECK(ai::parse("1.5 GW", lang::de).error() == ai::parse_error{ai::parse_errc::bad_number, 0});
  CHECK(ai::parse("1,0000 GPUs", lang::en).error().code == ai::parse_errc::bad_number);  // a group of four
  // The language's own notation is read as before, and a comma before a space is punctuation.
  CHECK(read("1,500 GW", lang::en).value == 1.5e12);
  CHECK(ai::extract("In 2025, 3 GW were built.", lang::en).figures.size() == 1);
  CHECK(read("1,5 GW", lang::guess).value == 1.5e9);
}

TEST_CASE("an en dash right before a number is a minus") {
  for (const lang l : ai::all_languages) {
    INFO(ai::code_of(l));
    CHECK(read("\u20135 %", l).value == -0.05);
    const std::string text = "Prices: \u20133 % in May";
    const ai::extraction e = ai::extract(text, l);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].value == -0.03);
    CHECK(e.figures[0].span_in(text) == "\u20133 %");
  }
  // Between numbers it is still the range dash, and with a space after it no sign.
  CHECK(read("25\u201330 GW", lang::en).value == 25e9);
  CHECK(ai::parse("\u2013 5 %", lang::en).error().code == ai::parse_errc::expected_number);
  CHECK(read("USD \u20133 billion", lang::en).value == -3e9);
}

TEST_CASE("invalid UTF-8 and Latin-1 bytes next to a figure do not hide it") {
  // Latin-1 "caf\xe9" and "co\xfbte" once made the scan step over the space and the digit after them.
  const std::string texts[] = {
      "caf\xe9 5 GW",
      "co\xfbte 5 GW",
      "\xff"
      "5 GW",
      "5 GW\xff",
      "prix \xc9 5 GW \xe9t\xe9",
      "\x80\x80 5 GW\xc3",
      "5 GW\xe2\x80",
  };
  for (const lang l : ai::all_languages) {
    for (const std::string& t : texts) {
      INFO(ai::code_of(l) << ": " << t);
      const ai::extraction e = ai::extract(t, l);
      REQUIRE(e.figures.size() == 1);
      CHECK(e.figures[0].value == 5e9);
      CHECK(e.figures[0].span_in(t) == "5 GW");
    }
  }
}

TEST_CASE("a byte range is bytes, a money range with B is billions") {
  for (const lang l : ai::all_languages) {
    INFO(ai::code_of(l));
    const ai::figure f = read("5-6 B", l);
    CHECK(f.kind == ai::figure_kind::data);
    CHECK(f.value == 5);
    CHECK(f.upper == 6);
  }
  const ai::figure money = read("$5-6B", lang::en);
  CHECK(money.kind == ai::figure_kind::money);
  CHECK(money.value == 5e9);
  CHECK(money.upper == 6e9);
  CHECK(read("5-6B USD", lang::en).upper == 6e9);
}

TEST_CASE("a bare number is not a percentage") {
  for (const lang l : ai::all_languages) {
    INFO(ai::code_of(l));
    CHECK(ai::parse_as(ai::percent, "5", l).error().code == ai::parse_errc::wrong_dimension);
    CHECK(ai::parse_as(ai::permille, "5", l).error().code == ai::parse_errc::wrong_dimension);
    CHECK(ai::parse_range_as(ai::percent, "5-6", l).error().code == ai::parse_errc::wrong_dimension);
    CHECK(ai::parse_as(ai::percent, "5 %", l).value() == 5 * ai::percent);
  }
  CHECK(ai::parse_as(ai::percent, "5 Prozent", lang::de).value() == 5 * ai::percent);
  CHECK(ai::parse_as(ai::permille, "5 %", lang::en).value().value() == 50);
  // Plain factors and scale words take a bare number.
  CHECK(ai::parse_as(ai::one, "5", lang::en).value() == 5 * ai::one);
  CHECK(ai::parse_as(ai::one, "30 %", lang::en).value() == 0.3 * ai::one);
  CHECK(ai::parse_as(ai::million, "3 million", lang::en).value().value() == 3);
}

TEST_CASE("a number that is not zero never reads as zero") {
  const std::string tiny = "0." + std::string(400, '0') + "1 GW";
  CHECK(ai::parse(tiny, lang::en).error().code == ai::parse_errc::too_small);
  CHECK(ai::parse("0,000 GW", lang::de)->value == 0);
  const ai::extraction e = ai::extract(tiny, lang::en);
  CHECK(e.figures.empty());
  REQUIRE(e.errors.size() == 1);
  CHECK(e.errors[0].code == ai::parse_errc::too_small);
}

TEST_CASE("lang::guess does not drop a language whose reading failed on something other than the language") {
  // German reads "5 Millionen" and then a range word with no number: in running text the figure
  // ends before "bis"; once German failed there and the others read a bare 5.
  const std::pair<std::string_view, std::string_view> texts[] = {
      {"Es sind 5 Millionen bis Ende 2030 geplant.", "5 Millionen"},
      {"Er komen 5 miljoen tot eind 2030 bij.", "5 miljoen"},
      {"On vise 5 millions \u00e0 la fin de 2030.", "5 millions"},
  };
  for (const auto& [text, span] : texts) {
    INFO(text);
    const ai::extraction e = ai::extract(text, lang::guess);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].span_in(text) == span);
    CHECK(e.figures[0].value == 5e6);
  }
  // A language that read the number but not its value answers for all: 10^-401 is no 0 in any.
  const std::string tiny = "0," + std::string(400, '0') + "1 GW";
  CHECK(ai::parse(tiny, lang::guess).error().code == ai::parse_errc::too_small);
  // The whole text still needs a complete range, which tells languages apart.
  CHECK(ai::parse("4 bis", lang::guess).error().code == ai::parse_errc::incomplete_range);
}

TEST_CASE("a figure out of the range of doubles in the unit asked for is an error, never inf or 0") {
  const std::string bytes = "1" + std::string(308, '0') + " B";  // 1e308 bytes: 8e308 bits
  REQUIRE(ai::parse(bytes, lang::en));
  CHECK(ai::parse_as(ai::byte, bytes, lang::en).value().value() == 1e308);
  CHECK(ai::parse_as(ai::bit, bytes, lang::en).error().code == ai::parse_errc::too_large);
  CHECK(ai::parse_range_as(ai::bit, bytes, lang::en).error().code == ai::parse_errc::too_large);
  const std::string joules = "0." + std::string(309, '0') + "1 J";  // 1e-310 J: below any double in TWh
  REQUIRE(ai::parse(joules, lang::en));
  CHECK(ai::parse_as(ai::TWh, joules, lang::en).error().code == ai::parse_errc::too_small);
  CHECK(ai::parse_as(ai::J, joules, lang::en).value().value() == 1e-310);
}

TEST_CASE("a lang value that is no language is refused, never read as another") {
  const auto bad = static_cast<lang>(9);
  CHECK(!ai::is_valid(bad));
  CHECK(ai::parse("75 GW", bad).error() == ai::parse_error{ai::parse_errc::unknown_language, 0});
  CHECK(ai::parse_as(ai::GW, "75 GW", bad).error().code == ai::parse_errc::unknown_language);
  const ai::extraction e = ai::extract("75 GW", bad);
  CHECK(e.figures.empty());
  REQUIRE(e.errors.size() == 1);
  CHECK(e.errors[0].code == ai::parse_errc::unknown_language);
  CHECK(ai::code_of(bad) == "unknown");
  CHECK(!ai::uses_long_scale(bad));
  CHECK(ai::lang_from_code(ai::code_of(bad)) == lang::guess);
  CHECK(ai::name_of(static_cast<ai::figure_kind>(200)) == "unknown");
  CHECK(ai::format(75 * ai::GW, bad) == "75 GW");  // written as English, as lang::guess is
  CHECK(ai::format(3 * ai::billion * ai::usd, bad) == "USD 3 billion");
}

namespace {
std::string headline() { return "3,5 Mrd. EUR"; }
template <class S>
concept parses = requires(S&& s) {
  ai::parse(static_cast<S&&>(s), lang::de);
};
template <class S>
concept extracts = requires(S&& s) {
  ai::extract(static_cast<S&&>(s), lang::de);
};
}  // namespace

// A figure keeps views into the text it was read from: a temporary string is refused at compile time.
static_assert(!parses<std::string>);
static_assert(!extracts<std::string>);
static_assert(parses<std::string&> && parses<const std::string&> && parses<std::string_view>);
static_assert(parses<const char*> && parses<const char (&)[6]>);
static_assert(extracts<const std::string&> && extracts<std::string_view>);

TEST_CASE("a temporary string can be read into a quantity, which holds no view") {
  CHECK(ai::parse_as(ai::eur, headline(), lang::de).value() == 3.5 * ai::billion * ai::eur);
  const std::string kept = headline();
  CHECK(ai::parse(kept, lang::de)->scale_word == "Mrd.");
}
