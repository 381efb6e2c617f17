// Numbers written as words with a unit or scale word, hyphenated compounds and the currency
// spellings of real articles, in paragraphs written like news in each language; and the near misses
// that must stay what they were.
#include <aiscale/text.hpp>
#include <aiscale/units.hpp>
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;
using K = ai::figure_kind;

static_assert(ai::parse_as(ai::GW, "a gigawatt", lang::en).value() == 1.0 * ai::GW);
static_assert(ai::parse_as(ai::gpu, "eine Million GPUs", lang::de).value() == 1e6 * ai::gpu);
static_assert(!ai::parse("a T", lang::en).has_value());

namespace {
struct expected_figure {
  std::string_view span;
  K kind;
  double value;
};

// No figure of that value: a reading that would be wrong.
bool no_figure_of(const ai::extraction& e, double value) {
  for (const ai::figure& f : e.figures)
    if (f.value == value) return false;
  return true;
}

template <std::size_t N>
void check_paragraph(std::string_view text, lang l, const expected_figure (&want)[N]) {
  const ai::extraction e = ai::extract(text, l);
  CHECK(e.errors.empty());
  REQUIRE(e.figures.size() == N);
  for (std::size_t k = 0; k != N; ++k) {
    INFO("figure " << k << ": " << e.figures[k].span_in(text));
    CHECK(e.figures[k].span_in(text) == want[k].span);
    CHECK(e.figures[k].kind == want[k].kind);
    CHECK(e.figures[k].value == want[k].value);
  }
}
}  // namespace

TEST_CASE("numbers written as words, in six languages") {
  check_paragraph(
      "Microsoft will add a gigawatt in Wisconsin within five years, backed by two billion dollars.", lang::en,
      {{"a gigawatt", K::power, 1e9}, {"five years", K::time, 5 * 31557600.0}, {"two billion dollars", K::money, 2e9}});
  check_paragraph("Der Konzern bestellt eine Million GPUs und plant in f\u00fcnf Jahren zehn Gigawatt.", lang::de,
                  {{"eine Million GPUs", K::gpus, 1e6},
                   {"f\u00fcnf Jahren", K::time, 5 * 31557600.0},
                   {"zehn Gigawatt", K::power, 1e10}});
  check_paragraph("Het kabinet trekt \u00e9\u00e9n miljoen euro uit; over drie jaar staat er een gigawatt.", lang::nl,
                  {{"\u00e9\u00e9n miljoen euro", K::money, 1e6},
                   {"drie jaar", K::time, 3 * 31557600.0},
                   {"een gigawatt", K::power, 1e9}});
  // ... and as a sentence begins it: "Eén", "Één" (only ASCII letters match in either case).
  check_paragraph(
      "Ruim 5 GW. E\u00e9n gigawatt is genoeg. \u00c9\u00e9n miljoen GPU's volgen.", lang::nl,
      {{"5 GW", K::power, 5e9}, {"E\u00e9n gigawatt", K::power, 1e9}, {"\u00c9\u00e9n miljoen GPU's", K::gpus, 1e6}});
  check_paragraph("Le site consommera un gigawatt et co\u00fbtera deux milliards de dollars.", lang::fr,
                  {{"un gigawatt", K::power, 1e9}, {"deux milliards de dollars", K::money, 2e9}});
  check_paragraph("La obra durar\u00e1 dos a\u00f1os y costar\u00e1 un mill\u00f3n de d\u00f3lares.", lang::es,
                  {{"dos a\u00f1os", K::time, 2 * 31557600.0}, {"un mill\u00f3n de d\u00f3lares", K::money, 1e6}});
  check_paragraph("Il campus avr\u00e0 dieci gigawatt e un miliardo di euro di investimenti.", lang::it,
                  {{"dieci gigawatt", K::power, 1e10}, {"un miliardo di euro", K::money, 1e9}});
  // A range of number words, and hundreds and thousands as scale words.
  CHECK(ai::parse("two to three gigawatts", lang::en)->upper == 3e9);
  CHECK(ai::parse("five thousand GPUs", lang::en)->value == 5000);
  CHECK(ai::parse("a hundred GPUs", lang::en)->value == 100);
}

TEST_CASE("number words that are no figure") {
  // An article or number word before a symbol, or before nothing that is a unit, is no figure.
  CHECK(ai::extract("He wore a T-shirt and one s was missing.", lang::en).figures.empty());
  CHECK(ai::extract("One of the five sites is new.", lang::en).figures.empty());
  CHECK(ai::extract("Eine der drei Firmen", lang::de).figures.empty());
  // An article before a unit of time is "per" or an idiom, not one day: "3 GW a day" is 3 GW only.
  const ai::extraction day = ai::extract("They add 3 GW a day, for a year.", lang::en);
  REQUIRE(day.figures.size() == 1);
  CHECK(day.figures[0].kind == K::power);
  // Number words of another language are not read: "zwei" in English.
  CHECK(ai::extract("zwei Gigawatt", lang::en).figures.empty());
  // Digits keep their meaning next to a number word: "one 5 GW site" is 5 GW.
  const ai::extraction site = ai::extract("one 5 GW site", lang::en);
  REQUIRE(site.figures.size() == 1);
  CHECK(site.figures[0].value == 5e9);
}

TEST_CASE("a number word inside a longer number or a fraction is not read alone") {
  // Compound numbers: reading the last word ("five" of "twenty-five") or a hyphen as a range
  // ("twenty-five" as 5 to 20) would be a wrong figure. They are read whole (compound_number_test.cpp)
  // or, where a language does not join them so ("trenta e cinque"), not at all.
  for (const auto& [text, l] : {std::pair{"twenty-five gigawatts", lang::en},
                                {"twenty five gigawatts", lang::en},
                                {"one thousand two hundred GPUs", lang::en},
                                {"vingt-cinq gigawatts", lang::fr},
                                {"vingt et un gigawatts", lang::fr},
                                {"treinta y cinco gigavatios", lang::es},
                                {"trenta e cinque gigawatt", lang::it},
                                {"twintig en vijf gigawatt", lang::nl}}) {
    INFO(text);
    const std::string paragraph = std::string("The plan: ") + text + ".";
    const ai::extraction e = ai::extract(paragraph, l);
    CHECK(e.figures.size() <= 1);
    CHECK(no_figure_of(e, 5e9));
    CHECK(no_figure_of(e, 1e9));
    CHECK(no_figure_of(e, 20e9));
    CHECK(no_figure_of(e, 200));
    CHECK(no_figure_of(e, 1000));
  }
  // A part of a whole: "half a billion" is no billion.
  for (const auto& [text, l] : {std::pair{"half a billion dollars", lang::en},
                                {"three quarters of a trillion dollars", lang::en},
                                {"a quarter of a million GPUs", lang::en},
                                {"la moiti\u00e9 d'un milliard de dollars", lang::fr},
                                {"la mitad de un mill\u00f3n de GPU", lang::es},
                                {"die H\u00e4lfte einer Milliarde Euro", lang::de},
                                {"een kwart van een miljoen GPU's", lang::nl},
                                {"la met\u00e0 di un miliardo di euro", lang::it}}) {
    INFO(text);
    const ai::extraction e = ai::extract(text, l);
    CHECK(no_figure_of(e, 1e9));
    CHECK(no_figure_of(e, 1e12));
    CHECK(no_figure_of(e, 1e6));
  }
  // Their twins read: a range written with "to", the article alone, an "of" that is no fraction.
  CHECK(ai::parse("one to two gigawatts", lang::en)->upper == 2e9);
  check_paragraph("The cost of a gigawatt is two billion dollars.", lang::en,
                  {{"a gigawatt", K::power, 1e9}, {"two billion dollars", K::money, 2e9}});
  check_paragraph("Es kostet eine Milliarde Euro.", lang::de, {{"eine Milliarde Euro", K::money, 1e9}});
}

TEST_CASE("scale words written one after the other multiply") {
  check_paragraph("It ordered one hundred thousand GPUs for two hundred million dollars; a thousand million is old.",
                  lang::en,
                  {{"one hundred thousand GPUs", K::gpus, 1e5},
                   {"two hundred million dollars", K::money, 2e8},
                   {"a thousand million", K::number, 1e9}});
  CHECK(ai::parse_as(ai::gpu, "a hundred million GPUs", lang::en).value() == 1e8 * ai::gpu);
  CHECK(ai::parse("a thousand million dollars", lang::en)->value == 1e9);
  // Only a larger word after a smaller one: "a million thousand" is not a figure of 1e9.
  CHECK(no_figure_of(ai::extract("a million thousand dollars", lang::en), 1e9));
}

TEST_CASE("a Spanish mm is a scale word only with a currency") {
  // "5 mm" is five millimetres, not 5 billion; "5 mm de d\u00f3lares" is 5 billion dollars.
  const std::string_view text = "La pieza mide 5 mm y cuesta 5 mm de d\u00f3lares.";
  const ai::extraction e = ai::extract(text, lang::es);
  REQUIRE(e.figures.size() == 1);
  CHECK(e.figures[0].span_in(text) == "5 mm de d\u00f3lares");
  CHECK(e.figures[0].value == 5e9);
  CHECK(!ai::parse("5 mm", lang::es).has_value());
}

TEST_CASE("hyphenated compounds and currency spellings") {
  check_paragraph(
      "The firm unveiled a 1.2-gigawatt campus, a 100-day plan and a $500-million bond.", lang::en,
      {{"1.2-gigawatt", K::power, 1.2e9}, {"100-day", K::time, 100 * 86400.0}, {"$500-million", K::money, 5e8}});
  check_paragraph("Pl\u00e4ne f\u00fcr ein 10-Gigawatt-KI-Rechenzentrum f\u00fcr 3,5 Mrd. \u20ac.", lang::de,
                  {{"10-Gigawatt", K::power, 1e10}, {"3,5 Mrd. \u20ac", K::money, 3.5e9}});
  check_paragraph("Un budget de 15 M\u20ac, puis 3 Md\u20ac.", lang::fr,
                  {{"15 M\u20ac", K::money, 1.5e7}, {"3 Md\u20ac", K::money, 3e9}});
  const ai::figure ars = *ai::parse("U$S 500 millones", lang::es);
  CHECK(ars.currency == "USD");
  CHECK(ars.value == 5e8);
  CHECK(ai::parse("US$ 3 billion", lang::en)->currency == "USD");
  // A hyphen before a symbol or a non-unit is no compound: "5-GW" and "COVID-19" are not read as units.
  CHECK(!ai::parse("5-GW", lang::en).has_value());
  const ai::extraction covid = ai::extract("COVID-19 and 10-K filings", lang::en);
  CHECK(covid.figures.empty());
  // A range with a hyphen still reads as a range.
  CHECK(ai::parse("5-6 GW", lang::en)->upper == 6e9);
}

TEST_CASE("a scale word, unit or currency stated once for two figures") {
  check_paragraph("Selon Bercy, il faudra 15 ou 20 Mds d'euros pour le campus.", lang::fr,
                  {{"15", K::money, 15e9}, {"20 Mds d'euros", K::money, 20e9}});
  check_paragraph("Il piano costa tra i 50 e i 60 miliardi di dollari.", lang::it,
                  {{"50", K::money, 50e9}, {"60 miliardi di dollari", K::money, 60e9}});
  check_paragraph("Analysts see capex between $364 billion and 400 billion.", lang::en,
                  {{"$364 billion", K::money, 364e9}, {"400 billion", K::money, 400e9}});
  check_paragraph("Analysts see capex between $364 billion and $400 billion.", lang::en,
                  {{"$364 billion", K::money, 364e9}, {"$400 billion", K::money, 400e9}});
  check_paragraph("Die Kosten liegen zwischen 3 und 4 Milliarden Euro.", lang::de,
                  {{"3", K::money, 3e9}, {"4 Milliarden Euro", K::money, 4e9}});
  check_paragraph("Het kost 2 of 3 GW.", lang::nl, {{"2", K::power, 2e9}, {"3 GW", K::power, 3e9}});
  check_paragraph("Costar\u00e1 entre los 50 y los 60 millones de d\u00f3lares.", lang::es,
                  {{"50", K::money, 50e6}, {"60 millones de d\u00f3lares", K::money, 60e6}});
  // A change from one figure to another, in German and Dutch: two figures, not a range.
  check_paragraph("Die Kapazit\u00e4t w\u00e4chst von 3 auf 5 GW.", lang::de,
                  {{"3", K::power, 3e9}, {"5 GW", K::power, 5e9}});
  check_paragraph("Die Kosten sinken von 3,5 auf 2 Mrd. Euro.", lang::de,
                  {{"3,5", K::money, 3.5e9}, {"2 Mrd. Euro", K::money, 2e9}});
  check_paragraph("De omzet steeg van 3 naar 5 miljard euro.", lang::nl,
                  {{"3", K::money, 3e9}, {"5 miljard euro", K::money, 5e9}});
  // Each figure of the pair keeps its currency.
  const ai::extraction e = ai::extract("15 ou 20 Mds d'euros", lang::fr);
  REQUIRE(e.figures.size() == 2);
  CHECK(e.figures[0].currency == "EUR");
}

TEST_CASE("near misses of a shared scale word or currency") {
  // "and" without a between word lists things, not figures of one kind.
  const ai::extraction sites = ai::extract("It has 3 sites and 5 GW, and 3 and 5 GW.", lang::en);
  REQUIRE(sites.figures.size() == 2);
  CHECK(sites.figures[0].value == 5e9);
  CHECK(sites.figures[1].value == 5e9);
  // A year or a number of another size shares nothing: "between 2024 and 5 GW", "en 2025 ou 5 GW".
  CHECK(ai::extract("Between 2024 and 5 GW", lang::en).figures.size() == 1);
  CHECK(ai::extract("En 2025 ou 5 GW", lang::fr).figures.size() == 1);
  // A second sum of another kind, or not joined by a list word, takes no currency.
  const ai::extraction users = ai::extract("a $5 billion deal for 3 million users", lang::en);
  REQUIRE(users.figures.size() == 2);
  CHECK(users.figures[1].kind == K::number);
  const ai::extraction gw = ai::extract("$3 billion or 4 GW", lang::en);
  REQUIRE(gw.figures.size() == 2);
  CHECK(gw.figures[1].kind == K::power);
  // parse reads one figure: a pair is no range.
  CHECK(!ai::parse("15 ou 20 Mds d'euros", lang::fr).has_value());
  // "von"/"van" that say whose or what, and a "bis" range, are no change from one figure to another.
  CHECK(ai::extract("Ein Rechenzentrum von 3 GW auf dem Land.", lang::de).figures.size() == 1);
  CHECK(ai::extract("Die Firma von 3 Gr\u00fcndern setzt auf 5 GW.", lang::de).figures.size() == 1);
  CHECK(ai::extract("Een datacenter van 3 GW naar Groningen.", lang::nl).figures.size() == 1);
  const ai::extraction range = ai::extract("Die Leistung stieg von 3 bis 5 GW.", lang::de);
  REQUIRE(range.figures.size() == 1);
  CHECK(range.figures[0].is_range());
}

TEST_CASE("English inside an article in another language") {
  // A headline quoted in English in a French and a German article: read as English, and said so.
  const std::string_view fr = "Le titre du Wall Street Journal, \u00ab $3 trillion for AI \u00bb, cite aussi $500B.";
  const ai::extraction e = ai::extract(fr, lang::fr);
  CHECK(e.errors.empty());
  REQUIRE(e.figures.size() == 2);
  CHECK(e.figures[0].value == 3e12);
  CHECK(e.figures[0].language == lang::en);
  CHECK(e.figures[1].value == 500e9);
  CHECK(e.figures[1].span_in(fr) == "$500B");
  const std::string_view de = "Die Schlagzeile lautete \"$3 trillion\", der Konzern plant 3,5 Mrd. EUR.";
  const ai::extraction g = ai::extract(de, lang::de);
  REQUIRE(g.figures.size() == 2);
  CHECK(g.figures[0].language == lang::en);
  CHECK(g.figures[1].value == 3.5e9);
  CHECK(g.figures[1].language == lang::de);
  // A byte count stays a byte count in every language: "5 B" is no billion.
  CHECK(ai::extract("puis 5 B", lang::fr).figures[0].kind == K::data);
}

TEST_CASE("lang::guess decides from a text's ordinary words") {
  const std::string_view de = "Der Konzern hat 230.000 GPUs bestellt und will sie mit 1.000 MW betreiben.";
  const ai::extraction e = ai::extract(de, lang::guess);
  CHECK(e.errors.empty());
  REQUIRE(e.figures.size() == 2);
  CHECK(e.figures[0].value == 230000);
  CHECK(e.figures[1].value == 1e9);
  const std::string_view fr = "Le groupe a command\u00e9 230.000 GPU pour les centres de donn\u00e9es.";
  REQUIRE(ai::extract(fr, lang::guess).figures.size() == 1);
  CHECK(ai::extract(fr, lang::guess).figures[0].value == 230000);  // French groups with a dot too
  const std::string_view en = "The company said that the cluster has 1.000 MW, which is small.";
  CHECK(ai::extract(en, lang::guess).figures.at(0).value == 1e6);
  // A count of devices in English with three decimals is another notation's groups: bad_number.
  const std::string_view en_count = "The company said that the cluster has 1.000 GPUs, which is small.";
  CHECK(ai::extract(en_count, lang::guess).errors.at(0).code == ai::parse_errc::bad_number);
  // Words that another language writes too decide nothing: "was" and "will" are German here.
  const std::string_view question = "Was will Nvidia mit 230.000 GPUs?";
  const ai::extraction q = ai::extract(question, lang::guess);
  CHECK(no_figure_of(q, 230));
  // parse decides from the words of its own text, where it has some.
  CHECK(ai::parse("1.000 GW", lang::guess).error().code == ai::parse_errc::ambiguous_language);
  // A text that cannot decide keeps the error: too few ordinary words, or as many of two languages.
  const ai::extraction few = ai::extract("Order: 1.000 GPUs.", lang::guess);
  REQUIRE(few.errors.size() == 1);
  CHECK(few.errors[0].code == ai::parse_errc::ambiguous_language);
  const ai::extraction mixed = ai::extract("the and der und 1.000 GPUs", lang::guess);
  REQUIRE(mixed.errors.size() == 1);
  CHECK(mixed.errors[0].code == ai::parse_errc::ambiguous_language);
}

namespace {
// A sentence that lang::guess reads in one language, and the value of its first figure of a kind.
struct guessed {
  std::string_view text;
  lang language;
  K kind;
  double value;
};
void check_guessed(const guessed& x) {
  INFO(x.text);
  const ai::extraction e = ai::extract(x.text, lang::guess);
  CHECK(e.errors.empty());
  const auto f =
      std::find_if(e.figures.begin(), e.figures.end(), [&](const ai::figure& g) { return g.kind == x.kind; });
  REQUIRE(f != e.figures.end());
  CHECK(f->value == Approx(x.value).epsilon(1e-12));
  CHECK(f->language == x.language);
}
}  // namespace

TEST_CASE("lang::guess decides from the words of the vocabulary that only one language writes") {
  // Units, scale words, currencies and number words written out count for their one language ("years",
  // "miljoen", "millones", "pounds"), as ordinary words do; a word of several languages ("dollar", "per")
  // decides nothing.
  for (const guessed& x :
       {guessed{"Britain will build a 100,000-GPU supercomputer over the next five years.", lang::en, K::gpus, 1e5},
        guessed{"Het bedrijf investeert 2.500 miljoen euro.", lang::nl, K::money, 2.5e9},
        guessed{"La inversi\u00f3n estar\u00e1 entre 5.000 y 6.000 millones de euros.", lang::es, K::money, 5e9},
        guessed{"Nscale will spend 2.5 billion pounds on a site with 45,000 GB300 GPUs.", lang::en, K::gpus, 45000}})
    check_guessed(x);
  // Twins: one such word alone decides nothing, nor do words shared by languages.
  CHECK(ai::extract("Order 1.000 GPUs in years.", lang::guess).errors.at(0).code == ai::parse_errc::ambiguous_language);
  CHECK(ai::extract("1.000 dollar per GPU.", lang::guess).errors.at(0).code == ai::parse_errc::ambiguous_language);
}

TEST_CASE("lang::guess decides a short news sentence from its prepositions and auxiliaries") {
  // Sentences of news with none of the articles and conjunctions of the test above: the language's
  // prepositions and auxiliaries decide it, and the number is read in that language's notation.
  for (const guessed& x :
       {guessed{"Power is priced at 8 cents under a contract, up to 200,000 GPUs by 2027.", lang::en, K::gpus, 2e5},
        guessed{"Bis 2027 sollen im Rechenzentrum \u00fcber 200.000 GPUs zum Einsatz kommen.", lang::de, K::gpus, 2e5},
        guessed{"Op de campus komen tot 200.000 GPU's, maar nog niet in 2026.", lang::nl, K::gpus, 2e5},
        guessed{"Au total, ce site accueillera 200.000 GPU mais pas avant 2027.", lang::fr, K::gpus, 2e5},
        guessed{"La compa\u00f1\u00eda instalar\u00e1 200.000 GPU este a\u00f1o, pero sobre todo desde 2027.", lang::es,
                K::gpus, 2e5},
        guessed{"Il sito \u00e8 pronto: dal 2027 ospiter\u00e0 200.000 GPU tra questo e quello.", lang::it, K::gpus,
                2e5}})
    check_guessed(x);
  // One such word is not enough: a single "at" leaves "1.000 GPUs" undecided.
  CHECK(ai::extract("Sold at 1.000 GPUs.", lang::guess).errors.at(0).code == ai::parse_errc::ambiguous_language);
}

TEST_CASE("months are a twelfth of the Julian year in all six languages") {
  constexpr double month = 31557600.0 / 12;
  const std::pair<std::string_view, lang> texts[] = {
      {"The site opens within 18 months.", lang::en}, {"Das Werk soll in 18 Monaten fertig sein.", lang::de},
      {"De bouw duurt 18 maanden.", lang::nl},        {"Le chantier durera 18 mois.", lang::fr},
      {"Las obras durar\u00e1n 18 meses.", lang::es}, {"I lavori dureranno 18 mesi.", lang::it},
  };
  for (const auto& [text, language] : texts) {
    INFO(text);
    const ai::extraction e = ai::extract(text, language);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == K::time);
    CHECK(e.figures[0].value == Approx(18 * month).epsilon(1e-12));
  }
  CHECK(ai::extract("a 12-month contract", lang::en).figures.at(0).value == Approx(31557600.0).epsilon(1e-12));
  // Per month stays a figure per unit, and a singular month after a year is another word.
  CHECK(ai::extract("$1,000 per month", lang::en).figures.at(0).kind == K::money_per_time);
  CHECK(ai::extract("3 Mrd. Euro im Monat", lang::de).figures.at(0).kind == K::money_per_time);
  CHECK(ai::extract("en 2025 mes de mayo", lang::es).figures.empty());
}
