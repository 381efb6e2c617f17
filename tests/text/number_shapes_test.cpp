// Shapes of numbers in news text that were read as wrong figures: a currency written before both ends
// of a range ("$3 to $5 trillion" was three dollars and 5 trillion), a number written from its decimal
// mark (".5 GW" was 5 GW), an "s" that makes a number plural ("the 2020s" was 2020 seconds), and a
// year before a model ("the 2023 H100 shortage" was 2,023 GPUs). Each is tested in every language where
// it is written, with near twins that still read as before.
#include <aiscale/text.hpp>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "../catch.hpp"
#include "words_inside.hpp"

namespace ai = aiscale;
using ai::lang;

namespace {
// A sentence and its language; and one with the value of its figure.
struct sample {
  std::string_view text;
  lang l;
};
struct valued {
  std::string_view text;
  lang l;
  double value;
};
struct ranged {
  std::string_view text;
  lang l;
  double low, high;
};
constexpr lang all_six[] = {lang::en, lang::de, lang::nl, lang::fr, lang::es, lang::it};

using text_support::words_inside;

// The figures of text in l, after checking that nothing was refused and that parse reads each span
// whose words it holds as the same figure (extract agrees with parse).
ai::extraction read(std::string_view text, lang l) {
  ai::extraction e = ai::extract(text, l);
  INFO(text << " [" << ai::code_of(l) << "]");
  CHECK(e.errors.empty());
  for (const ai::figure& f : e.figures) {
    if (!words_inside(f, text)) continue;
    const ai::parse_result<ai::figure> alone = ai::parse(f.span_in(text), l);
    INFO(f.span_in(text));
    REQUIRE(alone.has_value());
    CHECK(alone->value == f.value);
    CHECK(alone->upper == f.upper);
  }
  return e;
}
}  // namespace

TEST_CASE("a currency written before both ends of a range is one sum's, with the scale word of the end") {
  for (const auto& [text, l, low, high] :
       {ranged{"Analysts see $3 to $5 trillion of spending.", lang::en, 3e12, 5e12},
        ranged{"Analysts see $3-$5 trillion of spending.", lang::en, 3e12, 5e12},
        ranged{"Analysts see \u20ac10\u2013\u20ac15 billion of spending.", lang::en, 10e9, 15e9},
        ranged{"Analysten erwarten \u20ac3 bis \u20ac5 Mrd. an Ausgaben.", lang::de, 3e9, 5e9},
        ranged{"Se esperan US$ 1.000 a US$ 2.000 millones.", lang::es, 1e9, 2e9}}) {
    const ai::extraction e = read(text, l);
    INFO(text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == ai::figure_kind::money);
    CHECK(e.figures[0].value == low);
    CHECK(e.figures[0].upper == high);
    CHECK(ai::parse(e.figures[0].span_in(text), l)->upper == high);
  }
  // A list of two sums ("between $3 and $5 trillion", "$3 or $5 trillion"): two figures, both complete.
  for (const std::string_view text :
       {"Between $3 and $5 trillion will be spent.", "Some $3 or $5 trillion, they said."}) {
    const ai::extraction e = read(text, lang::en);
    INFO(text);
    REQUIRE(e.figures.size() == 2);
    CHECK(e.figures[0].value == 3e12);
    CHECK(e.figures[0].span_in(text) == "$3");
    CHECK(e.figures[1].value == 5e12);
  }
  // Twins: sums of other sizes or currencies share nothing; a range of plain dollars stays one.
  CHECK(read("It rose from $3, and $5 trillion later.", lang::en).figures[0].value == 3);
  CHECK(read("Tickets cost $300 or $5 trillion.", lang::en).figures[0].value == 300);
  CHECK(read("A share costs $3 to $5 today.", lang::en).figures[0].upper == 5);
  CHECK(read("It cost \u00a33 to $5 trillion.", lang::en).figures[0].value == 3);
}

TEST_CASE("a number written from its decimal mark starts there, in every language") {
  for (const lang l : all_six) {
    const std::string_view mark = l == lang::en ? "." : ",";
    const std::string text = "A " + std::string(mark) + "5 GW plant and a " + std::string(mark) + "75 % stake.";
    const ai::extraction e = read(text, l);
    INFO(text);
    REQUIRE(e.figures.size() == 2);
    CHECK(e.figures[0].value == 0.5e9);
    CHECK(e.figures[0].span_in(text) == std::string(mark) + "5 GW");
    CHECK(e.figures[1].value == 0.0075);
    // Another language's mark first is refused, never read from the digit after it (5 GW).
    const std::string other = "A " + std::string(l == lang::en ? "," : ".") + "5 GW plant.";
    const ai::extraction refused = ai::extract(other, l);
    CHECK(refused.figures.empty());
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors[0].code == ai::parse_errc::bad_number);
  }
  // After a letter the mark ends a word ("Nr.5"), and the digits after it are no figure of their own.
  CHECK(ai::extract("See Nr.5 GW.", lang::de).figures.empty());
  CHECK(read("Costs of $.5bn.", lang::en).figures[0].value == 0.5e9);
}

TEST_CASE("an s that makes a round number plural is no unit of seconds") {
  for (const lang l : all_six) {
    INFO(ai::code_of(l));
    CHECK(read("In the 1990s and the 2020s.", l).figures.empty());
  }
  for (const std::string_view text :
       {"Back in the '90s and the \u201980s.", "It was the 80s.", "10s of GPUs and 100s of MW."})
    CHECK(read(text, lang::en).figures.empty());
  // Twins: seconds that are seconds.
  for (const auto& [text, seconds] :
       {std::pair{std::string_view("A 60s timeout."), 60.0}, std::pair{std::string_view("A 1.5s delay."), 1.5},
        std::pair{std::string_view("It took 2025s."), 2025.0}, std::pair{std::string_view("Wait 10 s of it."), 10.0}}) {
    const ai::extraction e = read(text, lang::en);
    INFO(text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == ai::figure_kind::time);
    CHECK(e.figures[0].value == seconds);
  }
}

TEST_CASE("a year before a model is no count of devices, in every language") {
  for (const lang l : all_six) {
    INFO(ai::code_of(l));
    CHECK(read("The 2023 H100 story and the 2025 GB200 ramp.", l).figures.empty());
  }
  for (const auto& [text, l] : {sample{"In the year 2024 H100 chips were scarce.", lang::en},
                                sample{"Im Jahr 2024 H100-Chips waren knapp.", lang::de},
                                sample{"In het jaar 2024 H100-chips waren schaars.", lang::nl},
                                sample{"En l'ann\u00e9e 2024 H100 puces rares.", lang::fr},
                                sample{"En el a\u00f1o 2024 H100 chips escasos.", lang::es},
                                sample{"Nell'anno 2024 H100 chip scarsi.", lang::it}}) {
    INFO(text);
    CHECK(read(text, l).figures.empty());
  }
  // Twins: counts that say they are counts.
  for (const auto& [text, l, count] :
       {valued{"They ordered 2048 H100s.", lang::en, 2048.0}, valued{"They ordered 2,048 H100.", lang::en, 2048.0},
        valued{"Sie bestellten 2.048 H100.", lang::de, 2048.0},
        valued{"They ordered 2024 H100 GPUs.", lang::en, 2024.0},
        valued{"They ordered 1024 H100.", lang::en, 1024.0}}) {
    const ai::extraction e = read(text, l);
    INFO(text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == ai::figure_kind::gpus);
    CHECK(e.figures[0].value == count);
  }
}

TEST_CASE("another country's dollar is no US dollar") {
  for (const auto& [text, l] : {sample{"Ottawa investit 2,4 milliards de dollars canadiens.", lang::fr},
                                sample{"Ottawa investit 2,4 milliards $ CA.", lang::fr},
                                sample{"Canberra invierte 1.000 millones de d\u00f3lares australianos.", lang::es},
                                sample{"Hong Kong investe 5 miliardi di dollari di Hong Kong.", lang::it},
                                sample{"Ottawa invests 2.4 billion Canadian dollars.", lang::en},
                                sample{"Ottawa investiert 2,4 Mrd. kanadische Dollar.", lang::de},
                                sample{"Ottawa investeert 2,4 miljard Canadese dollar.", lang::nl}}) {
    const ai::extraction e = read(text, l);
    INFO(text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == ai::figure_kind::number);
    CHECK(e.figures[0].currency.empty());
  }
  // Twins: US dollars, however written.
  for (const auto& [text, l] : {sample{"Il investit 3 milliards de dollars.", lang::fr},
                                sample{"Il investit 3 milliards de dollars am\u00e9ricains.", lang::fr},
                                sample{"Il investit 3 milliards $ US.", lang::fr},
                                sample{"Invierte 3.000 millones de d\u00f3lares.", lang::es}}) {
    const ai::extraction e = read(text, l);
    INFO(text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].currency == "USD");
  }
}

TEST_CASE("an article before a plural scale word, or an order of size, is no figure of one") {
  for (const auto& [text, l] :
       {sample{"Ein Milliarden-Deal und ein Millionen-Publikum.", lang::de},
        sample{"Een miljarden-deal en een miljoenenpubliek.", lang::nl}, sample{"A millions-strong crowd.", lang::en},
        sample{"A gigawatt-scale site and a gigawatt-class campus.", lang::en},
        sample{"Ein Gigawatt-Klasse-Projekt.", lang::de}}) {
    INFO(text);
    CHECK(read(text, l).figures.empty());
  }
  // Twins: the singular after an article is one; a number before an order of size still reads.
  for (const auto& [text, l, value] :
       {valued{"Eine Milliarde Euro und eine Mrd. Euro.", lang::de, 1e9}, valued{"Een miljard euro.", lang::nl, 1e9},
        valued{"A billion dollars.", lang::en, 1e9}, valued{"A gigawatt of power.", lang::en, 1e9},
        valued{"A 1.2-gigawatt campus.", lang::en, 1.2e9}}) {
    const ai::extraction e = read(text, l);
    INFO(text);
    REQUIRE(!e.figures.empty());
    CHECK(e.figures[0].value == value);
  }
}

TEST_CASE("a letter after a scale word, then a word, is no unit; a unit joined to a unit of time is no figure") {
  // "d" of an elision that lost its apostrophe is no day: a billion, not a billion days.
  for (const auto& [text, l] :
       {sample{"Un budget de 1 milliard d euros.", lang::fr}, sample{"Un costo di 5 miliardi d euro.", lang::it}}) {
    const ai::extraction e = read(text, l);
    INFO(text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == ai::figure_kind::number);
    CHECK(e.figures[0].unit_text.empty());
  }
  // "1 GW-year" is energy, "5 MW-Jahre" too: no power figure.
  CHECK(read("It used 1 GW-year of energy.", lang::en).figures.empty());
  CHECK(read("Es braucht 5 MW-Jahre Strom.", lang::de).figures.empty());
  // Twins: a unit alone, a duration joined by a hyphen, days after a number.
  CHECK(read("It used 1 GW of power.", lang::en).figures[0].value == 1e9);
  CHECK(read("A 100-day sprint.", lang::en).figures[0].kind == ai::figure_kind::time);
  CHECK(read("It took 3 d to build.", lang::en).figures[0].kind == ai::figure_kind::time);
}

TEST_CASE("what the second end of a range is per, the first is per too") {
  for (const ranged& x : {ranged{"Building costs $10m-$12m per MW.", lang::en, 10e6, 12e6},
                          ranged{"Der Bau kostet 10 Mio. \u20ac bis 12 Mio. \u20ac pro MW.", lang::de, 10e6, 12e6},
                          ranged{"Le b\u00e2ti co\u00fbte 10 M\u20ac \u00e0 12 M\u20ac par MW.", lang::fr, 10e6, 12e6},
                          ranged{"Power costs $0.05/kWh to $0.08/kWh.", lang::en, 0.05, 0.08},
                          ranged{"Chips draw 700 W to 1,000 W per GPU.", lang::en, 700, 1000}}) {
    const ai::extraction e = read(x.text, x.l);
    INFO(x.text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind != ai::figure_kind::money);
    CHECK(e.figures[0].kind != ai::figure_kind::power);
    CHECK(e.figures[0].upper / e.figures[0].value == Approx(x.high / x.low));
  }
  // Twins: a sum and then a price stay two figures where they differ in more than the per.
  const ai::extraction two = read("It costs $10m, then $12bn per GW.", lang::en);
  REQUIRE(two.figures.size() == 2);
  CHECK(two.figures[0].kind == ai::figure_kind::money);
}

TEST_CASE("a prefix name and a singular flop is neither a rate nor an amount of work") {
  for (const lang l : all_six) {
    INFO(ai::code_of(l));
    CHECK(read("A 10-exaflop machine and 3 petaflop of compute.", l).figures.empty());
  }
  // Twins: the plural is a rate, the symbol is work, a rate written per second is a rate.
  for (const auto& [text, kind] :
       {std::pair{std::string_view("It runs at 1.4 exaflops."), ai::figure_kind::compute_rate},
        std::pair{std::string_view("It took 2e25 FLOP."), ai::figure_kind::compute_work},
        std::pair{std::string_view("It took 10 EFLOP."), ai::figure_kind::compute_work},
        std::pair{std::string_view("It runs at 5 petaflop/s."), ai::figure_kind::compute_rate}}) {
    const ai::extraction e = read(text, lang::en);
    INFO(text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == kind);
  }
}

TEST_CASE("a compute figure's format written after a joining word, dense or sparse before it") {
  for (const auto& [text, l, format] :
       {std::tuple{std::string_view("The chip delivers 2.5 petaflops of dense FP8 compute."), lang::en, "FP8"},
        std::tuple{std::string_view("It reaches 5 PFLOPS of sparse FP8."), lang::en, "FP8 sparse"},
        std::tuple{std::string_view("It reaches 2.25 PFLOPS at BF16."), lang::en, "BF16"},
        std::tuple{std::string_view("Der Chip liefert 20 Petaflops bei FP4."), lang::de, "FP4"},
        std::tuple{std::string_view("De chip levert 20 petaflops in FP4."), lang::nl, "FP4"},
        std::tuple{std::string_view("La puce fournit 20 p\u00e9taflops en FP4."), lang::fr, "FP4"},
        std::tuple{std::string_view("El chip ofrece 20 petaflops en FP4."), lang::es, "FP4"},
        std::tuple{std::string_view("Il chip offre 20 petaflops in FP4."), lang::it, "FP4"}}) {
    const ai::extraction e = read(text, l);
    INFO(text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == ai::figure_kind::compute_rate);
    CHECK(e.figures[0].compute_format == format);
  }
  // Twins: a joining word before no format is not part of the figure.
  const ai::extraction e = read("It has 20 PFLOPS of compute and 3 PFLOPS at launch.", lang::en);
  REQUIRE(e.figures.size() == 2);
  CHECK(e.figures[0].compute_format.empty());
  CHECK(e.figures[0].span_in("It has 20 PFLOPS of compute and 3 PFLOPS at launch.") == "20 PFLOPS");
  CHECK(e.figures[1].compute_format.empty());
}

TEST_CASE("a fraction before a scale word or unit written out, in every language") {
  for (const valued& x : {valued{"The state offered half a billion dollars.", lang::en, 0.5e9},
                          valued{"It plans a quarter of a million GPUs.", lang::en, 0.25e6},
                          valued{"It spent three quarters of a billion dollars.", lang::en, 0.75e9},
                          valued{"It needs one and a half gigawatts.", lang::en, 1.5e9},
                          valued{"Der Bund gibt eine halbe Milliarde Euro.", lang::de, 0.5e9},
                          valued{"Der Bund gibt anderthalb Milliarden Euro.", lang::de, 1.5e9},
                          valued{"Het kabinet trekt een half miljard euro uit.", lang::nl, 0.5e9},
                          valued{"L'\u00c9tat investit un demi-milliard d'euros.", lang::fr, 0.5e9},
                          valued{"El Estado invierte medio mill\u00f3n de euros.", lang::es, 0.5e6},
                          valued{"Lo Stato investe mezzo miliardo di euro.", lang::it, 0.5e9}}) {
    const ai::extraction e = read(x.text, x.l);
    INFO(x.text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].value == x.value);
  }
  // Twins: a fraction before no scale word or unit is no figure ("in mezzo a", "el medio plazo").
  CHECK(read("Il sito sta in mezzo a due citt\u00e0.", lang::it).figures.empty());
  CHECK(read("A medio plazo crece.", lang::es).figures.empty());
  CHECK(read("Half a dozen sites.", lang::en).figures.empty());
}

TEST_CASE("number words joined by or share the scale word and unit of the second, in every language") {
  for (const auto& [text, l, first, second] :
       {std::tuple{std::string_view("One or two gigawatts would do."), lang::en, 1e9, 2e9},
        std::tuple{std::string_view("It costs five or six billion dollars."), lang::en, 5e9, 6e9},
        std::tuple{std::string_view("Es braucht zwei oder drei Gigawatt."), lang::de, 2e9, 3e9},
        std::tuple{std::string_view("Twee of drie gigawatt is genoeg."), lang::nl, 2e9, 3e9},
        std::tuple{std::string_view("Il faut deux ou trois gigawatts."), lang::fr, 2e9, 3e9},
        std::tuple{std::string_view("Hacen falta dos o tres gigavatios."), lang::es, 2e9, 3e9},
        std::tuple{std::string_view("Servono tre o quattro miliardi di euro."), lang::it, 3e9, 4e9}}) {
    const ai::extraction e = read(text, l);
    INFO(text);
    REQUIRE(e.figures.size() == 2);
    CHECK(e.figures[0].value == first);
    CHECK(e.figures[0].kind == e.figures[1].kind);
    CHECK(e.figures[1].value == second);
  }
  // Twins: "and" joins one number ("vingt et un" is 21 GW), never read as "un gigawatts" alone; an
  // article is no number; digits after a word share nothing.
  const ai::extraction twenty_one = read("Vingt et un gigawatts.", lang::fr);
  REQUIRE(twenty_one.figures.size() == 1);
  CHECK(twenty_one.figures[0].value == 21e9);
  CHECK(read("A or two GW.", lang::en).figures.empty());
  CHECK(read("One or 2 GW.", lang::en).figures.size() == 1);
}

TEST_CASE("a model after the noun of a count is part of the count") {
  for (const auto& [text, l, count, span] : {std::tuple{std::string_view("Nvidia a vendu 500 000 puces H100."),
                                                        lang::fr, 5e5, std::string_view("500 000 puces H100")},
                                             std::tuple{std::string_view("MareNostrum 5 tiene 4.480 GPU H100."),
                                                        lang::es, 4480.0, std::string_view("4.480 GPU H100")},
                                             std::tuple{std::string_view("Leonardo ha 13.824 GPU A100."), lang::it,
                                                        13824.0, std::string_view("13.824 GPU A100")},
                                             std::tuple{std::string_view("Der Cluster hat 2.000 GPUs H100."), lang::de,
                                                        2000.0, std::string_view("2.000 GPUs H100")}}) {
    const ai::extraction e = read(text, l);
    INFO(text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].value == count);
    CHECK(e.figures[0].span_in(text) == span);
  }
  // Twin: a word after the noun that is no model stays out of the span.
  const std::string_view text = "They run 10,000 GPUs Hopper came.";
  CHECK(read(text, lang::en).figures.at(0).span_in(text) == "10,000 GPUs");
}

TEST_CASE("an article before a number word joined to a unit is the noun's, not part of the number") {
  for (const auto& [text, l, value] :
       {std::tuple{std::string_view("They plan a five-gigawatt campus."), lang::en, 5e9},
        std::tuple{std::string_view("Geplant ist eine f\u00fcnf-Gigawatt-Anlage."), lang::de, 5e9}}) {
    const ai::extraction e = read(text, l);
    INFO(text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].value == value);
  }
  // Twins: a number word after a number word is part of a longer number, never read alone.
  CHECK(read("One hundred five GW.", lang::en).figures.empty());
  CHECK(read("A twenty-five GW plant.", lang::en).figures.empty());
}

TEST_CASE("hundred and thousand written alone are numbers where a language writes them without one") {
  for (const valued& x :
       {valued{"Le centre accueillera cent mille GPU.", lang::fr, 1e5},
        valued{"Oracle invertir\u00e1 mil millones de d\u00f3lares.", lang::es, 1e9},
        valued{"Es sind tausend Chips.", lang::de, 1e3}, valued{"Het zijn duizend GPU's.", lang::nl, 1e3},
        valued{"Costa mille miliardi di dollari.", lang::it, 1e12}}) {
    const ai::extraction e = read(x.text, x.l);
    INFO(x.text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].value == x.value);
  }
  // Twins: after digits they are scale words as before; alone before no unit they are no figure.
  CHECK(read("Son 5 mil millones de euros.", lang::es).figures.at(0).value == 5e9);
  CHECK(read("Mille grazie.", lang::it).figures.empty());
}

TEST_CASE("a currency code glued to its number, as wire services write it") {
  const std::string_view text = "A USD1.5bn loan, EUR500m and GBP2bn for GB200 racks.";
  const ai::extraction e = read(text, lang::en);
  REQUIRE(e.figures.size() == 3);
  CHECK(e.figures[0].value == 1.5e9);
  CHECK(e.figures[0].currency == "USD");
  CHECK(e.figures[0].span_in(text) == "USD1.5bn");
  CHECK(e.figures[1].currency == "EUR");
  CHECK(e.figures[2].value == 2e9);
  // Twins: letters glued to digits that are no currency code stay what they were.
  CHECK(read("They use GB200 and H100s.", lang::en).figures.empty());
  CHECK(ai::parse("USD1.5bn", lang::en)->value == 1.5e9);
}
