// GPU-hours ("30.8 million GPU hours", "GPU-Stunden", "heures GPU") have no kind of their own: read as
// one of their halves they would be a count of GPUs or a duration. The figure is the number alone,
// and a price per GPU-hour (or per GPU per hour) is unknown_per_unit, never money per device.
#include <aiscale/text.hpp>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

namespace {
void check_number_alone(std::string_view text, lang l, double value, std::string_view span) {
  const ai::extraction e = ai::extract(text, l);
  INFO(text << " [" << ai::code_of(l) << "]");
  CHECK(e.errors.empty());
  REQUIRE(e.figures.size() == 1);
  CHECK(e.figures[0].kind == ai::figure_kind::number);
  CHECK(e.figures[0].value == value);
  CHECK(e.figures[0].span_in(text) == span);
}
void check_unknown_per(std::string_view text, lang l) {
  const ai::extraction e = ai::extract(text, l);
  INFO(text << " [" << ai::code_of(l) << "]");
  CHECK(e.figures.empty());
  REQUIRE(e.errors.size() == 1);
  CHECK(e.errors[0].code == ai::parse_errc::unknown_per_unit);
}
}  // namespace

TEST_CASE("GPU-hours are no count and no duration, in every language") {
  check_number_alone("Training took 30.8 million GPU hours.", lang::en, 30.8e6, "30.8 million");
  check_number_alone("Training took 30.8 million GPU-hours.", lang::en, 30.8e6, "30.8 million");
  check_number_alone("F\u00fcr das Training waren 2,8 Millionen GPU-Stunden n\u00f6tig.", lang::de, 2.8e6,
                     "2,8 Millionen");
  check_number_alone("De training kostte 2,8 miljoen GPU-uur.", lang::nl, 2.8e6, "2,8 miljoen");
  check_number_alone("L'entra\u00eenement a demand\u00e9 2,8 millions d'heures GPU.", lang::fr, 2.8e6, "2,8 millions");
  check_number_alone("El entrenamiento requiri\u00f3 2,8 millones de horas de GPU.", lang::es, 2.8e6, "2,8 millones");
  check_number_alone("L'addestramento ha richiesto 2,8 milioni di ore GPU.", lang::it, 2.8e6, "2,8 milioni");
}

TEST_CASE("a price per GPU-hour or per GPU per hour is unknown_per_unit") {
  check_unknown_per("Lambda charges $2.49 per GPU-hour.", lang::en);
  check_unknown_per("Clouds rent the chips for $2 per GPU per hour.", lang::en);
  check_unknown_per("Die Miete kostet 2,50 US-Dollar je GPU-Stunde.", lang::de);
  check_unknown_per("De huur kost 2 dollar per GPU-uur.", lang::nl);
}

TEST_CASE("near twins: counts, durations and prices per GPU or per hour still read") {
  CHECK(ai::parse("16,384 H100s", lang::en)->kind == ai::figure_kind::gpus);
  CHECK(ai::parse("10,000 GPUs", lang::en)->value == 10000);
  CHECK(ai::parse("5 hours", lang::en)->value == 5 * 3600);
  CHECK(ai::parse("$2 per hour", lang::en)->kind == ai::figure_kind::money_per_time);
  CHECK(ai::parse("$30,000 per GPU", lang::en)->kind == ai::figure_kind::money_per_device);
  CHECK(ai::parse("1,2 kW pro GPU", lang::de)->kind == ai::figure_kind::power_per_device);
  const ai::extraction e = ai::extract("It has 10,000 GPUs. Hours later it had 5 GW.", lang::en);
  REQUIRE(e.figures.size() == 2);
  CHECK(e.figures[0].kind == ai::figure_kind::gpus);
}
