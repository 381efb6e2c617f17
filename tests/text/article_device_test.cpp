// An article before an accelerator ("an H100", "einer H100", "un GPU", "una GPU", "Een chip") names
// one device; it counts none, and is no figure. A count written as a number word or with a scale word
// ("one GPU", "eine Million GPUs") still reads.
#include <aiscale/text.hpp>
#include <string_view>
#include <utility>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

TEST_CASE("an article before an accelerator is no count, in every language") {
  for (const auto& [text, l] : {std::pair{std::string_view("Renting an H100 is cheap."), lang::en},
                                std::pair{std::string_view("They bought a GPU."), lang::en},
                                std::pair{std::string_view("Die Miete einer H100 ist hoch."), lang::de},
                                std::pair{std::string_view("Ein H100-Chip ist teuer."), lang::de},
                                std::pair{std::string_view("Een chip is duur."), lang::nl},
                                std::pair{std::string_view("Il a achet\u00e9 un GPU et une puce."), lang::fr},
                                std::pair{std::string_view("Compr\u00f3 una GPU."), lang::es},
                                std::pair{std::string_view("Ha comprato una GPU."), lang::it}}) {
    for (const lang in : {l, lang::guess}) {
      INFO(text << " [" << ai::code_of(in) << "]");
      const ai::extraction e = ai::extract(text, in);
      CHECK(e.figures.empty());
      CHECK(e.errors.empty());
    }
  }
}

TEST_CASE("near twins: number words, scale words and articles before other units still read") {
  CHECK(ai::parse("one GPU", lang::en)->value == 1);
  CHECK(ai::parse("a million GPUs", lang::en)->value == 1e6);
  CHECK(ai::parse("eine Million GPUs", lang::de)->value == 1e6);
  CHECK(ai::parse("un milione di GPU", lang::it)->value == 1e6);
  CHECK(ai::parse("a gigawatt", lang::en)->value == 1e9);
  CHECK(ai::parse("zwei GPUs", lang::de)->value == 2);
  CHECK(ai::parse("1 GPU", lang::fr)->value == 1);
}
