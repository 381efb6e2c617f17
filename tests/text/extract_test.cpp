// extract: every figure in a paragraph, with its span, in each language.
#include <aiscale/text.hpp>
#include <chrono>
#include <string>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

namespace {
void check_figure(const ai::extraction& e, std::size_t i, std::string_view text, std::string_view span,
                  ai::figure_kind kind, double value) {
  REQUIRE(e.figures.size() > i);
  const ai::figure& f = e.figures[i];
  INFO("figure " << i << ": " << f.span_in(text));
  CHECK(f.span_in(text) == span);
  CHECK(f.kind == kind);
  CHECK(f.value == value);
}
}  // namespace

TEST_CASE("extract reads every figure of an English paragraph") {
  constexpr std::string_view text =
      "In 2025 the operator plans a 1.2 GW campus for USD 45 billion, housing 400,000 H100 GPUs; "
      "together they deliver about 400 EFLOP/s BF16 and draw 10.5 TWh a year, costing $3-4bn in power.";
  const ai::extraction e = ai::extract(text, lang::en);
  CHECK(e.errors.empty());
  REQUIRE(e.figures.size() == 6);
  check_figure(e, 0, text, "1.2 GW", ai::figure_kind::power, 1.2e9);
  check_figure(e, 1, text, "USD 45 billion", ai::figure_kind::money, 45e9);
  check_figure(e, 2, text, "400,000 H100 GPUs", ai::figure_kind::gpus, 4e5);
  check_figure(e, 3, text, "400 EFLOP/s BF16", ai::figure_kind::compute_rate, 4e20);
  // Energy a year is an average power, never the bare energy (value in J/s, the year Julian).
  check_figure(e, 4, text, "10.5 TWh a year", ai::figure_kind::energy_per_time, 10.5e12 * 3600 / 31557600);
  check_figure(e, 5, text, "$3-4bn", ai::figure_kind::money, 3e9);
  CHECK(e.figures[5].upper == 4e9);
}

TEST_CASE("extract reads every figure of a German paragraph") {
  constexpr std::string_view text =
      "Der Betreiber will bis 2027 rund 100 Milliarden US-Dollar investieren; geplant sind 4 bis 5 Millionen "
      "GPUs mit zusammen 10 Gigawatt. Das Budget f\u00fcr Strom liegt bei 3,5 Mrd. EUR im Jahr.";
  const ai::extraction e = ai::extract(text, lang::de);
  REQUIRE(e.figures.size() == 4);
  check_figure(e, 0, text, "100 Milliarden US-Dollar", ai::figure_kind::money, 1e11);
  check_figure(e, 1, text, "4 bis 5 Millionen GPUs", ai::figure_kind::gpus, 4e6);
  check_figure(e, 2, text, "10 Gigawatt", ai::figure_kind::power, 1e10);
  // "im Jahr": per year, never the bare amount.
  check_figure(e, 3, text, "3,5 Mrd. EUR im Jahr", ai::figure_kind::money_per_time, 3.5e9 / 31557600);
}

TEST_CASE("extract reads every figure of a Dutch paragraph") {
  constexpr std::string_view text =
      "Het datacenter kost 3 biljoen dollar en gebruikt 1,5 GW; er staan 250.000 GPU's in, goed voor 2 mld. "
      "euro per jaar aan stroom.";
  const ai::extraction e = ai::extract(text, lang::nl);
  REQUIRE(e.figures.size() == 4);
  check_figure(e, 0, text, "3 biljoen dollar", ai::figure_kind::money, 3e12);
  check_figure(e, 1, text, "1,5 GW", ai::figure_kind::power, 1.5e9);
  check_figure(e, 2, text, "250.000 GPU's", ai::figure_kind::gpus, 2.5e5);
  check_figure(e, 3, text, "2 mld. euro per jaar", ai::figure_kind::money_per_time, 2e9 / 31557600);
}

TEST_CASE("extract reads every figure of a French paragraph") {
  constexpr std::string_view text =
      "Le projet, estim\u00e9 \u00e0 3\u00a0000 milliards de dollars, vise 1,5 \u00e0 2 GW et 500\u202f000 "
      "\u00e9quivalents H100 ; la facture d'\u00e9lectricit\u00e9 atteindrait 800 millions d'euros.";
  const ai::extraction e = ai::extract(text, lang::fr);
  REQUIRE(e.figures.size() == 4);
  check_figure(e, 0, text, "3\u00a0000 milliards de dollars", ai::figure_kind::money, 3e12);
  check_figure(e, 1, text, "1,5 \u00e0 2 GW", ai::figure_kind::power, 1.5e9);
  check_figure(e, 2, text, "500\u202f000 \u00e9quivalents H100", ai::figure_kind::h100_equivalents, 5e5);
  check_figure(e, 3, text, "800 millions d'euros", ai::figure_kind::money, 8e8);
}

TEST_CASE("extract reads every figure of a Spanish paragraph") {
  constexpr std::string_view text =
      "La empresa invertir\u00e1 3 billones de d\u00f3lares en centros que consumir\u00e1n 20 TWh al a\u00f1o "
      "con 1,2 millones de GPU y una potencia de 2 gigavatios.";
  const ai::extraction e = ai::extract(text, lang::es);
  REQUIRE(e.figures.size() == 4);
  check_figure(e, 0, text, "3 billones de d\u00f3lares", ai::figure_kind::money, 3e12);
  check_figure(e, 1, text, "20 TWh al a\u00f1o", ai::figure_kind::energy_per_time, 20e12 * 3600 / 31557600);
  check_figure(e, 2, text, "1,2 millones de GPU", ai::figure_kind::gpus, 1.2e6);
  check_figure(e, 3, text, "2 gigavatios", ai::figure_kind::power, 2e9);
}

TEST_CASE("extract reads every figure of an Italian paragraph") {
  constexpr std::string_view text =
      "Il piano vale 3.000 miliardi di dollari: 5 GW di potenza, 2 milioni di GPU e una bolletta di 4 mld "
      "di euro l'anno.";
  const ai::extraction e = ai::extract(text, lang::it);
  REQUIRE(e.figures.size() == 4);
  check_figure(e, 0, text, "3.000 miliardi di dollari", ai::figure_kind::money, 3e12);
  check_figure(e, 1, text, "5 GW", ai::figure_kind::power, 5e9);
  check_figure(e, 2, text, "2 milioni di GPU", ai::figure_kind::gpus, 2e6);
  check_figure(e, 3, text, "4 mld di euro l'anno", ai::figure_kind::money_per_time, 4e9 / 31557600);
}

TEST_CASE("extract with a guessed language reports undecidable numbers as errors") {
  // No ordinary word tells the language: 1.000 is one GPU in German and a thousand in English.
  constexpr std::string_view text = "Ordered: 1.000 GPUs, 2 GW.";
  const ai::extraction e = ai::extract(text, lang::guess);
  REQUIRE(e.errors.size() == 1);
  CHECK(e.errors[0].code == ai::parse_errc::ambiguous_language);
  CHECK(e.errors[0].offset == 9);
  REQUIRE(e.figures.size() == 1);
  CHECK(e.figures[0].span_in(text) == "2 GW");
  // Its twin in an English sentence ("they", "and"): the text is English, where a count of devices
  // with three decimals is another notation's digit groups, refused rather than read as one GPU.
  constexpr std::string_view english = "They ordered 1.000 GPUs and 2 GW.";
  const ai::extraction en = ai::extract(english, lang::guess);
  REQUIRE(en.errors.size() == 1);
  CHECK(en.errors[0].code == ai::parse_errc::bad_number);
  REQUIRE(en.figures.size() == 1);
  CHECK(en.figures[0].span_in(english) == "2 GW");
}

// Found by the extract fuzz target: an undecidable number read from a no-break space before it
// made extract stop advancing (the skip began on a space). It must finish and report the number once.
TEST_CASE("extract moves past an undecidable number that a space precedes") {
  constexpr std::string_view text = "milliards \u00a0 1.000 and then\u00a0 2.500 GW";
  const ai::extraction e = ai::extract(text, lang::guess);
  REQUIRE(e.errors.size() == 2);
  CHECK(e.errors[0].code == ai::parse_errc::ambiguous_language);
  CHECK(text.substr(e.errors[0].offset, 5) == "1.000");
  CHECK(text.substr(e.errors[1].offset, 5) == "2.500");
  CHECK(e.figures.empty());
}

TEST_CASE("extract reads a run of spaces of any kind once") {
  // A reading from a no-break space (whose lead byte begins "\u00a3") skips the whole run after it;
  // the scan read again from every space of the run, which took minutes for a megabyte of them.
  for (const std::string_view space : {std::string_view("\u00a0"), std::string_view("\u202f"),
                                       std::string_view("\u2009"), std::string_view(" \u00a0")}) {
    std::string text = "ordered";
    while (text.size() < (std::size_t{1} << 20)) text += space;
    const std::size_t figure_at = text.size();
    text += "2 GW";
    const auto start = std::chrono::steady_clock::now();
    const ai::extraction e = ai::extract(text, lang::en);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    CHECK(took.count() < 5.0);  // linear: milliseconds; a reading a space: minutes
    CHECK(e.errors.empty());
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].begin == figure_at);
    CHECK(e.figures[0].span_in(text) == "2 GW");
  }
}

TEST_CASE("extract moves on after an undecidable number that follows a no-break space") {
  // may_start_figure admits the no-break space's lead byte; the scan once stayed there for ever.
  constexpr std::string_view text = "ordered \u00a01.000 GPUs and 2 GW";
  const ai::extraction e = ai::extract(text, lang::guess);
  REQUIRE(e.errors.size() == 1);
  CHECK(e.errors[0].code == ai::parse_errc::ambiguous_language);
  REQUIRE(e.figures.size() == 1);
  CHECK(e.figures[0].span_in(text) == "2 GW");
}
