// "TPUs" is an accelerator noun like "GPUs" in every language: "one million TPUs" is a count of
// accelerators, never the plain number 1e6.
#include <aiscale/text.hpp>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

TEST_CASE("TPUs count accelerators in every language") {
  CHECK(ai::parse("one million TPUs", lang::en)->kind == ai::figure_kind::gpus);
  CHECK(ai::parse("one million TPUs", lang::en)->value == 1e6);
  CHECK(ai::parse("1 Million TPUs", lang::de)->value == 1e6);
  CHECK(ai::parse("1 miljoen TPUs", lang::nl)->value == 1e6);
  CHECK(ai::parse("1 million de TPUs", lang::fr)->value == 1e6);
  CHECK(ai::parse("1 mill\u00f3n de TPUs", lang::es)->value == 1e6);
  CHECK(ai::parse("1 milione di TPUs", lang::it)->value == 1e6);
  const ai::extraction e = ai::extract("Anthropic will use up to one million TPUs under the deal.", lang::en);
  REQUIRE(e.figures.size() == 1);
  CHECK(e.figures[0].kind == ai::figure_kind::gpus);
}

TEST_CASE("near twins: TPU models still read as a count, TPU pods and lower case are no TPUs") {
  CHECK(ai::parse("8,960 TPU v5p chips", lang::en)->value == 8960);
  CHECK(ai::extract("It has 10 TPU pods.", lang::en).figures.empty());
  CHECK(ai::extract("It has 10 tpus.", lang::en).figures.empty());
}
