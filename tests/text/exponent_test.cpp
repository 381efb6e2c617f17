// Powers of ten written after a number ("10^26 FLOP", "2.1e25 FLOP", "10\u00b2\u2076 FLOP", "10 hoch 25
// FLOP"): read as one number, never with the exponent read as the figure ("26 FLOP").
#include <aiscale/text.hpp>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

namespace {
constexpr lang all_six[] = {lang::en, lang::de, lang::nl, lang::fr, lang::es, lang::it};

// The one figure of text in language l (and with lang::guess): its value, after checking its kind and span.
double compute_work_of(std::string_view text, lang l, std::string_view span) {
  for (const lang in : {l, lang::guess}) {
    const ai::extraction e = ai::extract(text, in);
    INFO(text << " [" << ai::code_of(in) << "]");
    REQUIRE(e.errors.empty());
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == ai::figure_kind::compute_work);
    CHECK(e.figures[0].span_in(text) == span);
  }
  return ai::extract(text, l).figures[0].value;
}
}  // namespace

TEST_CASE("a power of ten with a caret or superscript digits is read whole, in every language") {
  for (const lang l : all_six) {
    INFO(ai::code_of(l));
    CHECK(compute_work_of("Models need 10^26 FLOP of compute.", l, "10^26 FLOP") == 1e26);
    CHECK(compute_work_of("Models need 10\u00b2\u2076 FLOP of compute.", l, "10\u00b2\u2076 FLOP") == 1e26);
    CHECK(compute_work_of("Models need 10\u00b9\u2075 FLOP.", l, "10\u00b9\u2075 FLOP") == 1e15);
    CHECK(ai::parse("10^-3 s", l)->value == 1e-3);
  }
}

TEST_CASE("e notation scales any number, with its language's decimal mark") {
  CHECK(compute_work_of("It took an estimated 2.1e25 FLOP, Epoch AI said.", lang::en, "2.1e25 FLOP") == 2.1e25);
  CHECK(compute_work_of("Das Training brauchte 2,1e25 FLOP.", lang::de, "2,1e25 FLOP") == 2.1e25);
  CHECK(compute_work_of("L'entra\u00eenement a demand\u00e9 3E24 FLOP.", lang::fr, "3E24 FLOP") == 3e24);
  CHECK(ai::parse("5e-3 s", lang::en)->value == 5e-3);
}

TEST_CASE("German writes a power of ten as 10 hoch 25") {
  CHECK(compute_work_of("F\u00fcr das Training wurden etwa 10 hoch 25 FLOP ben\u00f6tigt.", lang::de,
                        "10 hoch 25 FLOP") == 1e25);
  // Read in another language, "hoch" is no power: the 10 is a bare number, and the 25 after "hoch"
  // is still no figure of its own (never "25 FLOP").
  const ai::extraction en = ai::extract("a 10 hoch 25 FLOP", lang::en);
  CHECK(en.figures.empty());
  // Without digits right before it, "hoch" is the adjective, and the figure after it reads.
  CHECK(ai::extract("Der Bedarf ist hoch 25 GW sind geplant.", lang::de).figures.size() == 1);
  CHECK(ai::extract("Der Bedarf bleibt hoch, 25 GW sind geplant.", lang::de).figures.size() == 1);
}

TEST_CASE("a power of another base is refused, never read as its base or exponent") {
  for (const std::string_view text : {"It needs 2^10 FLOP.", "Es braucht 2 hoch 10 FLOP.", "It needs 3\u00b2 FLOP."}) {
    const ai::extraction e = ai::extract(text, text[0] == 'E' ? lang::de : lang::en);
    INFO(text);
    CHECK(e.figures.empty());
    REQUIRE(e.errors.size() == 1);
    CHECK(e.errors[0].code == ai::parse_errc::bad_number);
  }
}

TEST_CASE("near twins of exponents still read as before") {
  // A French ordinal ("2e") is no exponent, nor is a letter after digits that are no exponent.
  const ai::extraction fr = ai::extract("La 2e g\u00e9n\u00e9ration consomme 700 W.", lang::fr);
  REQUIRE(fr.figures.size() == 1);
  CHECK(fr.figures[0].value == 700);
  CHECK(ai::parse("25 FLOP", lang::en)->value == 25);
  CHECK(ai::parse("20,000 H100e", lang::en)->value == 20000);
  CHECK(ai::parse("10 EUR", lang::de)->value == 10);
  CHECK(!ai::parse("10^", lang::en).has_value());
  CHECK(!ai::parse("1e400 W", lang::en).has_value());
}

TEST_CASE("a number times a power of ten is read whole, with its mantissa, in every language") {
  // Read from "10" on, "5 x 10^25 FLOP" would be 1e25: a wrong figure by its mantissa.
  for (const lang l : all_six) {
    INFO(ai::code_of(l));
    const std::string_view five_halves = l == lang::en ? "2.5" : "2,5";
    for (const std::string_view times : {" \u00d7 ", "\u00d7", " x ", "x", " \u00b7 ", "\u00b7", " * ", " \u22c5 "}) {
      const std::string number = std::string(five_halves) + std::string(times) + "10^25 FLOP";
      const std::string text = "Training took " + number + ".";
      CHECK(compute_work_of(text, l, number) == 2.5e25);
    }
    CHECK(compute_work_of("Training took 5 \u00d7 10\u00b2\u2075 FLOP.", l, "5 \u00d7 10\u00b2\u2075 FLOP") == 5e25);
    CHECK(ai::parse("3 x 10^6 GPUs", l)->value == 3e6);
    CHECK(ai::parse("3 \u00d7 10^-3 s", l)->value == 3e-3);
  }
  // A times word where the language writes one; "por" and "per" also mean "per", and are not read.
  CHECK(compute_work_of("Das Training brauchte 5 mal 10 hoch 25 FLOP.", lang::de, "5 mal 10 hoch 25 FLOP") == 5e25);
  CHECK(compute_work_of("Training took 5 times 10^25 FLOP.", lang::en, "5 times 10^25 FLOP") == 5e25);
  CHECK(compute_work_of("De training kostte 5 maal 10^25 FLOP.", lang::nl, "5 maal 10^25 FLOP") == 5e25);
  CHECK(compute_work_of("L'entraînement a pris 5 fois 10^25 FLOP.", lang::fr, "5 fois 10^25 FLOP") == 5e25);
}

TEST_CASE("near twins of a number times a power of ten: no power, or another base") {
  // "x 10 GW" is no power of ten: the 10 GW reads as written, the 4 is a bare number.
  const ai::extraction e = ai::extract("The site grew 4 x 10 GW of plans.", lang::en);
  REQUIRE(e.figures.size() == 1);
  CHECK(e.figures[0].value == 10e9);
  CHECK(e.figures[0].span_in("The site grew 4 x 10 GW of plans.") == "10 GW");
  // Another base after the times sign is refused, as it is alone.
  const ai::extraction two = ai::extract("It needs 5 x 2^10 FLOP.", lang::en);
  CHECK(two.figures.empty());
  // Two spaces are no times sign of the number's.
  CHECK(ai::parse("5  x 10^25 FLOP", lang::en).has_value() == false);
}
