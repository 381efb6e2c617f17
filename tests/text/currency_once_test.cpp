// A currency stated once for several sums of one sentence ("$80 billion this year, Meta up to 65
// billion and Amazon more than 100 billion"): each sum with the same scale word is money in that
// currency, never a plain number; a scale word that counts something else ("8 billion people") or a
// sum in another sentence stays a number.
#include <aiscale/text.hpp>
#include <string_view>
#include <utility>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

TEST_CASE("a currency stated once serves the later sums of the sentence, in every language") {
  for (const auto& [text, l] :
       {std::pair{std::string_view("Microsoft will spend $80 billion this year, Meta up to 65 billion and Amazon more "
                                   "than 100 billion."),
                  lang::en},
        std::pair{std::string_view("Microsoft gibt 80 Milliarden Dollar aus, Meta bis zu 65 Milliarden und Amazon "
                                   "\u00fcber 100 Milliarden."),
                  lang::de},
        std::pair{std::string_view("Microsoft geeft 80 miljard dollar uit, Meta tot 65 miljard en Amazon meer dan "
                                   "100 miljard."),
                  lang::nl},
        std::pair{std::string_view("Microsoft d\u00e9pensera 80 milliards de dollars, Meta jusqu'\u00e0 65 milliards "
                                   "et Amazon plus de 100 milliards."),
                  lang::fr},
        std::pair{std::string_view("Microsoft gastar\u00e1 80.000 millones de d\u00f3lares, Meta hasta 65.000 "
                                   "millones y Amazon m\u00e1s de 100.000 millones."),
                  lang::es},
        std::pair{std::string_view("Microsoft spender\u00e0 80 miliardi di dollari, Meta fino a 65 miliardi e Amazon "
                                   "oltre 100 miliardi."),
                  lang::it}}) {
    const ai::extraction e = ai::extract(text, l);
    INFO(text << " [" << ai::code_of(l) << "]");
    CHECK(e.errors.empty());
    REQUIRE(e.figures.size() == 3);
    const double values[] = {80e9, 65e9, 100e9};
    for (std::size_t k = 0; k != 3; ++k) {
      CHECK(e.figures[k].kind == ai::figure_kind::money);
      CHECK(e.figures[k].currency == "USD");
      CHECK(e.figures[k].value == values[k]);
    }
  }
}

TEST_CASE("near twins: another scale word, a counted noun, another sentence stay numbers") {
  const auto kinds = [](std::string_view text) {
    const ai::extraction e = ai::extract(text, lang::en);
    REQUIRE(e.figures.size() == 2);
    return e.figures[1].kind;
  };
  CHECK(kinds("Microsoft will spend $80 billion, while 8 billion people watch.") == ai::figure_kind::number);
  CHECK(kinds("Microsoft will spend $80 billion. Meta has 65 billion.") == ai::figure_kind::number);
  CHECK(kinds("Microsoft will spend $80 billion, Meta 65 million.") == ai::figure_kind::number);
  CHECK(kinds("Microsoft will spend $80 billion, Meta 65 billion.") == ai::figure_kind::money);
  CHECK(kinds("It has 5 GW and 3 billion.") == ai::figure_kind::number);
}
