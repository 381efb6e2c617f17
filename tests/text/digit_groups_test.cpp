// Digits grouped by spaces ("1 000 TWh", as the IEA writes in English): one number in every language,
// and a figure never starts inside a number, at a group of three digits after a space.
#include <aiscale/text.hpp>
#include <string>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

namespace {
constexpr lang all_six[] = {lang::en, lang::de, lang::nl, lang::fr, lang::es, lang::it};
}  // namespace

TEST_CASE("a plain space groups digits in every language") {
  for (const lang l : all_six) {
    for (const std::string_view space : {" ", "\u00a0", "\u202f", "\u2009"}) {
      const std::string text = "Demand will pass 1" + std::string(space) + "000 TWh in 2026.";
      INFO(ai::code_of(l) << " [" << text << "]");
      const ai::extraction e = ai::extract(text, l);
      CHECK(e.errors.empty());
      REQUIRE(e.figures.size() == 1);
      CHECK(e.figures[0].kind == ai::figure_kind::energy);
      CHECK(e.figures[0].value == 1000 * 3.6e15);
      CHECK(e.figures[0].span_in(text) == "1" + std::string(space) + "000 TWh");
    }
    CHECK(ai::parse("12 500 000 GPUs", l)->value == 12.5e6);
  }
}

TEST_CASE("a figure never starts at a group of three digits after a short number and a space") {
  // "Llama 3.1 405B": the version's last digit and "405" look like "1 405"; neither 405 nor a part is read.
  const ai::extraction e = ai::extract("Meta's Llama 3.1 405B was trained on 16,000 H100s.", lang::en);
  REQUIRE(e.figures.size() == 1);
  CHECK(e.figures[0].value == 16000);
  // A number in another notation is refused whole; the digits after it are no figure either.
  const ai::extraction de = ai::extract("Sie bauen 1.5 000 GW.", lang::de);
  CHECK(de.figures.empty());
}

TEST_CASE("near twins of digit groups still read apart") {
  // A year, or a number of more than three digits, is no first group: the figure after it reads.
  const ai::extraction year = ai::extract("In 2025 100 GPUs were delivered.", lang::en);
  REQUIRE(year.figures.size() == 1);
  CHECK(year.figures[0].value == 100);
  // Groups are of three digits: "5 20 GW" and "5 1000 GW" are two numbers.
  const ai::extraction two = ai::extract("Phase 5 20 GW, phase 6 1000 GW.", lang::en);
  REQUIRE(two.figures.size() == 2);
  CHECK(two.figures[0].value == 20e9);
  CHECK(two.figures[1].value == 1000e9);
  // A digit glued to a letter ("Q3") starts no first group.
  const ai::extraction q = ai::extract("Q3 100 GPUs", lang::en);
  REQUIRE(q.figures.size() == 1);
  CHECK(q.figures[0].value == 100);
}
