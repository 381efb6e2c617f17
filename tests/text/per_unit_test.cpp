// Figures per unit of something: a price per kWh, a power or a price per GPU, money per gigawatt or
// per year, energy per year, a data rate, compute per GPU. Each is its own kind, never the bare
// amount, and parse_as, figure_as and figure_range_as give the typed quantity.
#include <aiscale/text.hpp>
#include <aiscale/text/ostream.hpp>
#include <aiscale/units.hpp>
#include <cmath>
#include <sstream>
#include <string>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;
using K = ai::figure_kind;

// In constant evaluation too.
static_assert(ai::parse("$0.078/kWh", lang::en)->kind == K::price_per_energy);
static_assert(ai::parse_as(ai::usd / ai::kWh, "$0.078/kWh", lang::en).value() == 0.078 * (ai::usd / ai::kWh));
static_assert(ai::parse_as(ai::W / ai::gpu, "750 W pro GPU", lang::de).value() == 750.0 * (ai::W / ai::gpu));
static_assert(ai::parse_as(ai::usd, "$0.078/kWh", lang::en).error().code == ai::parse_errc::wrong_dimension);

namespace {
// The value of a figure per unit relative to the expected quantity: within one rounding of each.
template <class Q>
bool near(Q got, Q want) {
  return std::fabs(got.value() - want.value()) <= 4e-16 * std::fabs(want.value());
}

struct per_case {
  std::string_view text;
  lang language;
  K kind;
  std::string_view span;
  double amount;  // in the unit the test asks for
};

// Each sentence holds one figure, of the kind and span given, which figure_as reads as amount *
// per_unit, and which is never the bare amount (asked as `bare`, it is another kind).
template <std::size_t N, class PerUnit, class Bare>
void check_sentences(const per_case (&cases)[N], PerUnit per_unit, Bare bare) {
  for (const per_case& c : cases) {
    INFO(c.text);
    const ai::extraction e = ai::extract(c.text, c.language);
    REQUIRE(e.figures.size() == 1);
    const ai::figure& f = e.figures[0];
    CHECK(f.kind == c.kind);
    CHECK(f.span_in(c.text) == c.span);
    const auto q = ai::figure_as(per_unit, f);
    REQUIRE(q.has_value());
    CHECK(near(*q, c.amount * per_unit));
    const ai::parse_error as_bare = ai::figure_as(bare, f).error();
    CHECK(as_bare.code == ai::parse_errc::wrong_dimension);
    CHECK(as_bare.found == ai::name_of(c.kind));
  }
}
}  // namespace

TEST_CASE("a price per unit of energy, in every language") {
  const per_case cases[] = {
      {"Power costs $0.078/kWh in Texas.", lang::en, K::price_per_energy, "$0.078/kWh", 0.078},
      {"Utilities charge 8 cents per kWh.", lang::en, K::price_per_energy, "8 cents per kWh", 0.08},
      {"Der Strom kostet 0,078 US-Dollar pro kWh.", lang::de, K::price_per_energy, "0,078 US-Dollar pro kWh", 0.078},
      {"Stroom kost 0,078 dollar per kWh.", lang::nl, K::price_per_energy, "0,078 dollar per kWh", 0.078},
      {"L'\u00e9lectricit\u00e9 co\u00fbte 0,078 dollar le kWh.", lang::fr, K::price_per_energy, "0,078 dollar le kWh",
       0.078},
      {"La luz cuesta 0,078 d\u00f3lares por kWh.", lang::es, K::price_per_energy, "0,078 d\u00f3lares por kWh", 0.078},
      {"L'energia costa 0,078 dollari al kWh.", lang::it, K::price_per_energy, "0,078 dollari al kWh", 0.078},
  };
  check_sentences(cases, ai::usd / ai::kWh, ai::usd);
  // Per MWh is the same kind; figure_as converts.
  CHECK(near(*ai::parse_as(ai::usd / ai::kWh, "USD 78 per MWh", lang::en), 0.078 * (ai::usd / ai::kWh)));
  // Euro cents in German: EUR, not USD.
  const ai::figure cent = *ai::parse("8 Cent pro kWh", lang::de);
  CHECK(cent.currency == "EUR");
  CHECK(near(*ai::figure_as(ai::eur / ai::kWh, cent), 0.08 * (ai::eur / ai::kWh)));
  CHECK(ai::figure_as(ai::usd / ai::kWh, cent).error().code == ai::parse_errc::wrong_dimension);
}

TEST_CASE("power and money per accelerator, in every language") {
  const per_case power[] = {
      {"Each rack draws 750 W per GPU.", lang::en, K::power_per_device, "750 W per GPU", 750},
      {"Jeder Beschleuniger braucht 1,2 kW/GPU.", lang::de, K::power_per_device, "1,2 kW/GPU", 1200},
      {"Dat is 1,2 kW per GPU.", lang::nl, K::power_per_device, "1,2 kW per GPU", 1200},
      {"Soit 1,2 kW par GPU.", lang::fr, K::power_per_device, "1,2 kW par GPU", 1200},
      {"Unos 1,2 kW por GPU.", lang::es, K::power_per_device, "1,2 kW por GPU", 1200},
      {"Circa 1,2 kW per GPU.", lang::it, K::power_per_device, "1,2 kW per GPU", 1200},
  };
  check_sentences(power, ai::W / ai::gpu, ai::W);
  // The accelerator named as one graphics card or processor.
  const per_case per_card[] = {
      {"It draws 700 W per graphics card.", lang::en, K::power_per_device, "700 W per graphics card", 700},
      {"Sie zieht 700 W pro Grafikkarte.", lang::de, K::power_per_device, "700 W pro Grafikkarte", 700},
      {"Hij verbruikt 700 W per grafische kaart.", lang::nl, K::power_per_device, "700 W per grafische kaart", 700},
      {"Elle consomme 700 W par carte graphique.", lang::fr, K::power_per_device, "700 W par carte graphique", 700},
      {"Consume 700 W por tarjeta gr\u00e1fica.", lang::es, K::power_per_device, "700 W por tarjeta gr\u00e1fica", 700},
      {"Consuma 700 W per scheda grafica.", lang::it, K::power_per_device, "700 W per scheda grafica", 700},
      {"Sie zieht 700 W pro Prozessor.", lang::de, K::power_per_device, "700 W pro Prozessor", 700},
  };
  check_sentences(per_card, ai::W / ai::gpu, ai::W);
  const per_case money[] = {
      {"Nvidia charges USD 30,000 per GPU.", lang::en, K::money_per_device, "USD 30,000 per GPU", 3e4},
      {"Jeder Chip kostet 30.000 US-Dollar pro GPU.", lang::de, K::money_per_device, "30.000 US-Dollar pro GPU", 3e4},
      {"Dat is 30.000 dollar per GPU.", lang::nl, K::money_per_device, "30.000 dollar per GPU", 3e4},
      {"Soit 30\u00a0000 dollars par GPU.", lang::fr, K::money_per_device, "30\u00a0000 dollars par GPU", 3e4},
      {"Cuesta 30.000 d\u00f3lares por GPU.", lang::es, K::money_per_device, "30.000 d\u00f3lares por GPU", 3e4},
      {"Costa 30.000 dollari per GPU.", lang::it, K::money_per_device, "30.000 dollari per GPU", 3e4},
  };
  check_sentences(money, ai::usd_per_gpu, ai::usd);
  // A range per accelerator keeps both ends.
  const auto r = ai::parse_range_as(ai::usd_per_gpu, "$25,000-30,000 per GPU", lang::en);
  REQUIRE(r.has_value());
  CHECK(r->low == 25000.0 * ai::usd_per_gpu);
  CHECK(r->high == 30000.0 * ai::usd_per_gpu);
  // Compute per accelerator keeps its numeric format.
  const ai::figure c = *ai::parse("989 TFLOP/s BF16 per GPU", lang::en);
  CHECK(c.kind == K::compute_per_device);
  CHECK(c.compute_format == "BF16");
  CHECK(*ai::figure_as(ai::TFLOPS_of(ai::bf16) / ai::gpu, c) == 989.0 * (ai::TFLOPS_of(ai::bf16) / ai::gpu));
  CHECK(ai::figure_as(ai::TFLOPS_of(ai::fp8) / ai::gpu, c).error().code == ai::parse_errc::wrong_dimension);
}

TEST_CASE("money per power and per year, energy per year, data rates") {
  const auto per_gw = ai::parse("USD 50 billion per gigawatt", lang::en);
  REQUIRE(per_gw.has_value());
  CHECK(per_gw->kind == K::money_per_power);
  CHECK(*ai::figure_as(ai::usd / ai::GW, *per_gw) == 50e9 * (ai::usd / ai::GW));
  CHECK(ai::parse("50 Milliarden US-Dollar pro Gigawatt", lang::de)->kind == K::money_per_power);

  const per_case per_year[] = {
      {"Demand could reach 105 TWh/year.", lang::en, K::energy_per_time, "105 TWh/year", 105},
      {"Der Verbrauch steigt auf 105 TWh pro Jahr.", lang::de, K::energy_per_time, "105 TWh pro Jahr", 105},
      {"Het verbruik: 105 TWh per jaar.", lang::nl, K::energy_per_time, "105 TWh per jaar", 105},
      {"La consommation atteindrait 105 TWh par an.", lang::fr, K::energy_per_time, "105 TWh par an", 105},
      {"El consumo llegar\u00eda a 105 TWh al a\u00f1o.", lang::es, K::energy_per_time, "105 TWh al a\u00f1o", 105},
      {"Il consumo salirebbe a 105 TWh all'anno.", lang::it, K::energy_per_time, "105 TWh all'anno", 105},
  };
  check_sentences(per_year, ai::TWh / ai::year, ai::TWh);
  // Energy per year is an average power: 105 TWh/yr is about 12 GW.
  const ai::figure average = *ai::parse("105 TWh/year", lang::en);
  CHECK(std::fabs(ai::figure_as(ai::GW, average)->value() - 105e12 * 3600 / 31557600 / 1e9) < 1e-9);
  const ai::figure budget = *ai::parse("199 Millionen US-Dollar pro Jahr", lang::de);
  CHECK(budget.kind == K::money_per_time);
  CHECK(near(*ai::figure_as(ai::usd_per_year, budget), 199e6 * ai::usd_per_year));
  CHECK(ai::parse_as(ai::usd, "$199 million a year", lang::en).error().code == ai::parse_errc::wrong_dimension);

  const ai::figure rate = *ai::parse("3.35 TB/s", lang::en);
  CHECK(rate.kind == K::data_rate);
  CHECK(rate.value == 3.35e12);  // bytes per second
  CHECK(*ai::figure_as(ai::TB_per_s, rate) == 3.35 * ai::TB_per_s);
  CHECK(ai::figure_as(ai::TB, rate).error().code == ai::parse_errc::wrong_dimension);
  CHECK(ai::parse("3,35 TB/s", lang::de)->kind == K::data_rate);
}

TEST_CASE("figures per unit print with what they are per") {
  const auto shown = [](std::string_view text, lang l) {
    std::ostringstream os;
    os << *ai::parse(text, l);
    return os.str();
  };
  CHECK(shown("$0.078/kWh", lang::en) == "USD 0.078/kWh");
  CHECK(shown("750 W per GPU", lang::en) == "750 W/GPU");
  CHECK(shown("USD 30,000 per GPU", lang::en) == "USD 30,000/GPU");
  CHECK(shown("USD 50 billion per gigawatt", lang::en) == "USD 50 billion/GW");
  CHECK(shown("105 TWh/year", lang::en) == "105 TWh/yr");
  CHECK(shown("3.35 TB/s", lang::en) == "3.35 TB/s");
  CHECK(shown("$199 million a year", lang::en) == "USD 199 million a year");
}

TEST_CASE("near misses keep their old meaning") {
  // "per cent" is still a percentage; "a" between numbers is still a Spanish range.
  CHECK(ai::parse("5 per cent", lang::en)->value == 0.05);
  CHECK(ai::parse("5 a 6 GW", lang::es)->upper == 6e9);
  // "an" is a year only after "par": "5 GW an" is no figure per year in French.
  CHECK(!ai::parse("5 GW an", lang::fr).has_value());
  // A per word of another language is not read: "pro Jahr" in English text.
  CHECK(ai::extract("105 TWh pro Jahr", lang::en).figures[0].kind == K::energy);
  // "per" with no space is not the word ("perGPU").
  CHECK(ai::extract("750 W perGPU", lang::en).figures[0].kind == K::power);
  // An article that is also a per word ("a", "le", "al") after a figure is read as per only where
  // the pair has a kind: "3 GW a day" is 3 GW.
  const std::string_view day = "They add 3 GW a day.";
  const ai::extraction added = ai::extract(day, lang::en);
  REQUIRE(added.figures.size() == 1);
  CHECK(added.figures[0].span_in(day) == "3 GW");
  // "per" and "par"/"por" that also mean "for" and "by" say nothing without a unit after them.
  const ai::extraction it = ai::extract("Investe 10 GW per il progetto.", lang::it);
  REQUIRE(it.figures.size() == 1);
  CHECK(it.figures[0].value == 1e10);
}

TEST_CASE("a figure per something with no kind is not the amount alone") {
  // "$5 per share" is no sum of $5, "5 GW per year" no 5 GW: the pair has no kind, and the amount
  // alone would be the wrong kind of figure. parse says so, extract reports it where it stands.
  struct per_case {
    std::string_view text;
    lang l;
    std::string_view per;  // where the error points
  };
  for (const per_case& c : {per_case{"It paid $5 per share.", lang::en, "per share"},
                            per_case{"They add 5 GW per year.", lang::en, "per year"},
                            per_case{"Each rack holds 3 GPUs per server.", lang::en, "per server"},
                            per_case{"It costs $5 per 1,000 GPUs.", lang::en, "per 1,000"},
                            per_case{"Racks draw 40 kW/rack.", lang::en, "/rack"},
                            per_case{"Sie bauen 3 GPUs pro Server ein.", lang::de, "pro Server"},
                            per_case{"Es kostet 5 Millionen Euro je Standort.", lang::de, "je Standort"},
                            per_case{"Er kost 2 miljoen euro per locatie.", lang::nl, "per locatie"}}) {
    INFO(c.text);
    const ai::extraction e = ai::extract(c.text, c.l);
    for (const ai::figure& f : e.figures) CHECK(f.span_in(c.text).find(c.per) == std::string_view::npos);
    REQUIRE(!e.errors.empty());
    CHECK(e.errors[0].code == ai::parse_errc::unknown_per_unit);
    CHECK(c.text.substr(e.errors[0].offset).starts_with(c.per.substr(0, 1)));
  }
  CHECK(ai::parse("$5 per share", lang::en).error().code == ai::parse_errc::unknown_per_unit);
  CHECK(ai::parse("5 GW per year", lang::guess).error().code == ai::parse_errc::unknown_per_unit);
  // Under lang::guess, a language that reads what the per word is per wins over one that does not
  // know the word: "megawattuur" and "megawattora" are units in Dutch and Italian only.
  CHECK(ai::parse("80 euro per megawattuur", lang::guess)->kind == K::price_per_energy);
  CHECK(ai::parse("80 euro per megawattora", lang::guess)->kind == K::price_per_energy);
  const std::string_view dutch = "De elektriciteit kost het bedrijf 80 euro per megawattuur.";
  const ai::extraction guessed = ai::extract(dutch, lang::guess);
  REQUIRE(guessed.figures.size() == 1);
  CHECK(guessed.figures[0].span_in(dutch) == "80 euro per megawattuur");
  CHECK(guessed.errors.empty());
  CHECK(ai::parse("$5 per share", lang::guess).error().code == ai::parse_errc::unknown_per_unit);
  // The pairs that have a kind are read whole, and a bare number per something is no figure at all.
  CHECK(ai::parse("750 W per GPU", lang::en)->kind == K::power_per_device);
  CHECK(ai::extract("5 per share", lang::en).errors.empty());
}
