// Counts of accelerators however articles name them: a noun, a model of the catalogue, a vendor or an
// adjective between the number and the noun. The models and vendors are the catalogue's own: a spec
// added to catalog::all_accelerators is read here with no edit under text/.
#include <aiscale/catalog.hpp>
#include <aiscale/text.hpp>
#include <aiscale/units.hpp>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "../catch.hpp"

namespace ai = aiscale;
namespace cat = aiscale::catalog;
using ai::lang;
using K = ai::figure_kind;

static_assert(ai::parse_as(ai::gpu, "30.000 GB200", lang::de).value() == 30000.0 * ai::gpu);

namespace {
// Reads text as a count of accelerators in language l: the whole text, of value n.
void check_count(const std::string& text, lang l, double n) {
  INFO(text << " (" << ai::code_of(l) << ")");
  const auto f = ai::parse(std::string_view(text), l);
  REQUIRE(f.has_value());
  CHECK(f->kind == K::gpus);
  CHECK(f->value == n);
  CHECK(f->end == text.size());
}
}  // namespace

TEST_CASE("every model and vendor of the catalogue counts accelerators") {
  std::apply(
      [](const auto&... a) {
        const auto one = [](std::string_view model, std::string_view vendor) {
          const std::string m(model), v(vendor);
          check_count("30.000 " + m, lang::de, 30000);
          check_count("30.000 " + m + "-GPUs", lang::de, 30000);
          check_count("200.000 " + m + "-GPU's", lang::nl, 200000);
          check_count("200.000 " + v + " " + m + "-GPU's", lang::nl, 200000);
          check_count("30,000 " + m + "s", lang::en, 30000);
          check_count("30,000 " + v + " " + m + " GPUs", lang::en, 30000);
          check_count("10.000 " + v + "-GPUs", lang::de, 10000);
          check_count("2 milioni di " + m, lang::it, 2e6);
          // A model that names a machine, not the chips: no count.
          const std::string servers = "10 " + m + " servers";
          CHECK(!ai::parse(std::string_view(servers), lang::en).has_value());
          const ai::extraction e = ai::extract(servers, lang::en);
          CHECK(e.figures.empty());
        };
        (one(a.model(), a.vendor()), ...);
      },
      cat::all_accelerators);
}

TEST_CASE("every product family of the catalogue counts accelerators before a noun") {
  std::size_t families = 0;
  std::apply(
      [&families](const auto&... a) {
        const auto one = [&families](std::string_view family, std::string_view vendor, std::string_view model) {
          // A family that is the first word of its model ("Gaudi 3") is read as part of the model only.
          if (family.empty() || model.starts_with(std::string(family) + " ")) return;
          ++families;
          const std::string f(family), v(vendor);
          check_count("10,000 " + f + " GPUs", lang::en, 10000);
          check_count("10,000 " + v + " " + f + " accelerators", lang::en, 10000);
          check_count("10.000 " + f + "-GPUs", lang::de, 10000);
          check_count("10.000 " + f + "-chips", lang::nl, 10000);
          // A family alone names no device: "5,000 Blackwell" is no count, and the name elsewhere is text.
          const std::string alone = "5,000 " + f, named = "The " + f + " platform costs $3 billion.";
          CHECK(ai::extract(alone, lang::en).figures.empty());
          CHECK(ai::extract(named, lang::en).figures.size() == 1);
        };
        (one(a.family(), a.vendor(), a.model()), ...);
      },
      cat::all_accelerators);
  CHECK(families >= 10);  // Hopper, Blackwell, Instinct ... are declared in the catalogue
  static_assert(cat::b200.family() == "Blackwell" && cat::h100_sxm.family() == "Hopper");
}

TEST_CASE("accelerator nouns and their compounds, in every language") {
  const std::pair<std::string_view, lang> counts[] = {
      {"100 million AI GPUs", lang::en},
      {"100 million AI chips", lang::en},
      {"100 million accelerators", lang::en},
      {"100 million graphics cards", lang::en},
      {"100 Millionen KI-Chips", lang::de},
      {"100 Millionen Grafikkarten", lang::de},
      {"100 Millionen Prozessoren", lang::de},
      {"100 miljoen actieve GPU's", lang::nl},
      {"100 miljoen grafische kaarten", lang::nl},
      {"100 millions de puces", lang::fr},
      {"100 millions de cartes graphiques", lang::fr},
      {"100 millones de procesadores", lang::es},
      {"100 millones de chips", lang::es},
      {"100 milioni di processori", lang::it},
      {"100 milioni di chip IA", lang::it},
      // where they run
      {"100 million data-center GPUs", lang::en},
      {"100 million data centre GPUs", lang::en},
      {"100 million datacenter GPUs", lang::en},
      {"100 Millionen Rechenzentrums-GPUs", lang::de},
      {"100 miljoen datacenter-GPU's", lang::nl},
  };
  for (const auto& [text, l] : counts) {
    INFO(text);
    const ai::extraction e = ai::extract(text, l);
    REQUIRE(e.figures.size() == 1);
    CHECK(e.figures[0].kind == K::gpus);
    CHECK(e.figures[0].value == 1e8);
  }
}

TEST_CASE("units of a model count the model") {
  const std::string_view text = "Oracle recibir\u00e1 400.000 unidades del chip GB200 de Nvidia.";
  const ai::extraction e = ai::extract(text, lang::es);
  REQUIRE(e.figures.size() == 1);
  CHECK(e.figures[0].kind == K::gpus);
  CHECK(e.figures[0].value == 4e5);
  CHECK(e.figures[0].span_in(text) == "400.000 unidades del chip GB200");
  // With the article before the model, as English writes it.
  const std::string_view the = "Amazon will buy 5,000 units of the GB200 for its cluster.";
  const ai::extraction with_the = ai::extract(the, lang::en);
  REQUIRE(with_the.figures.size() == 1);
  CHECK(with_the.figures[0].kind == K::gpus);
  CHECK(with_the.figures[0].span_in(the) == "5,000 units of the GB200");
  // Units of anything else are no accelerators.
  CHECK(ai::extract("Hay 5 unidades de medida.", lang::es).figures.empty());
  CHECK(ai::extract("They sold 5,000 units of the product.", lang::en).figures.empty());
  // The units after the model, in each language: "H100-Einheiten", "H100 units".
  for (const auto& [phrase, l] : {std::pair{"50 Millionen H100-Einheiten", lang::de},
                                  {"50 million H100 units", lang::en},
                                  {"50 miljoen H100-eenheden", lang::nl},
                                  {"50 millones de H100 unidades", lang::es},
                                  {"50 millions de H100 unit\u00e9s", lang::fr},
                                  {"50 milioni di H100 unit\u00e0", lang::it}}) {
    INFO(phrase);
    const auto r = ai::parse_as(ai::gpu, phrase, l);
    REQUIRE(r.has_value());
    CHECK(r.value() == 5e7 * ai::gpu);
  }
  // Units alone say not what they count: a bare number.
  const ai::extraction alone = ai::extract("50 Millionen Einheiten", lang::de);
  REQUIRE(alone.figures.size() == 1);
  CHECK(alone.figures[0].kind == K::number);
}

TEST_CASE("near misses of accelerator counts") {
  // An adjective or a vendor alone is no noun: the number stays a bare number, no figure.
  CHECK(ai::extract("They hired 5 AI researchers and 3 Nvidia engineers.", lang::en).figures.empty());
  // A model joined to another word names that thing.
  CHECK(ai::extract("Er liefert 10 H100-Cluster aus.", lang::de).figures.empty());
  // H100-equivalents stay their own kind.
  CHECK(ai::parse("500.000 H100-\u00c4quivalente", lang::de)->kind == K::h100_equivalents);
  // A model inside a longer word is not the model.
  CHECK(ai::extract("About 30 H100X units.", lang::en).figures.empty());
  // Data centres themselves, and their operators, are no accelerators.
  CHECK(ai::extract("100 data center operators agreed.", lang::en).figures.empty());
  CHECK(ai::extract("The 5 data centres need 2 GW.", lang::en).figures.size() == 1);
  CHECK(ai::extract("Die 5 Rechenzentrums-Betreiber stimmten zu.", lang::de).figures.empty());
}
