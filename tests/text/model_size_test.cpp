// A model's size ("123B parameters", "Llama-3 70B model", "70B-Modell"): a "B" glued to the number and
// followed by a word for parameters or a model is billions of parameters, never bytes, in every language.
#include <aiscale/text.hpp>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

namespace {
// The first figure of text, read in l and with lang::guess alike.
ai::figure first_figure(std::string_view text, lang l) {
  const ai::extraction e = ai::extract(text, l);
  INFO(text << " [" << ai::code_of(l) << "]");
  REQUIRE(!e.figures.empty());
  const ai::extraction g = ai::extract(text, lang::guess);
  REQUIRE(!g.figures.empty());
  CHECK(g.figures[0].kind == e.figures[0].kind);
  CHECK(g.figures[0].value == e.figures[0].value);
  return e.figures[0];
}
void check_model_size(std::string_view text, lang l, double value, std::string_view span) {
  const ai::figure f = first_figure(text, l);
  INFO(text << " [" << ai::code_of(l) << "]");
  CHECK(f.kind == ai::figure_kind::number);
  CHECK(f.value == value);
  CHECK(f.span_in(text) == span);
}
}  // namespace

TEST_CASE("a B glued to a number before parameters or model is billions of parameters in every language") {
  check_model_size("Mistral Large 2 has 123B parameters.", lang::en, 123e9, "123B");
  check_model_size("The Llama-3 70B model runs on a single B200.", lang::en, 70e9, "70B");
  check_model_size("Its 8b params fit on one GPU.", lang::en, 8e9, "8b");
  check_model_size("Das 70B-Modell l\u00e4uft auf einem Server.", lang::de, 70e9, "70B");
  check_model_size("Es hat 123B Parameter.", lang::de, 123e9, "123B");
  check_model_size("Het 70B-model draait op een server.", lang::nl, 70e9, "70B");
  check_model_size("Le mod\u00e8le compte 123B param\u00e8tres.", lang::fr, 123e9, "123B");
  check_model_size("El modelo tiene 70B par\u00e1metros.", lang::es, 70e9, "70B");
  check_model_size("Il modello ha 70B parametri.", lang::it, 70e9, "70B");
  check_model_size("Sizes range over 7-70B parameters.", lang::en, 7e9, "7-70B");
  CHECK(first_figure("Sizes range over 7-70B parameters.", lang::en).upper == 70e9);
}

TEST_CASE("near twins of model sizes still read as before") {
  // Without such a word, or with a space before it, "B" is bytes; with a currency, billions of money.
  CHECK(first_figure("It wrote a 5B file.", lang::en).kind == ai::figure_kind::data);
  CHECK(first_figure("It wrote a 5B file.", lang::en).value == 5);
  CHECK(ai::parse("5 B", lang::de)->kind == ai::figure_kind::data);
  const ai::figure money = first_figure("They pledged $500B for the model.", lang::en);
  CHECK(money.kind == ai::figure_kind::money);
  CHECK(money.value == 500e9);
  CHECK(ai::parse("3B USD", lang::en)->value == 3e9);
  // A model's version and its size read apart from the count after them: "3.1 405B" is no number.
  const ai::extraction e = ai::extract("Meta's Llama 3.1 405B model was trained on 16,000 H100s.", lang::en);
  REQUIRE(e.figures.size() == 1);
  CHECK(e.figures[0].kind == ai::figure_kind::gpus);
}
