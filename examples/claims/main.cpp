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
#include "svg.hpp"

namespace ai = aiscale;
namespace cat = ai::catalog;
namespace ref = ai::reference;
using claims::claim;
using claims::range;

namespace {

// --- the articles ------------------------------------------------------------------------------
constexpr std::string_view nl_openai = "000_4b85bfdb0e2350d2.txt";  // Dutch, 2025-07
constexpr std::string_view de_nvidia = "001_c871512555d2b76a.txt";  // German, 2025-09-22
constexpr std::string_view de_openai = "002_dc505aa4b3931348.txt";  // German
constexpr std::string_view fr_openai = "003_91dfa38e635fb64c.txt";  // French
constexpr std::string_view de_xai = "004_075be6e1543058c5.txt";     // German, 2025-07

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
constexpr auto millions = 2 * ai::million * ai::gpu;  // 001 "Millionen": at least two

constexpr double about = 0.10;  // "about", "rund", "environ", "zo'n"

// --- what the data says ------------------------------------------------------------------------
constexpr auto h100 = cat::h100_sxm;
constexpr auto target_power_computed = openai_target * h100.max_power();
constexpr auto target_cost_computed = openai_target * h100.price();
constexpr auto uk_share_computed = target_power / ref::uk_electricity_2024.value;
constexpr auto nvidia_buys = nvidia_investment / ref::cost_per_gw.value;
// Colossus 2 mixes GB200 and GB300 in an unknown ratio: the hull of both price ranges.
constexpr ai::estimate blackwell_price{cat::gb200.price().low(), cat::gb300.price().high()};
constexpr auto colossus2_cost_computed = colossus2 * blackwell_price;
constexpr auto musk_worth_computed = musk_h100s * h100.price();
constexpr auto musk_bf16 = musk_h100s * h100.peak(ai::bf16);
constexpr auto stargate_computed = nvidia_capacity * ref::cost_per_gw.value;
// 10 GW of GB300 racks at the industry's average PUE
constexpr auto gpus_in_10_gw = ai::gpus_for_power(cat::gb300, nvidia_capacity, ref::pue_industry_2024.value);

// Every claim the data confirms, at compile time.
static_assert(ai::approx(growth_factor * openai_end_2025, openai_target));
static_assert(ai::approx(openai_end_2025 / grok4_h100, times_xai* ai::one));
static_assert(target_cost_computed.widened(about).contains(target_cost));
static_assert(ai::approx(target_power_computed, target_power, about));
static_assert(ai::approx(grok4_h100 + colossus1_gb200, colossus1));
static_assert(musk_worth.overlaps(musk_worth_computed));
static_assert(ai::approx(stargate_computed, stargate, about));
static_assert(gpus_in_10_gw > millions);
// ... and the one a numeric-format slip explains: 200 EFLOPS is FP8 with sparsity, not BF16
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

  list[n++] = claims::checked("A hundredfold of that fleet is 100 million GPUs", fr_openai, "million GPU",
                              in(openai_target, million_gpu), in(growth_factor * openai_end_2025, million_gpu),
                              "100 x 1 million GPUs (000)");

  claim& c3 = list[n++];
  c3 = claims::checked("Buying 100 million GPUs costs about USD 3 trillion", nl_openai, "trillion USD",
                       in(target_cost, trillion_usd), in(target_cost_computed, trillion_usd),
                       "100 million x H100 SXM price estimate (USD 25,000-30,000)");
  c3.long_scale_word = true;  // "3 biljoen dollar"

  claim& c4 = list[n++];
  c4 = claims::checked("100 million GPUs draw about 75 GW", fr_openai, "GW", in(target_power, ai::GW),
                       in(target_power_computed, ai::GW), "100 million x H100 SXM maximum power (700 W)");
  c4.power_or_energy = true;

  claim& c5 = list[n++];
  c5 = claims::checked("75 GW is 75 % of the UK's electricity consumption", fr_openai, "%", in(uk_share, ai::percent),
                       in(uk_share_computed, ai::percent), "75 GW against UK consumption 2024 (266 TWh a year)");
  c5.power_or_energy = true;
  c5.add({"another reference figure", "UK total demand 2023, 316.5 TWh (DESNZ)",
          in(target_power / ref::uk_electricity_demand_2023.value, ai::percent)});
  c5.add({"another reference figure", "UK consumption 2025, 273 TWh (provisional)",
          in(target_power / ref::uk_electricity_2025.value, ai::percent)});

  claim& c6 = list[n++];
  c6 = claims::checked("NVIDIA's up to USD 100 billion enables at least 10 GW", de_nvidia, "GW",
                       in(nvidia_capacity, ai::GW), in(nvidia_buys, ai::GW),
                       "USD 100 billion at USD 50 billion per GW (NVIDIA, Aug 2025)");
  c6.kind = claims::relation::at_least;
  c6.power_or_energy = true;
  c6.add({"a share vs the total", "NVIDIA hardware only (USD 35 billion per GW)",
          in(nvidia_investment / ref::nvidia_hardware_per_gw.value, ai::GW)});

  claim& c7 = list[n++];
  c7 = claims::checked("10 GW means millions of NVIDIA GPUs", de_nvidia, "million GPU", in(millions, million_gpu),
                       in(gpus_in_10_gw, million_gpu), "10 GW / (GB300 1,400 W x PUE 1.56)");
  c7.kind = claims::relation::at_least;

  list[n++] = claims::checked("1 million GPUs is five times xAI's 200,000 H100 for Grok 4", nl_openai, "x",
                              range(times_xai), in(openai_end_2025 / grok4_h100, ai::one), "1 million / 200,000");

  list[n++] = claims::checked("Colossus 1 holds 230,000 GPUs, 30,000 of them GB200", de_xai, "thousand GPU",
                              in(colossus1, thousand_gpu), in(grok4_h100 + colossus1_gb200, thousand_gpu),
                              "200,000 H100 (Grok 4, 000) + 30,000 GB200");

  claim& c10 = list[n++];
  c10 = claims::checked("550,000 GB200 and GB300 for Colossus 2 cost about 2 Billionen USD", de_xai, "trillion USD",
                        in(colossus2_cost, trillion_usd), in(colossus2_cost_computed, trillion_usd),
                        "550,000 x USD 30,000-55,600 (GB200 and GB300 price estimates)");
  c10.long_scale_word = true;  // "2 Billionen": German long scale, 10^12

  claim& c11 = list[n++];
  c11 = claims::checked("50 million H100-equivalents are worth USD 1.5 to 2 trillion", de_xai, "trillion USD",
                        in(musk_worth, trillion_usd), in(musk_worth_computed, trillion_usd),
                        "50 million x H100 SXM price estimate");
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
                        "200 EFLOP/s / El Capitan Rmax 1.742 EFLOP/s (FP64)");
  every_h100_format(c13, rmax);

  list[n++] = claims::checked("Stargate's USD 500 billion is what 10 GW costs", de_openai, "billion USD",
                              in(stargate, billion_usd), in(stargate_computed, billion_usd),
                              "10 GW (001) x USD 50 billion per GW (NVIDIA, Aug 2025)");
  return list;
}

constexpr auto all = make_claims();

// The verdicts the static_asserts above promise, read from the same table the report prints.
static_assert(claims::judge(all[1]).result == claims::verdict::confirmed);
static_assert(claims::judge(all[11]).result == claims::verdict::explained);

// Four significant digits, without an exponent between 0.001 and a million.
std::string number(double v) {
  std::ostringstream os;
  const double a = v < 0 ? -v : v;
  if (a != 0 && (a < 1e-3 || a >= 1e6)) {
    os << std::setprecision(3) << v;
    return os.str();
  }
  int decimals = 3;
  for (double t = 1; a >= t * 10 && decimals > 0; t *= 10) --decimals;
  os << std::fixed << std::setprecision(decimals) << v;
  std::string s = os.str();
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}
// Built with a stream: g++ 12 at -O3 warns falsely (-Wrestrict) on std::string operator+ chains.
std::string figure(const range& r, std::string_view unit) {
  std::ostringstream os;
  os << number(r.low());
  if (r.low() != r.high()) os << '-' << number(r.high());
  os << (unit == "x" ? "" : " ") << unit;
  return os.str();
}
std::string_view relation_word(claims::relation k) {
  return k == claims::relation::at_least ? "at least " : k == claims::relation::at_most ? "at most " : "";
}

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
    std::cout << "\n\n";
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
