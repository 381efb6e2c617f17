// A count of devices with three decimals and no scale word ("10.000 GPUs" in English, "10,000 GPU" in
// German) is a number in another notation: bad_number, never 10 GPUs. No count is of a thousandth of
// a device.
#include <aiscale/text.hpp>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

namespace {
// The one error extract reports in text, which holds no figure.
ai::parse_errc error_in(std::string_view text, lang l) {
  const ai::extraction e = ai::extract(text, l);
  INFO(text << " [" << ai::code_of(l) << "]");
  CHECK(e.figures.empty());
  REQUIRE(e.errors.size() == 1);
  return e.errors[0].code;
}
}  // namespace

TEST_CASE("a count of devices in another notation is bad_number in every language") {
  // English groups with a comma: "10.000" is ten with three decimals there.
  CHECK(error_in("The firm ordered 10.000 GPUs from Supermicro.", lang::en) == ai::parse_errc::bad_number);
  // The others group with a point (French with a space): "10,000" is ten with three decimals there.
  for (const lang l : {lang::de, lang::nl, lang::fr, lang::es, lang::it}) {
    INFO(ai::code_of(l));
    for (const std::string_view text : {"Sie kauften 10,000 GPUs.", "Sie kauften 2,500 Nvidia H100."})
      CHECK(error_in(text, l) == ai::parse_errc::bad_number);
  }
  CHECK(error_in("It wants 5-7.500 GPUs.", lang::en) == ai::parse_errc::bad_number);
  CHECK(error_in("It wants 7.500-9 H100s.", lang::en) == ai::parse_errc::bad_number);
  // With lang::guess the languages read it apart: an error too, where the words do not decide.
  CHECK(error_in("Orders: 10.000 GPUs.", lang::guess) == ai::parse_errc::ambiguous_language);
  // parse reads what it is given as written, as format writes an average count.
  CHECK(ai::parse("5.459 GPUs", lang::en)->value == 5.459);
}

TEST_CASE("near twins: counts in the language's notation, with a scale word, and other kinds still read") {
  CHECK(ai::extract("They bought 10,000 GPUs.", lang::en).figures.at(0).value == 10000);
  CHECK(ai::parse("1.5 million GPUs", lang::en)->value == 1.5e6);
  for (const lang l : {lang::de, lang::nl, lang::es, lang::it}) {
    INFO(ai::code_of(l));
    CHECK(ai::extract("Sie kauften 10.000 GPUs.", l).figures.at(0).value == 10000);
  }
  CHECK(ai::parse("1,5 Millionen GPUs", lang::de)->value == 1.5e6);
  CHECK(ai::parse("10\u202f000 GPU", lang::fr)->value == 10000);
  CHECK(ai::parse("2.5 GW", lang::en)->value == 2.5e9);
  CHECK(ai::parse("10.000 GW", lang::en)->value == 10e9);  // no count: as written
  // Other decimals are a fraction, as format writes an average ("2.5 GPUs"); a group has a whole number.
  CHECK(ai::parse("2.5 GPUs", lang::en)->value == 2.5);
  CHECK(ai::parse("0.125 GPUs", lang::en)->value == 0.125);
  CHECK(ai::parse("1,2345 GPU", lang::de)->value == 1.2345);
  CHECK(ai::parse("1,5 kW pro GPU", lang::de)->value == 1500);
}
