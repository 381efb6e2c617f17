// Numbers written in several words or in one compound word, as each language writes them: "twenty-five
// thousand GPUs", "fünfundzwanzig Gigawatt", "deux cent cinquante mille GPU", "mil quinientos
// millones", "tweeëntwintig gigawatt", "duemilacinquecento GPU". Each is read whole or not at all: a
// part read alone ("five" of "twenty-five", "veinte" of "ciento veinte") would be a wrong figure.
#include <aiscale/text.hpp>
#include <aiscale/units.hpp>
#include <string>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;
using K = ai::figure_kind;

static_assert(ai::parse_as(ai::GW, "f\u00fcnfundzwanzig Gigawatt", lang::de).value() == 25.0 * ai::GW);
static_assert(ai::parse_as(ai::gpu, "twenty-five thousand GPUs", lang::en).value() == 25000.0 * ai::gpu);
static_assert(ai::parse_as(ai::gpu, "duemilacinquecento GPU", lang::it).value() == 2500.0 * ai::gpu);

namespace {
struct reading {
  const char* text;
  lang language;
  K kind;
  double value;
};

// The text read as a whole figure of that kind and value, by parse and by extract in a sentence.
void check_whole(const reading& r) {
  INFO(r.text);
  const auto parsed = ai::parse(r.text, r.language);
  REQUIRE(parsed.has_value());
  CHECK(parsed->kind == r.kind);
  CHECK(parsed->value == r.value);
  const std::string sentence = std::string("<< ") + r.text + " >>";
  const ai::extraction e = ai::extract(sentence, r.language);
  REQUIRE(e.figures.size() == 1);
  CHECK(e.figures[0].span_in(sentence) == r.text);
  CHECK(e.figures[0].value == r.value);
  CHECK(e.errors.empty());
}

// No figure of the text has a value other than those allowed: a part read alone would be one.
template <std::size_t N>
void check_no_part(const char* text, lang l, const double (&allowed)[N]) {
  INFO(text);
  const ai::extraction e = ai::extract(text, l);
  for (const ai::figure& f : e.figures) {
    INFO(f.span_in(text));
    bool ok = false;
    for (const double a : allowed) ok = ok || f.value == a;
    CHECK(ok);
  }
}
void check_no_figure(const char* text, lang l) {
  INFO(text);
  CHECK(ai::extract(text, l).figures.empty());
}
}  // namespace

TEST_CASE("numbers written in several words, in English, French and Spanish") {
  for (const reading& r : {
           reading{"twenty-five thousand GPUs", lang::en, K::gpus, 25000},
           {"twenty five gigawatts", lang::en, K::power, 25e9},
           {"one thousand two hundred GPUs", lang::en, K::gpus, 1200},
           {"one hundred and five megawatts", lang::en, K::power, 105e6},
           {"a thousand and one GPUs", lang::en, K::gpus, 1001},
           {"fifteen hundred GPUs", lang::en, K::gpus, 1500},
           {"two hundred fifty thousand GPUs", lang::en, K::gpus, 250000},
           {"sixty-four thousand chips", lang::en, K::gpus, 64000},
           {"vingt-cinq gigawatts", lang::fr, K::power, 25e9},
           {"vingt et un gigawatts", lang::fr, K::power, 21e9},
           {"soixante-douze GPU", lang::fr, K::gpus, 72},
           {"soixante et onze m\u00e9gawatts", lang::fr, K::power, 71e6},
           {"quatre-vingt-dix-neuf puces", lang::fr, K::gpus, 99},
           {"deux cents m\u00e9gawatts", lang::fr, K::power, 200e6},
           {"deux cent cinquante mille GPU", lang::fr, K::gpus, 250000},
           {"mille deux cents m\u00e9gawatts", lang::fr, K::power, 1.2e9},
           {"treinta y cinco mil GPU", lang::es, K::gpus, 35000},
           {"ciento veinte megavatios", lang::es, K::power, 120e6},
           {"mil quinientos millones de d\u00f3lares", lang::es, K::money, 1.5e9},
           {"doscientos megavatios", lang::es, K::power, 200e6},
           {"quinientos millones de euros", lang::es, K::money, 5e8},
       })
    check_whole(r);
}

TEST_CASE("numbers written as one compound word, in German, Dutch, Italian and Spanish") {
  for (const reading& r : {
           reading{"f\u00fcnfundzwanzig Gigawatt", lang::de, K::power, 25e9},
           {"Zweihundert Megawatt", lang::de, K::power, 200e6},
           {"dreitausend GPUs", lang::de, K::gpus, 3000},
           {"Hunderttausend GPUs", lang::de, K::gpus, 100000},
           {"Einundzwanzig Gigawatt", lang::de, K::power, 21e9},
           {"neunhundertneunundneunzigtausend GPUs", lang::de, K::gpus, 999000},
           {"zweihundert Millionen Euro", lang::de, K::money, 2e8},
           {"Vijfentwintig gigawatt", lang::nl, K::power, 25e9},
           {"twee\u00ebntwintig gigawatt", lang::nl, K::power, 22e9},
           {"tweehonderd megawatt", lang::nl, K::power, 200e6},
           {"honderdduizend GPU's", lang::nl, K::gpus, 100000},
           {"tienduizend GPU's", lang::nl, K::gpus, 10000},
           {"vijftienhonderd GPU's", lang::nl, K::gpus, 1500},
           {"venticinque gigawatt", lang::it, K::power, 25e9},
           {"ventuno gigawatt", lang::it, K::power, 21e9},
           {"ventitr\u00e9 gigawatt", lang::it, K::power, 23e9},
           {"centottanta megawatt", lang::it, K::power, 180e6},
           {"tremila GPU", lang::it, K::gpus, 3000},
           {"centomila GPU", lang::it, K::gpus, 100000},
           {"cinquecento milioni di euro", lang::it, K::money, 5e8},
           {"veinticinco gigavatios", lang::es, K::power, 25e9},
           {"veintid\u00f3s gigavatios", lang::es, K::power, 22e9},
           {"veinti\u00fan mil GPU", lang::es, K::gpus, 21000},
       })
    check_whole(r);
}

TEST_CASE("a part of a number written in words is never read alone") {
  // Each of these was read as its last or first word once ("veinte megavatios" of "ciento veinte", "mil
  // GPU" of "veinti\u00fan mil GPU"), or can be: a wrong figure. Only the whole number may be found.
  check_no_part("Se instalar\u00e1n ciento veinte megavatios.", lang::es, {120e6});
  check_no_part("Llegan veinti\u00fan mil GPU.", lang::es, {21000});
  check_no_part("Il arrive vingt et un gigawatts.", lang::fr, {21e9});
  // Words that go on with a part the number cannot take: no figure at all.
  check_no_part("Between two hundred and three hundred GPUs sat idle.", lang::en, {300});
  check_no_figure("They signed twenty five-year contracts.", lang::en);
  // A ten and a unit joined by "and" are one number in no language that writes them so: not read.
  check_no_figure("trenta e cinque gigawatt", lang::it);
  check_no_figure("twintig en vijf gigawatt", lang::nl);
  check_no_figure("zwanzig und f\u00fcnf Gigawatt", lang::de);
  check_no_figure("twenty and five gigawatts", lang::en);
  // Words that begin like a number and go on as another word are no number: "Settembre", "ottobre",
  // "Achtung", "treno".
  check_no_figure("Settembre e ottobre: il treno delle GPU.", lang::it);
  check_no_figure("Achtung, Neunzigerjahre-GPUs", lang::de);
}

TEST_CASE("two numbers in words joined by a list word stay two figures") {
  // "between two and three gigawatts": both ends, as with digits ("between 2 and 3 gigawatts").
  for (const auto& [text, l] : {std::pair{"between two and three gigawatts", lang::en},
                                {"zwischen zwei und drei Gigawatt", lang::de},
                                {"tussen twee en drie gigawatt", lang::nl},
                                {"entre deux et trois gigawatts", lang::fr},
                                {"entre dos y tres gigavatios", lang::es},
                                {"tra due e tre gigawatt", lang::it}}) {
    INFO(text);
    const ai::extraction e = ai::extract(text, l);
    REQUIRE(e.figures.size() == 2);
    CHECK(e.figures[0].value == 2e9);
    CHECK(e.figures[1].value == 3e9);
  }
  // A number that ends in a multiplier keeps it when shared: "two or three thousand GPUs" is 2,000
  // and 3,000; "two or three hundred thousand" 200,000 and 300,000.
  const ai::extraction thousands = ai::extract("two or three thousand GPUs", lang::en);
  REQUIRE(thousands.figures.size() == 2);
  CHECK(thousands.figures[0].value == 2000);
  CHECK(thousands.figures[1].value == 3000);
  const ai::extraction hundred_thousands = ai::extract("two or three hundred thousand GPUs", lang::en);
  REQUIRE(hundred_thousands.figures.size() == 2);
  CHECK(hundred_thousands.figures[0].value == 200000);
  CHECK(hundred_thousands.figures[1].value == 300000);
  const ai::extraction twenty_five = ai::extract("twenty-five to thirty gigawatts", lang::en);
  REQUIRE(twenty_five.figures.size() == 1);
  CHECK(twenty_five.figures[0].value == 25e9);
  CHECK(twenty_five.figures[0].upper == 30e9);
}
