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

namespace ai = aiscale;
using ai::lang;

namespace {
constexpr lang all_six[] = {lang::en, lang::de, lang::nl, lang::fr, lang::es, lang::it};

// The figures of text in l, after checking that nothing was refused.
ai::extraction read(std::string_view text, lang l) {
  ai::extraction e = ai::extract(text, l);
  INFO(text << " [" << ai::code_of(l) << "]");
  CHECK(e.errors.empty());
  return e;
}
}  // namespace

TEST_CASE("a currency written before both ends of a range is one sum's, with the scale word of the end") {
  for (const auto& [text, l, low, high] :
       {std::tuple{std::string_view("Analysts see $3 to $5 trillion of spending."), lang::en, 3e12, 5e12},
        std::tuple{std::string_view("Analysts see $3-$5 trillion of spending."), lang::en, 3e12, 5e12},
        std::tuple{std::string_view("Analysts see \u20ac10\u2013\u20ac15 billion of spending."), lang::en, 10e9, 15e9},
        std::tuple{std::string_view("Analysten erwarten \u20ac3 bis \u20ac5 Mrd. an Ausgaben."), lang::de, 3e9, 5e9},
        std::tuple{std::string_view("Se esperan US$ 1.000 a US$ 2.000 millones."), lang::es, 1e9, 2e9}}) {
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
  for (const auto& [text, l] : {std::pair{std::string_view("In the year 2024 H100 chips were scarce."), lang::en},
                                std::pair{std::string_view("Im Jahr 2024 H100-Chips waren knapp."), lang::de},
                                std::pair{std::string_view("In het jaar 2024 H100-chips waren schaars."), lang::nl},
                                std::pair{std::string_view("En l'ann\u00e9e 2024 H100 puces rares."), lang::fr},
                                std::pair{std::string_view("En el a\u00f1o 2024 H100 chips escasos."), lang::es},
                                std::pair{std::string_view("Nell'anno 2024 H100 chip scarsi."), lang::it}}) {
    INFO(text);
    CHECK(read(text, l).figures.empty());
  }
  // Twins: counts that say they are counts.
  for (const auto& [text, l, count] : {std::tuple{std::string_view("They ordered 2048 H100s."), lang::en, 2048.0},
                                       std::tuple{std::string_view("They ordered 2,048 H100."), lang::en, 2048.0},
                                       std::tuple{std::string_view("Sie bestellten 2.048 H100."), lang::de, 2048.0},
                                       std::tuple{std::string_view("They ordered 2024 H100 GPUs."), lang::en, 2024.0},
                                       std::tuple{std::string_view("They ordered 1024 H100."), lang::en, 1024.0}}) {
    const ai::extraction e = read(text, l);
    INFO(text);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == ai::figure_kind::gpus);
    CHECK(e.figures[0].value == count);
  }
}
