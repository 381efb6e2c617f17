// check(text, lang) and its parts: paragraphs and sentences in six languages, the names that select
// references and keep subjects apart, which figures are related, and rates judged directly.
#include <aiscale/check.hpp>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;

namespace {
std::vector<std::string_view> sentence_texts(std::string_view text, lang l) {
  std::vector<std::string_view> out;
  for (const ai::text_span& s : ai::sentences(text, {0, text.size()}, l)) out.push_back(s.in(text));
  return out;
}
}  // namespace

TEST_CASE("a blank line ends a paragraph; a single line break does not") {
  const std::string_view text = "First line\nsame paragraph\n  \t\nSecond one\n\n\n\nThird\n";
  const std::vector<ai::text_span> p = ai::paragraphs(text);
  REQUIRE(p.size() == 3);
  CHECK(p[0].in(text) == "First line\nsame paragraph");
  CHECK(p[1].in(text) == "Second one");
  CHECK(p[2].in(text) == "Third");
  CHECK(ai::paragraphs("").empty());
  CHECK(ai::paragraphs("\n\n \n").empty());
}

TEST_CASE("sentences end at . ! ? and line breaks, not at decimal marks and abbreviations") {
  CHECK(sentence_texts("Anthropic (13 Mrd. Dollar) oder xAI. Dann kam OpenAI.", lang::de) ==
        std::vector<std::string_view>{"Anthropic (13 Mrd. Dollar) oder xAI.", "Dann kam OpenAI."});
  CHECK(sentence_texts("It grew 4.5 times in the U.S. last year! Really? Yes", lang::en) ==
        std::vector<std::string_view>{"It grew 4.5 times in the U.S. last year!", "Really?", "Yes"});
  CHECK(sentence_texts("Am 22. Juli 2025 kam es. Im Jahr 2025. Danach", lang::de) ==
        std::vector<std::string_view>{"Am 22. Juli 2025 kam es.", "Im Jahr 2025.", "Danach"});
  CHECK(sentence_texts("durchgeführt).Bei Colossus 2 https://t.co/x wird es\nneu", lang::de) ==
        std::vector<std::string_view>{"durchgeführt).", "Bei Colossus 2 https://t.co/x wird es", "neu"});
  CHECK(sentence_texts("Los EE. UU. invertirán 500.000 millones. El Sr. Altman lo dijo.", lang::es) ==
        std::vector<std::string_view>{"Los EE. UU. invertirán 500.000 millones.", "El Sr. Altman lo dijo."});
  CHECK(sentence_texts("Il dott. Rossi ha 3 mld. di dollari, ecc. Poi basta.", lang::it) ==
        std::vector<std::string_view>{"Il dott. Rossi ha 3 mld. di dollari, ecc. Poi basta."});
  CHECK(sentence_texts("Het kost 3 mld. euro. Mme. Dupont zegt 1,5 mln. Klaar.", lang::nl) ==
        std::vector<std::string_view>{"Het kost 3 mld. euro.", "Mme. Dupont zegt 1,5 mln. Klaar."});
  CHECK(sentence_texts("Wie Jensen\xE2\x80\xA6 Und dann", lang::de) ==
        std::vector<std::string_view>{"Wie Jensen\xE2\x80\xA6", "Und dann"});
}

TEST_CASE("a paragraph's language is guessed from its common words, in each of the six") {
  const auto guess = [](std::string_view t) { return ai::guess_language(t, {0, t.size()}); };
  CHECK(guess("The company said that the campus will draw power from the grid.") == lang::en);
  CHECK(guess("Das Unternehmen sagt, dass der Campus mit Strom aus dem Netz versorgt wird.") == lang::de);
  CHECK(guess("Het bedrijf zegt dat het datacenter van het net wordt gevoed en niet zelf opwekt.") == lang::nl);
  CHECK(guess("Le groupe indique que les centres de données seront alimentés par le réseau.") == lang::fr);
  CHECK(guess("La empresa dijo que los centros de datos se alimentarán de la red para el proyecto.") == lang::es);
  CHECK(guess("La società ha detto che il campus sarà alimentato dalla rete della regione per gli utenti.") ==
        lang::it);
}

TEST_CASE("names: accelerators from the catalogue, subjects kept apart, countries of the references") {
  const std::string_view text =
      "Bei Colossus 2 stehen 550.000 GB200, bei Colossus 150.000 H100-GPUs von OpenAI-Partnern.";
  const ai::text_span all{0, text.size()};
  const auto accs = ai::accelerators_named(text, all);
  REQUIRE(accs.size() == 2);
  CHECK(accs[0]->token == "H100");  // catalogue order; "GB200" is not read as "B200"
  CHECK(accs[1]->token == "GB200");
  CHECK(ai::subjects_named(text, all) == std::vector<std::string_view>{"OpenAI", "Colossus 2", "Colossus"});
  CHECK(ai::same_subject({"xAI"}, {}));
  CHECK(!ai::same_subject({"xAI"}, {"Stargate", "Oracle"}));
  CHECK(!ai::shares_subject({}, {}));
  const std::string_view fr = "la consommation du Royaume-Uni";
  REQUIRE(ai::country_named(fr, {0, fr.size()}) != nullptr);
  CHECK(ai::country_named(fr, {0, fr.size()})->name == "the UK");
  const std::string_view ukraine = "Ukraine and UKIP";
  CHECK(ai::country_named(ukraine, {0, ukraine.size()}) == nullptr);
}

TEST_CASE("figures in one sentence are related and judged, with their spans") {
  const std::string_view text = "The campus of 100,000 H100 GPUs cost USD 3 billion and draws 150 MW.";
  const ai::check_result r = ai::check(text, lang::en);
  REQUIRE(r.findings.size() == 2);
  const ai::finding& cost = r.findings[0];
  CHECK(cost.kind == ai::relation::cost_per_gpu);
  REQUIRE(cost.figures.size() == 2);
  CHECK(cost.figures[0].span_in(text) == "USD 3 billion");
  CHECK(cost.figures[1].span_in(text) == "100,000 H100 GPUs");
  CHECK(cost.implied == "USD 30,000 per GPU");
  CHECK(cost.result == ai::verdict::consistent);
  CHECK(cost.same_sentence);
  REQUIRE(cost.sentences.size() == 1);
  CHECK(cost.sentences[0].in(text) == text);
  const ai::finding& power = r.findings[1];
  CHECK(power.kind == ai::relation::power_per_gpu);
  CHECK(power.implied == "1.5 kW per GPU");
  CHECK(power.result == ai::verdict::consistent);
  CHECK(power.reference.find("H100") == 0);  // the named accelerator selects the reference
  CHECK(r.paragraphs == 1);
  CHECK(r.sentences == 1);
  CHECK(r.figures == 3);
}

TEST_CASE("figures of different paragraphs, and so of different articles, are never related") {
  const std::string_view text = "OpenAI will run 100,000 H100 GPUs.\n\nThe other article: a campus for USD 3 billion.";
  CHECK(ai::check(text, lang::en).findings.empty());
  const std::string_view joined = "OpenAI will run 100,000 H100 GPUs. The new campus will cost USD 3 billion.";
  CHECK(ai::check(joined, lang::en).findings.size() == 1);
}

TEST_CASE("a partner in the same sentence wins over one in another sentence of the paragraph") {
  const std::string_view text =
      "NVIDIA will invest up to USD 100 billion as 10 GW are built. Its market value is USD 4.5 trillion.";
  const ai::check_result r = ai::check(text, lang::en);
  REQUIRE(r.findings.size() == 1);  // the market value is not related to the 10 GW
  CHECK(r.findings[0].kind == ai::relation::cost_per_power);
  CHECK(r.findings[0].result == ai::verdict::consistent);  // an investment: a share of the whole
  CHECK(r.findings[0].note.find("a share of the whole") == 0);
}

TEST_CASE("a sum in a sentence that names a project is the project's, not related across sentences") {
  // Both sentences name OpenAI, which would relate them; the second names Stargate too, so its sum is
  // Stargate's (seed article 002: OpenAI's million GPUs this year, Stargate's USD 500 billion).
  const std::string_view text =
      "OpenAI will add one million GPUs this year. OpenAI founded Stargate, a project "
      "of USD 500 billion.";
  const ai::check_result r = ai::check(text, lang::en);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].kind == ai::relation::project_figure);
  CHECK(r.findings[0].result == ai::verdict::consistent);
  // Without the project's name, the same sum is related to the count of the other sentence.
  const std::string_view unnamed = "OpenAI will add one million GPUs this year. OpenAI will spend USD 50 billion.";
  const ai::check_result u = ai::check(unnamed, lang::en);
  REQUIRE(u.findings.size() == 1);
  CHECK(u.findings[0].kind == ai::relation::cost_per_gpu);
}

TEST_CASE("across sentences, figures are related only when the sentences are about the same subject") {
  const std::string_view apart =
      "Musk wants 50 million H100 GPUs at xAI. Stargate, with Oracle, costs USD 500 billion.";
  const ai::check_result a = ai::check(apart, lang::en);
  REQUIRE(a.findings.size() == 1);  // Stargate's sum, against Stargate's reference; not per GPU of xAI
  CHECK(a.findings[0].kind == ai::relation::project_figure);
  CHECK(a.findings[0].result == ai::verdict::consistent);
  const std::string_view near = "Musk wants 50 million H100 GPUs at xAI. They would cost USD 1.5 trillion.";
  const ai::check_result r = ai::check(near, lang::en);
  REQUIRE(r.findings.size() == 1);
  CHECK_FALSE(r.findings[0].same_sentence);
  CHECK(r.findings[0].sentences.size() == 2);
  // Four sentences apart, with no subject in common, the paragraph has moved on.
  const std::string_view far =
      "Musk wants 50 million H100 GPUs. It is a big plan. Others doubt it. Many wait. It would cost USD 1.5 "
      "trillion.";
  CHECK(ai::check(far, lang::en).findings.empty());
}

TEST_CASE("a sum in another currency is related but not judged: the references have no exchange rate") {
  const std::string_view text = "Die 10.000 H100 kosten rund 300 Millionen Euro.";
  const ai::check_result r = ai::check(text, lang::de);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].result == ai::verdict::not_checkable);
  CHECK(r.findings[0].note.find("exchange rate for EUR") != std::string::npos);
  CHECK(r.findings[0].implied == "EUR 30,000 per GPU");
}

TEST_CASE("a rate written per GPU is judged directly once the text layer reads it, and never taken for a total") {
  const std::string_view text = "Its 100,000 H100 GPUs draw 750 W per GPU.";
  const ai::check_result r = ai::check(text, lang::en);
  const ai::parse_result<ai::quantity<ai::W_per_gpu, double>> rate =
      ai::parse_as(ai::W_per_gpu, "750 W per GPU", lang::en);
  if (rate) {
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].kind == ai::relation::power_per_gpu);
    CHECK(r.findings[0].result == ai::verdict::consistent);  // a chip's power, given per GPU
  } else {
    CHECK(r.findings.empty());  // "750 W" is not related to the 100,000 GPUs as a total
  }
}

TEST_CASE("a rate given as a quantity is judged as check() judges one in a text") {
  CHECK(ai::judge_rate(30'000.0 * ai::usd_per_gpu).result == ai::verdict::consistent);
  const ai::finding slip = ai::judge_rate(30.0 * ai::usd_per_gpu, "an H100");
  CHECK(slip.result == ai::verdict::implausible);
  CHECK(slip.causes == std::vector<ai::slip>{ai::slip::prefix_off_by_1000});
  CHECK(slip.explanation == "the rate is 1/1000 of what was meant: USD 30,000 per GPU");
  // Given per GPU, a chip's TDP and an all-in figure both agree.
  CHECK(ai::judge_rate(750.0 * ai::W_per_gpu).result == ai::verdict::consistent);
  CHECK(ai::judge_rate(1.8 * ai::kW_per_gpu).result == ai::verdict::consistent);
  CHECK(ai::judge_rate(50.0 * ai::billion * ai::usd / ai::GW).result == ai::verdict::consistent);
  // Below the all-in cost, a share taken for the total where the text says the sum includes the chips;
  // otherwise it may be the buildings and power alone, which no reference prices: not checkable.
  const ai::finding share = ai::judge_rate(20.0 * ai::billion * ai::usd / ai::GW, "the cost, chips included");
  CHECK(share.causes == std::vector<ai::slip>{ai::slip::share_for_total});
  CHECK(ai::judge_rate(20.0 * ai::billion * ai::usd / ai::GW).result == ai::verdict::not_checkable);
  CHECK(ai::judge_rate(0.078 * ai::usd_per_kWh).result == ai::verdict::consistent);
  CHECK(ai::judge_rate(78.0 * ai::usd_per_kWh).causes == std::vector<ai::slip>{ai::slip::prefix_off_by_1000});
  // A named accelerator without a price is not checkable.
  CHECK(ai::judge_rate(15'000.0 * ai::usd_per_gpu, "an MI300X").result == ai::verdict::not_checkable);
}

// A temporary string would leave the findings' figures pointing into freed memory: refused.
template <class S>
constexpr bool checks = requires(S&& text) {
  ai::check(static_cast<S&&>(text), lang::en);
};
static_assert(!checks<std::string>);
static_assert(checks<const std::string&>);
static_assert(checks<std::string_view>);

TEST_CASE("check reports progress per paragraph and an invalid language") {
  const std::string text = "One 1 GW campus costs USD 55 billion.\n\nAnother paragraph.";
  std::vector<std::size_t> done;
  const ai::check_result r = ai::check(text, lang::en, [&](std::size_t d, std::size_t total) {
    CHECK(total == text.size());
    done.push_back(d);
  });
  CHECK(done.size() == 2);
  CHECK(done.back() == text.size());
  CHECK(r.findings.size() == 1);
  const ai::check_result bad = ai::check(text, static_cast<lang>(42));
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0].code == ai::parse_errc::unknown_language);
}

TEST_CASE("lang::guess reads each paragraph in its own language") {
  const std::string_view text =
      "Für 50.000 H100-GPUs zahlt das Unternehmen laut Insidern rund 1,5 Milliarden Dollar.\n\n"
      "La empresa invertirá unos 3.000 millones de dólares en 100.000 GPU H100 para el campus.";
  const ai::check_result r = ai::check(text, lang::guess);
  REQUIRE(r.findings.size() == 2);
  CHECK(r.findings[0].implied == "USD 30,000 per GPU");
  CHECK(r.findings[1].implied == "USD 30,000 per GPU");
}

TEST_CASE("the example of docs/check.md finds what the page says it prints") {
  const std::string text =
      "Une flotte de 100 millions de GPU demanderait quelque 75 GW, soit "
      "75 % de ce que consomme le Royaume-Uni en \xC3\xA9lectricit\xC3\xA9.";
  const ai::check_result r = ai::check(text, lang::fr);
  REQUIRE(r.findings.size() == 2);
  CHECK(r.findings[0].implied == "750 W per GPU");
  CHECK(r.findings[0].causes == std::vector<ai::slip>{ai::slip::chip_vs_all_in});
  CHECK(r.findings[1].implied == "208-247 % of the UK's electricity consumption (the text: 75 %)");
  CHECK(r.findings[1].causes == std::vector<ai::slip>{ai::slip::capacity_vs_consumption});
}

TEST_CASE("a count of H100-equivalents is judged as H100s, and the implied figure says so") {
  const std::string_view text = "Musk wants 50 million H100 equivalents, worth USD 1.5 trillion.";
  const ai::extraction e = ai::extract(text, lang::en);
  const bool read_as_h100e = !e.figures.empty() && e.figures[0].kind == ai::figure_kind::h100_equivalents;
  const ai::check_result r = ai::check(text, lang::en);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].implied == (read_as_h100e ? "USD 30,000 per H100-equivalent" : "USD 30,000 per GPU"));
  CHECK(r.findings[0].reference.find("H100:") == 0);
  CHECK(r.findings[0].result == ai::verdict::consistent);
}

TEST_CASE("a paragraph of thousands of figures is related pair by pair, each judged") {
  std::string text;
  for (int i = 0; i != 3000; ++i) text += "The 100 H100 GPUs draw 150 kW. ";
  const ai::check_result r = ai::check(text, lang::en);
  REQUIRE(r.findings.size() == 3000);
  for (const ai::finding& f : r.findings) {
    CHECK(f.same_sentence);
    CHECK(f.implied == "1.5 kW per GPU");
    CHECK(f.result == ai::verdict::consistent);
  }
}

TEST_CASE("on arbitrary text, every finding points into the text and into its paragraph") {
  // Pieces of figures, names and sentence ends, in a fixed pseudo-random order: whatever the text,
  // spans stay inside it, a finding's sentences hold its figures, and nothing crosses a blank line.
  const std::string_view pieces[] = {"100,000 H100 GPUs",
                                     " USD 3 billion",
                                     " 75 GW",
                                     " 75 %",
                                     " of the UK",
                                     " 200 exaFLOPS",
                                     ". ",
                                     "\n",
                                     "\n\n",
                                     " OpenAI",
                                     " xAI",
                                     " per GPU",
                                     " 150 MWh",
                                     " 2 Billionen Dollar",
                                     " 1,5 ",
                                     " costs",
                                     " Mrd.",
                                     " 4.5"};
  std::uint32_t state = 12345;
  for (int round = 0; round != 200; ++round) {
    std::string text;
    for (int i = 0; i != 40; ++i) {
      state = state * 1664525u + 1013904223u;
      text += pieces[(state >> 16) % std::size(pieces)];
    }
    const ai::check_result r = ai::check(text, lang::guess);
    const std::vector<ai::text_span> paras = ai::paragraphs(text);
    for (const ai::finding& f : r.findings) {
      REQUIRE(f.paragraph < paras.size());
      const ai::text_span para = paras[f.paragraph];
      for (const ai::figure& g : f.figures) {
        CHECK(g.begin < g.end);
        CHECK(para.contains(g.begin));
        CHECK(g.end <= para.end);
        bool in_a_sentence = false;
        for (const ai::text_span& s : f.sentences) in_a_sentence = in_a_sentence || s.contains(g.begin);
        CHECK(in_a_sentence);
      }
    }
  }
}

TEST_CASE("a figure that ends inside a word was not read whole and is left out") {
  // "Q" is no scale word in any language: "$500Q" reads as "$500" followed by a letter, which is not
  // judged as USD 500.
  const std::string_view text = "Le projet Stargate $500Q de OpenAI et le projet Stargate de 500 milliards USD.";
  const ai::check_result r = ai::check(text, lang::fr);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].figures[0].span_in(text) == "500 milliards USD");
  CHECK(r.findings[0].result == ai::verdict::consistent);
}

TEST_CASE("an English scale word in a French sentence is read whole and judged") {
  // The text layer reads "$500B" in French as English (the figure says its language): USD 500 billion.
  const std::string_view text = "Le projet Stargate $500B de OpenAI.";
  const ai::check_result r = ai::check(text, lang::fr);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].figures[0].span_in(text) == "$500B");
  CHECK(r.findings[0].kind == ai::relation::project_figure);
  CHECK(r.findings[0].result == ai::verdict::consistent);
}

TEST_CASE("a rate the text layer reads is judged alone; one it does not read is left out") {
  // "989 TFLOP/s per GPU" is a compute rate per accelerator: judged against the H100's BF16 peak.
  const std::string_view read =
      "The H100 delivers 989 TFLOP/s per GPU in BF16. Its rival delivers 989 PFLOP/s per GPU.";
  const ai::check_result r = ai::check(read, lang::en);
  REQUIRE(r.findings.size() == 2);
  CHECK(r.findings[0].kind == ai::relation::compute_per_gpu);
  CHECK(r.findings[0].result == ai::verdict::consistent);
  CHECK(r.findings[1].result == ai::verdict::implausible);
  CHECK(r.findings[1].causes == std::vector<ai::slip>{ai::slip::prefix_off_by_1000});
  // The Spanish "por" in an Italian article is no rate the Italian reading knows: the 700 W is left
  // out, not divided by the 1.000 GPU of the sentence.
  const std::string_view unread = "Il campus di 1.000 GPU H100 consuma 700 W por GPU.";
  CHECK(ai::check(unread, lang::it).findings.empty());
}

TEST_CASE("one accelerator written as a word is the noun's article, not a count to divide by") {
  // The text layer reads "a GPU" as one GPU; the cluster's 100 MW are not 100 MW per GPU.
  const std::string_view text = "Meta is building a GPU cluster that draws 100 MW.";
  CHECK(ai::check(text, lang::en).findings.empty());
  // A count of one in digits is a count.
  const ai::check_result r = ai::check("The lab bought 1 GPU for USD 30,000.", lang::en);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].kind == ai::relation::cost_per_gpu);
  CHECK(r.findings[0].result == ai::verdict::consistent);
}

namespace {
// The qualifier of the figure that starts at the first digit or article of figure_text in text.
ai::qualifier qualifier_in(std::string_view text, std::string_view figure_text) {
  const std::size_t begin = text.find(figure_text);
  REQUIRE(begin != std::string_view::npos);
  return ai::qualifier_of(text, begin, begin + figure_text.size());
}
}  // namespace

// qualifier_of is constexpr: a claim's bound can be checked by the compiler.
static_assert(ai::qualifier_of("more than 5 GW", 10, 14).kind == ai::bound_kind::at_least);
static_assert(ai::qualifier_of("no more than 5 GW", 13, 17).kind == ai::bound_kind::at_most);
static_assert(ai::qualifier_of("Turnover 5 GW", 9, 13).kind == ai::bound_kind::none);

TEST_CASE("qualifiers make a figure a lower or an upper bound, in the six languages") {
  struct example {
    std::string_view text, figure;
    ai::bound_kind kind;
  };
  // Lower bounds (the true value is at least the figure), upper bounds ("nearly" is not more than the
  // figure; "between X and Y" reads Y alone), and approximations and other words, which are no bound.
  const example examples[] = {
      {"will host well over a million GPUs", "a million GPUs", ai::bound_kind::at_least},
      {"at least 100,000 H100 GPUs", "100,000 H100 GPUs", ai::bound_kind::at_least},
      {"upwards of $10 billion", "$10 billion", ai::bound_kind::at_least},
      {"mit mehr als 1 Million GPUs", "1 Million GPUs", ai::bound_kind::at_least},
      {"Über 200.000 GPUs", "200.000 GPUs", ai::bound_kind::at_least},  // capital Ü
      {"krijgt ruim 400.000 GB200's", "400.000 GB200's", ai::bound_kind::at_least},
      {"accueillera plus d'un million de GPU", "un million de GPU", ai::bound_kind::at_least},
      {"albergará más de un millón de GPU", "un millón de GPU", ai::bound_kind::at_least},
      {"ospiterà oltre un milione di GPU", "un milione di GPU", ai::bound_kind::at_least},
      {"100.000 GPUs oder mehr", "100.000 GPUs", ai::bound_kind::at_least},
      {"will use up to one million TPUs", "one million TPUs", ai::bound_kind::at_most},
      {"nearly 200,000 H100 GPUs", "200,000 H100 GPUs", ai::bound_kind::at_most},
      {"mit bis zu 100.000 H100", "100.000 H100", ai::bound_kind::at_most},
      {"verbruikt tot 25 megawatt", "25 megawatt", ai::bound_kind::at_most},
      {"abritera jusqu'à 400 000 puces", "400 000 puces", ai::bound_kind::at_most},
      {"abritera jusqu\xE2\x80\x99\xC3\xA0 400 000 puces", "400 000 puces", ai::bound_kind::at_most},
      {"tendrá casi 100.000 GPU", "100.000 GPU", ai::bound_kind::at_most},
      {"assorbiranno fino a 100 MW", "100 MW", ai::bound_kind::at_most},
      {"no more than 30 MW", "30 MW", ai::bound_kind::at_most},  // the negation, not "more than"
      {"between 100,000 and 150,000 H100 GPUs", "150,000 H100 GPUs", ai::bound_kind::at_most},
      {"500 MW or less", "500 MW", ai::bound_kind::at_most},
      {"about 600 MW", "600 MW", ai::bound_kind::none},
      {"rund 1,5 Billionen Dollar", "1,5 Billionen Dollar", ai::bound_kind::none},
      {"unos 3.000 millones de dólares", "3.000 millones de dólares", ai::bound_kind::none},
      {"Turnover 5 GW", "5 GW", ai::bound_kind::none},       // "over" inside a word
      {"the takeover: 5 GW", "5 GW", ai::bound_kind::none},  // not right before the figure
  };
  for (const example& e : examples) {
    INFO(e.text);
    CHECK(qualifier_in(e.text, e.figure).kind == e.kind);
  }
  CHECK(qualifier_in("well over a million GPUs", "a million GPUs").words == "over");
}

TEST_CASE("a bound is judged as a bound: sound claims with qualifiers are not implausible") {
  const std::string_view hyperion = "Meta's Hyperion campus will scale to 5 GW and host well over a million GPUs.";
  const ai::check_result h = ai::check(hyperion, lang::en);
  REQUIRE(h.findings.size() == 1);
  CHECK(h.findings[0].result == ai::verdict::consistent);
  CHECK(h.findings[0].implied == "5 kW per GPU");
  CHECK(h.findings[0].note.find("at most 5 kW per GPU") != std::string::npos);
  // The same figures without the qualifier: a site's power above its GPUs' draw may be its capacity.
  const std::string_view flat = "Meta's Hyperion campus will scale to 5 GW and host a million GPUs.";
  CHECK(ai::check(flat, lang::en).findings.at(0).result == ai::verdict::not_checkable);
  // A bound that keeps the figure out of range is still a slip: "up to 70 MW" for 100,000 H100.
  const std::string_view slip = "Its 100,000 H100 GPUs will draw up to 70 MW, the operator said.";
  const ai::check_result s = ai::check(slip, lang::en);
  REQUIRE(s.findings.size() == 1);
  CHECK(s.findings[0].result == ai::verdict::implausible);
  CHECK(s.findings[0].causes == std::vector<ai::slip>{ai::slip::chip_vs_all_in});
}

TEST_CASE("an accelerator other than NVIDIA's is judged by its own profile, or not at all") {
  const auto first = [](std::string_view text) { return ai::check(text, lang::en).findings.at(0); };
  const ai::finding tpu = first("Anthropic will use one million TPUs, bringing a gigawatt online.");
  CHECK(tpu.result == ai::verdict::not_checkable);
  CHECK(tpu.note == "the catalogue has no system power for TPU v5p, TPU v6e, TPU7x");
  CHECK(first("The 100,000 Gaudi 3 accelerators will need 150 MW.").result == ai::verdict::not_checkable);
  CHECK(first("The 10,000 Instinct GPUs draw 20 MW.").result == ai::verdict::not_checkable);
  // Where the catalogue has the figure, the accelerator's own: the TPUs' BF16 peaks.
  const ai::finding peak = first("Google's 10,000 TPU v5p chips deliver 4.6 exaFLOPS of BF16.");
  CHECK(peak.result == ai::verdict::consistent);
  CHECK(peak.reference == "TPU v5p: BF16 peak 459 TFLOP/s per GPU");
  const std::string_view names = "Ironwood, Trillium and Trainium2 chips beside Blackwell GPUs";
  std::vector<std::string_view> tokens;
  for (const ai::accelerator_profile* p : ai::accelerators_named(names, {0, names.size()}))
    tokens.push_back(p->aliases[0]);
  CHECK(tokens == std::vector<std::string_view>{"B200", "B300", "GB200", "GB300", "TPU v6e", "TPU7x", "Trainium2"});
}

TEST_CASE("a cost below the all-in cost is a slip only where the text says it includes the chips") {
  const auto first = [](std::string_view text, lang l) { return ai::check(text, l).findings.at(0); };
  const ai::finding amazon = first("Amazon's 2.2 GW Indiana campus will cost $11 billion.", lang::en);
  CHECK(amazon.result == ai::verdict::not_checkable);
  CHECK(amazon.note.find("buildings and power alone") != std::string::npos);
  const ai::finding chips = first("The 1 GW campus will cost $20 billion, chips included.", lang::en);
  CHECK(chips.result == ai::verdict::implausible);
  CHECK(chips.causes == std::vector<ai::slip>{ai::slip::share_for_total});
  CHECK(first("Der 1-Gigawatt-Campus kostet samt Chips 20 Milliarden Dollar.", lang::de).result ==
        ai::verdict::implausible);
  // A prefix slip is found either way: USD 20 million for a GW is no building's cost either.
  CHECK(first("The 1 GW campus will cost $50 million.", lang::en).causes ==
        std::vector<ai::slip>{ai::slip::prefix_off_by_1000});
  // A sum for a fleet below the GPUs' price: the buildings alone, unless it buys the GPUs.
  CHECK(first("Meta's $10 billion data centre will house 1.3 million GPUs.", lang::en).result ==
        ai::verdict::not_checkable);
  CHECK(first("Meta will buy 1.3 million GPUs for $10 billion.", lang::en).result == ai::verdict::implausible);
}

TEST_CASE("a share of a country's capacity or peak demand is judged on that basis") {
  const ai::check_result r =
      ai::check("At 30 GW, the new AI campuses would need 29 % of the UK's generating capacity.", lang::en);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].result == ai::verdict::consistent);
  CHECK(r.findings[0].reference == "the UK's generating capacity 104 GW");
  const ai::check_result peak = ai::check(
      "Ein Park mit 30 GW entspräche 64 Prozent der Spitzenlast im Vereinigten "
      "Königreich.",
      lang::de);
  REQUIRE(peak.findings.size() == 1);
  CHECK(peak.findings[0].result == ai::verdict::consistent);
}

TEST_CASE("Italian and Spanish 'per' and 'por' before a sum say what was paid, not what a count is per") {
  // "10.000 GPU GB200 per circa 400 milioni": the count and the sum are related (USD 40,000 per GPU).
  for (const auto& [text, l] :
       {std::pair{std::string_view("Il consorzio acquista 10.000 GPU GB200 per circa 400 milioni di dollari."),
                  lang::it},
        std::pair{std::string_view("El consorcio compra 10.000 GPU GB200 por 400 millones de d\u00f3lares."), lang::es},
        std::pair{
            std::string_view("El consorcio compra 10.000 GPU GB200 por m\u00e1s de 400 millones de d\u00f3lares."),
            lang::es}}) {
    const ai::check_result r = ai::check(text, l);
    INFO(text);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].kind == ai::relation::cost_per_gpu);
  }
  // Twin: "per" before a word stays a rate the text layer did not read, left out of every relation.
  const ai::check_result per_server =
      ai::check("Ogni rack ha 72 GPU per server e costa 3 milioni di dollari.", lang::it);
  for (const ai::finding& f : per_server.findings) CHECK(f.kind != ai::relation::cost_per_gpu);
}

TEST_CASE("a format named without its sparsity is judged against both of its peaks") {
  // NVIDIA prints the GB200 NVL72's FP4 figure with 2:4 sparsity: 1,440 PFLOP/s over 72 GPUs. Quoting
  // it is no slip; saying it is dense is.
  const auto verdict_of = [](std::string_view text) {
    const ai::check_result r = ai::check(text, lang::en);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].kind == ai::relation::compute_per_gpu);
    return r.findings[0];
  };
  CHECK(verdict_of("The GB200 NVL72 delivers 1.4 exaFLOPS of FP4 for 72 GPUs.").result == ai::verdict::consistent);
  CHECK(verdict_of("The GB200 NVL72 delivers 720 petaFLOPS of FP4 for 72 GPUs.").result == ai::verdict::consistent);
  CHECK(verdict_of("The H100 delivers 1,979 TFLOPS of BF16 per GPU.").result == ai::verdict::consistent);
  const ai::finding dense = verdict_of("The GB200 NVL72 delivers 1.4 exaFLOPS of dense FP4 for 72 GPUs.");
  CHECK(dense.result == ai::verdict::implausible);
  CHECK(dense.causes == std::vector<ai::slip>{ai::slip::numeric_format});
  // Twice the sparse peak is no peak of BF16 at all (it is FP8's sparse one).
  const ai::finding twice = verdict_of("The H100 delivers 3,958 TFLOPS of BF16 per GPU.");
  CHECK(twice.result == ai::verdict::implausible);
  CHECK(twice.causes == std::vector<ai::slip>{ai::slip::numeric_format});
}

TEST_CASE("a cluster's power may be its IT load: the system power itself agrees") {
  // Meta's 24,576-GPU H100 clusters: 24,576 x 1.275 kW (DGX H100 over its 8 GPUs) is 31 MW of servers.
  const ai::check_result it_load = ai::check("Meta's 24,576 H100 GPUs draw about 31 MW.", lang::en);
  REQUIRE(it_load.findings.size() == 1);
  CHECK(it_load.findings[0].kind == ai::relation::power_per_gpu);
  CHECK(it_load.findings[0].result == ai::verdict::consistent);
  // The chips alone (700 W each) are still the slip "chip vs all-in".
  const ai::check_result chips = ai::check("Meta's 24,576 H100 GPUs draw about 17 MW.", lang::en);
  REQUIRE(chips.findings.size() == 1);
  CHECK(chips.findings[0].result == ai::verdict::implausible);
  CHECK(chips.findings[0].causes == std::vector<ai::slip>{ai::slip::chip_vs_all_in});
}

TEST_CASE("a figure of zero or less takes no relation") {
  // Divided by "-0 gigawatt", USD 20 billion was -inf per GW, below (so "consistent" with) the open
  // side of the cost per GW; a change ("-5 GW") is no site's power either.
  CHECK(ai::check("The campus of -0 gigawatt will cost $20 billion.", lang::en).findings.empty());
  CHECK(ai::check("The 100,000 GPUs draw -5 MW after the upgrade.", lang::en).findings.empty());
  CHECK(ai::check("The 100,000 GPUs draw 0 MW when idle.", lang::en).findings.empty());
  // Their twin with a positive figure is judged.
  CHECK(ai::check("The 100,000 GPUs draw 150 MW.", lang::en).findings.size() == 1);
}

TEST_CASE("a sum that is not the cost agrees as a share of a GW down to a thousandth of it") {
  const auto result_of = [](std::string_view text) {
    const ai::check_result r = ai::check(text, lang::en);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].kind == ai::relation::cost_per_power);
    return r.findings[0].result;
  };
  // An investment in a campus is a share of its cost.
  CHECK(result_of("The fund puts $2 billion into a 1 GW campus.") == ai::verdict::consistent);
  CHECK(result_of("The fund puts $100 million into a 1 GW campus.") == ai::verdict::consistent);
  // USD 20 for a GW says nothing a verdict could stand on.
  CHECK(result_of("The fund puts $20 into a 1 GW campus.") == ai::verdict::not_checkable);
}
