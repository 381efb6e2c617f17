// The claims report: the figures of five news articles on AI infrastructure, each checked against
// the catalogue and the reference data, with a verdict computed from the data and an SVG chart.
#include <aiscale/catalog.hpp>
#include <aiscale/model.hpp>
#include <aiscale/text.hpp>
#include <aiscale/units.hpp>
#include <array>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>

#include "claim.hpp"
#include "figures.hpp"
#include "svg.hpp"

namespace ai = aiscale;
namespace cat = ai::catalog;
namespace ref = ai::reference;
using claims::claim;
using claims::figure;
using claims::number;
using claims::range;
using claims::relation_word;

namespace {

// --- the articles ------------------------------------------------------------------------------
// Named as a reader would cite them; the seed files' names are hashes.
constexpr std::string_view nl_openai = "Dutch article on OpenAI's million GPUs, July 2025";
constexpr std::string_view de_nvidia = "German article on NVIDIA's investment in OpenAI, 22 September 2025";
constexpr std::string_view de_openai = "German article on OpenAI's hunger for GPUs, 2025";
constexpr std::string_view fr_openai = "French article (ARKTechNews) on 100 million GPUs, 2025";
constexpr std::string_view de_xai = "German article on xAI's Colossus, July 2025";

// --- the figures they state ----------------------------------------------------------------------
// Read at compile time from the way each article writes the figure, in its language: a Dutch
// "biljoen" and a German "Billion" are 10^12, a French "milliard" 10^9. (Short figure phrases of our
// own, not the articles' sentences.) A phrase the parser could not read would stop the build.
template <class U>
constexpr auto stated(U unit, std::string_view phrase, ai::lang language) {
  return ai::parse_as(unit, phrase, language).value();
}
using ai::lang;
constexpr auto openai_end_2025 = stated(ai::million * ai::gpu, "1 miljoen gpu's", lang::nl);    // 000, 002, 003
constexpr double growth_factor = 100;                                                           // "100x that"
constexpr auto openai_target = stated(ai::million * ai::gpu, "100 millions de GPU", lang::fr);  // 003
constexpr auto target_cost = stated(ai::trillion * ai::usd, "3 biljoen dollar", lang::nl);      // 000; 003 in milliards
static_assert(target_cost == stated(ai::trillion * ai::usd, "3 000 milliards de dollars", lang::fr));
constexpr auto target_power = stated(ai::GW, "75 GW", lang::fr);                                      // 003
constexpr auto uk_share = stated(ai::percent, "75 %", lang::fr);                                      // 003
constexpr auto nvidia_investment = stated(ai::billion * ai::usd, "100 Milliarden Dollar", lang::de);  // 001
constexpr auto nvidia_capacity = stated(ai::GW, "10 Gigawatt", lang::de);                             // 001
constexpr auto grok4_h100 = stated(ai::thousand * ai::gpu, "200.000 H100's", lang::nl);               // 000
constexpr double times_xai = 5;                                                                       // 000 "vijfmaal"
constexpr auto colossus1 = stated(ai::thousand * ai::gpu, "230.000 GPUs", lang::de);                  // 004
constexpr auto colossus1_gb200 = stated(ai::thousand * ai::gpu, "30.000 GB200", lang::de);            // 004
constexpr auto colossus2 = stated(ai::thousand * ai::gpu, "550.000 GPUs", lang::de);  // 004 GB200 and GB300
constexpr auto colossus2_cost = stated(ai::trillion * ai::usd, "2 Billionen US-Dollar", lang::de);  // 004
constexpr auto musk_h100s = stated(ai::million * ai::gpu, "50 Millionen H100-GPUs", lang::de);      // 004
constexpr ai::estimate musk_worth = [] {                                                            // 004
  const auto r = ai::parse_range_as(ai::trillion * ai::usd, "1,5 bis 2 Billionen US-Dollar", lang::de).value();
  return ai::estimate{r.low, r.high};
}();
constexpr auto musk_compute = stated(ai::EFLOPS, "200 ExaFLOPS", lang::de);                  // 004: no format given
constexpr double times_supercomputer = 20;                                                   // 004
constexpr auto stargate = stated(ai::billion * ai::usd, "500 Milliarden Dollar", lang::de);  // 002
constexpr auto millions = 2 * ai::million * ai::gpu;                 // 001 "Millionen": at least two
constexpr auto nvidia_per_gw = nvidia_investment / nvidia_capacity;  // 001: "step by step" as each GW is built

constexpr double about = 0.10;  // "about", "rund", "environ", "zo'n"

// --- what the data says ------------------------------------------------------------------------
// Power is counted all in: each GPU's system (server or rack) power times the facility's PUE,
// between Google's 1.10 and the industry's average 1.56.
constexpr auto h100 = cat::h100_sxm;
constexpr auto pue_best = ref::pue_google_2023.value;
constexpr auto pue_average = ref::pue_industry_2024.value;
constexpr ai::estimate target_power_computed{openai_target * cat::system_power(h100) * pue_best,
                                             openai_target* cat::system_power(h100) * pue_average};
constexpr auto target_power_chips = openai_target * h100.max_power();
constexpr auto target_cost_computed = openai_target * h100.price();  // the article: "the purchase of the GPUs alone"
constexpr auto uk_share_computed = target_power / ref::uk_electricity_2024.value;
// Colossus 2 mixes GB200 and GB300 in an unknown ratio; all in, at GB200 NVL72 racks' system power.
constexpr ai::estimate colossus2_cost_computed{
    colossus2 * cat::system_power(cat::gb200) * pue_best * ref::cost_per_gw.value,
    colossus2* cat::system_power(cat::gb200) * pue_average* ref::cost_per_gw.value};
constexpr ai::estimate blackwell_price{cat::gb200.price().low(), cat::gb300.price().high()};
constexpr auto colossus2_gpus_alone = colossus2 * blackwell_price;
constexpr auto musk_worth_computed = musk_h100s * h100.price();
constexpr auto musk_bf16 = musk_h100s * h100.peak(ai::bf16);
// Stargate's own size, from OpenAI (the article gives only the money): 10 GW all in.
constexpr auto stargate_computed = ref::stargate_capacity.value * ref::cost_per_gw.value;
// 10 GW of GB200 NVL72 racks, all in (the first phase is Vera Rubin, whose rack power is not published)
constexpr ai::estimate gpus_in_10_gw{ai::gpus_for_power(cat::gb200, nvidia_capacity, pue_average),
                                     ai::gpus_for_power(cat::gb200, nvidia_capacity, pue_best)};
constexpr auto colossus1_listed = ref::colossus1_hopper.value + ref::colossus1_gb200.value;

// Every claim the data confirms, at compile time.
static_assert(ai::approx(growth_factor * openai_end_2025, openai_target));
static_assert(ai::approx(openai_end_2025 / grok4_h100, times_xai* ai::one));
static_assert(target_cost_computed.widened(about).contains(target_cost));
static_assert(ai::approx(colossus1_listed, colossus1));
static_assert(ai::approx(ref::colossus1_gb200.value, colossus1_gb200));  // and its GB200 share
static_assert(musk_worth.overlaps(musk_worth_computed));
static_assert(ai::approx(stargate_computed, stargate, about));
static_assert(gpus_in_10_gw.low() > millions);
static_assert(nvidia_per_gw < ref::cost_per_gw.value);
// ... the one the chips' power alone explains: 75 GW is 100 million x 700-750 W, before servers and cooling
static_assert(!target_power_computed.widened(about).contains(target_power));
static_assert(ai::approx(target_power_chips, target_power, about));
// ... the UK's capacity taken for its consumption: 75 GW is 72 % of about 104 GW of capacity
static_assert(ai::approx(target_power / ref::uk_generating_capacity_2023.value, uk_share, about));
// ... and the one that a prefix slip and a numeric format explain together: 50 million H100 give
// about 200 ZettaFLOPS of sparse FP8, and 49,450 ExaFLOPS of dense BF16, never 200 ExaFLOPS
static_assert(ai::approx(musk_h100s * h100.peak(ai::sparse(ai::fp8)),
                         ai::assume_format(1000 * musk_compute, ai::sparse(ai::fp8)), about));
static_assert(!ai::approx(musk_bf16, ai::assume_format(musk_compute, ai::bf16), about));
// A quantity or an estimate as a range of plain numbers in a display unit.
template <class Q, class U>
constexpr range in(const Q& q, U u) {
  if constexpr (ai::is_estimate_v<Q>)
    return q.values_in(u);
  else
    return range(q.template value_in<double>(u));
}

// The fleet of 50 million H100 in one format, as alternatives for the "200 EFLOPS" claims;
// scale divides the result (by El Capitan's Rmax for the supercomputer comparison).
template <class Format>
constexpr claims::alternative as_format(Format f, double scale = 1) {
  return {"another numeric format or sparsity", Format::label.view(),
          range((musk_h100s * h100.peak(f)).template value_in<double>(ai::EFLOPS_of(f)) / scale)};
}
constexpr claim& every_h100_format(claim& c, double scale = 1) {
  return c.add(as_format(ai::fp64, scale))
      .add(as_format(ai::fp32, scale))
      .add(as_format(ai::tf32, scale))
      .add(as_format(ai::sparse(ai::tf32), scale))
      .add(as_format(ai::sparse(ai::bf16), scale))
      .add(as_format(ai::fp8, scale))
      .add(as_format(ai::sparse(ai::fp8), scale));
}

constexpr auto make_claims() {
  std::array<claim, 14> list{};
  std::size_t n = 0;
  const auto million_gpu = ai::million * ai::gpu;
  const auto thousand_gpu = ai::thousand * ai::gpu;
  const auto trillion_usd = ai::trillion * ai::usd;
  const auto billion_usd = ai::billion * ai::usd;

  claim& c1 = list[n++];
  c1 = claims::unchecked("OpenAI has over 1 million GPUs online by the end of 2025", nl_openai, "million GPU",
                         in(openai_end_2025, million_gpu), "no catalogue or reference figure counts OpenAI's GPUs");

  claim& c2 = list[n++];
  c2 = claims::checked("A hundredfold of that fleet is 100 million GPUs", fr_openai, "million GPU",
                       in(openai_target, million_gpu), in(growth_factor * openai_end_2025, million_gpu),
                       "100 x 1 million GPUs, both figures from the Dutch article");
  c2.note = "arithmetic of the articles' own figures: it checks the multiplication, not the plan";

  claim& c3 = list[n++];
  c3 = claims::checked("Buying 100 million GPUs costs about USD 3 trillion", nl_openai, "trillion USD",
                       in(target_cost, trillion_usd), in(target_cost_computed, trillion_usd),
                       "GPUs alone, as the article says: 100 million x H100 SXM price estimate (USD 25,000-30,000)");
  c3.long_scale_word = true;  // "3 biljoen dollar"
  c3.note = "the purchase of the GPUs alone, as the article says; the data centres around them cost more (see [4])";

  claim& c4 = list[n++];
  c4 = claims::checked("100 million GPUs draw about 75 GW", fr_openai, "GW", in(target_power, ai::GW),
                       in(target_power_computed, ai::GW),
                       "all in: 100 million x DGX H100 system power 1.275 kW per GPU x PUE 1.10-1.56");
  c4.power_or_energy = true;
  c4.add({"the chips' power only (TDP), not all in", "100 million x H100 SXM 700 W", in(target_power_chips, ai::GW)});

  claim& c5 = list[n++];
  c5 = claims::checked("75 GW is 75 % of the UK's electricity consumption", fr_openai, "%", in(uk_share, ai::percent),
                       in(uk_share_computed, ai::percent),
                       "75 GW against UK consumption 2024, 266 TWh a year = 30.3 GW on average (reference: Electric "
                       "Insights)");
  c5.power_or_energy = true;
  c5.add({"generating capacity taken for consumption", "75 GW against about 104 GW of UK capacity (reference: DESNZ)",
          in(target_power / ref::uk_generating_capacity_2023.value, ai::percent)});
  c5.add({"peak demand taken for consumption", "75 GW against a 47 GW winter peak (reference: National Grid ESO)",
          in(target_power / ref::uk_peak_demand_2024.value, ai::percent)});

  claim& c6 = list[n++];
  c6 = claims::checked("NVIDIA invests up to USD 100 billion as 10 GW are built: USD 10 billion per GW", de_nvidia,
                       "billion USD/GW", in(nvidia_per_gw, billion_usd / ai::GW),
                       in(ref::cost_per_gw.value, billion_usd / ai::GW),
                       "reference: all-in cost of a GW, USD 50 billion (NVIDIA earnings call, Aug 2025)");
  c6.kind = claims::relation::share;
  c6.note = "a share, not the whole: about a fifth of each GW's all-in cost, so 0.2 is agreement, not a false alarm";

  claim& c7 = list[n++];
  c7 = claims::checked("10 GW means millions of NVIDIA GPUs", de_nvidia, "million GPU", in(millions, million_gpu),
                       in(gpus_in_10_gw, million_gpu),
                       "10 GW / (GB200 NVL72 system power 1.667 kW per GPU x PUE 1.10-1.56); NVIDIA's CEO says 4-5 "
                       "million");
  c7.kind = claims::relation::at_least;
  c7.note =
      "\"millions\" is a lower bound (read as at least 2 million): a computed count above it agrees, so a "
      "ratio below 1 is agreement here";

  claim& c8 = list[n++];
  c8 = claims::checked("1 million GPUs is five times xAI's 200,000 H100 for Grok 4", nl_openai, "x", range(times_xai),
                       in(openai_end_2025 / grok4_h100, ai::one), "1 million / 200,000, both from the same article");
  c8.note = "arithmetic of the article's own figures: it checks the division, not the figures";

  claim& c9 = list[n++];
  c9 = claims::checked("Colossus 1 holds 230,000 GPUs, 30,000 of them GB200", de_xai, "thousand GPU",
                       in(colossus1, thousand_gpu), in(colossus1_listed, thousand_gpu),
                       "reference: xAI's list, 150,000 H100 + 50,000 H200 + 30,000 GB200");
  c9.note = "the Dutch article's 200,000 H100 for Grok 4 are 150,000 H100 and 50,000 H200 in xAI's list";

  claim& c10 = list[n++];
  c10 = claims::checked("550,000 GB200 and GB300 for Colossus 2 cost about 2 Billionen USD", de_xai, "trillion USD",
                        in(colossus2_cost, trillion_usd), in(colossus2_cost_computed, trillion_usd),
                        "all in: 550,000 x GB200 NVL72 system power 1.667 kW x PUE 1.10-1.56 x USD 50 billion per GW");
  c10.long_scale_word = true;  // "2 Billionen": German long scale, 10^12
  c10.add({"the GPUs alone", "550,000 x USD 30,000-55,600 (GB200 and GB300 price estimates)",
           in(colossus2_gpus_alone, trillion_usd)});
  c10.note = "Bloomberg and SemiAnalysis put Colossus 2 at tens of billions of dollars, as computed here";

  claim& c11 = list[n++];
  c11 = claims::checked("50 million H100-equivalents are worth USD 1.5 to 2 trillion", de_xai, "trillion USD",
                        in(musk_worth, trillion_usd), in(musk_worth_computed, trillion_usd),
                        "GPUs alone: 50 million x H100 SXM price estimate (USD 25,000-30,000)");
  c11.long_scale_word = true;
  c11.period_years = 5;  // "within five years"

  claim& c12 = list[n++];
  c12 = claims::checked("50 million H100-equivalents give about 200 ExaFLOPS", de_xai, "EFLOP/s",
                        range(musk_compute.value_in<double>(ai::EFLOPS)), in(musk_bf16, ai::EFLOPS_of(ai::bf16)),
                        "50 million x H100 SXM dense BF16 peak (989 TFLOP/s)");
  c12.period_years = 5;
  every_h100_format(c12);

  // The article compares its own 200 EFLOPS with the top supercomputer's FP64 HPL result.
  const double rmax = ref::el_capitan_rmax_2024.value.value_in(ai::EFLOPS_of(ai::fp64));
  claim& c13 = list[n++];
  c13 = claims::checked("200 ExaFLOPS is 20 times the leading supercomputer", de_xai, "x", range(times_supercomputer),
                        range(musk_compute.value_in<double>(ai::EFLOPS) / rmax),
                        "200 EFLOP/s / reference: El Capitan's Rmax 1.742 EFLOP/s (FP64, TOP500)");
  every_h100_format(c13, rmax);

  claim& c14 = list[n++];
  c14 = claims::checked("Stargate's USD 500 billion is what its 10 GW cost all in", de_openai, "billion USD",
                        in(stargate, billion_usd), in(stargate_computed, billion_usd),
                        "reference: Stargate's 10 GW (OpenAI, Sept 2025) x USD 50 billion per GW all in (NVIDIA, Aug "
                        "2025)");
  c14.note = "the article gives the money only; the 10 GW are OpenAI's own figure for Stargate, not the NVIDIA deal's";
  return list;
}

constexpr auto all = make_claims();

// The verdicts the static_asserts above promise, read from the same table the report prints.
static_assert(claims::judge(all[1]).result == claims::verdict::confirmed);
static_assert(claims::judge(all[11]).result == claims::verdict::explained);
static_assert(claims::judge(all[3]).result == claims::verdict::explained);  // chips only
static_assert(claims::judge(all[4]).result == claims::verdict::explained);  // capacity for consumption
static_assert(claims::judge(all[5]).result == claims::verdict::confirmed);  // a fifth of the all-in cost
static_assert(claims::judge(all[9]).result == claims::verdict::disagrees);

}  // namespace

int main(int argc, char** argv) {
  const std::string svg_path = argc > 1 ? argv[1] : "claims.svg";
  std::size_t counts[4]{};
  std::cout << "Claims report: " << all.size() << " claims from 5 articles\n\n";
  for (std::size_t i = 0; i != all.size(); ++i) {
    const claim& c = all[i];
    const claims::finding f = claims::judge(c);
    ++counts[static_cast<std::size_t>(f.result)];
    std::cout << '[' << i + 1 << "] " << c.summary << '\n'
              << "    article:  " << c.article << '\n'
              << "    stated:   " << relation_word(c.kind) << figure(c.stated, c.unit) << '\n';
    if (c.checkable) {
      std::cout << "    computed: " << figure(c.computed, c.unit) << "  (" << c.basis << ")\n"
                << "    ratio:    " << number(f.ratio) << " (stated / computed)\n";
    } else {
      std::cout << "    computed: -  (" << c.basis << ")\n";
    }
    std::cout << "    verdict:  " << claims::name(f.result);
    if (f.result == claims::verdict::explained) {
      std::cout << ": ";
      if (!f.scale_cause.empty()) std::cout << f.scale_cause << " (" << f.scale_detail << ")";
      if (!f.scale_cause.empty() && !f.cause.empty()) std::cout << " and ";
      if (!f.cause.empty()) std::cout << f.cause << " (" << f.detail << ")";
    }
    if (f.result == claims::verdict::disagrees) {
      std::cout << ": no listed cause explains it (tried: power-of-1000 slips";
      if (c.long_scale_word) std::cout << ", long vs short scale";
      if (c.power_or_energy) std::cout << ", power vs energy";
      if (c.period_years > 1) std::cout << ", per-year vs total";
      for (std::size_t k = 0; k != c.alternative_count; ++k)
        if (k == 0 || c.alternatives[k].cause != c.alternatives[k - 1].cause)
          std::cout << ", " << c.alternatives[k].cause;
      std::cout << ')';
    }
    std::cout << '\n';
    if (!c.note.empty()) std::cout << "    note:     " << c.note << '\n';
    std::cout << '\n';
  }
  std::cout << "summary: " << counts[0] << " confirmed, " << counts[1] << " explained, " << counts[2] << " disagree, "
            << counts[3] << " not checkable\n";

  std::ofstream svg(svg_path);
  claims::write_svg(svg, all);
  svg.close();
  if (!svg) {
    std::cerr << "could not write " << svg_path << '\n';
    return 1;
  }
  std::cout << "chart written: " << svg_path << '\n';
}
