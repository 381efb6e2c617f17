// The judge: a figure inside its reference's range is consistent; outside it, the listed slips are
// tried where they apply, and the one that lands nearest its reference's centre is named.
#include <aiscale/catalog.hpp>
#include <aiscale/check.hpp>
#include <limits>
#include <string>
#include <vector>

#include "../catch.hpp"

namespace ai = aiscale;
namespace cat = ai::catalog;

namespace {
double divide(double a, double b) { return a / b; }
ai::judgement_input per_gpu(double total, double count, ai::value_range reference) {
  ai::judgement_input in;
  in.values = {total, count};
  in.implied = divide;
  in.reference = reference;
  return in;
}
}  // namespace

TEST_CASE("a figure within its reference's range, widened by the rounding tolerance, is consistent") {
  const ai::judgement j = ai::judge(per_gpu(3e12, 1e8, {25'000, 30'000}));
  CHECK(j.result == ai::verdict::consistent);
  CHECK(j.implied == 30'000);
  CHECK(j.causes.empty());
  CHECK(ai::judge(per_gpu(3.3e12, 1e8, {25'000, 30'000})).result == ai::verdict::consistent);  // 10 % above
  CHECK(ai::judge(per_gpu(3.4e12, 1e8, {25'000, 30'000})).result == ai::verdict::implausible);
  CHECK(ai::agrees(22'500, {25'000, 30'000}));
  CHECK(!ai::agrees(22'000, {25'000, 30'000}));
}

TEST_CASE("no reference or no figure gives not checkable, never a verdict") {
  CHECK(ai::judge(per_gpu(3e12, 1e8, {})).result == ai::verdict::not_checkable);
  CHECK(ai::judge(per_gpu(3e12, 0, {25'000, 30'000})).result == ai::verdict::not_checkable);  // infinite
  ai::judgement_input no_relation = per_gpu(1, 1, {1, 2});
  no_relation.implied = nullptr;
  CHECK(ai::judge(no_relation).result == ai::verdict::not_checkable);
}

TEST_CASE("a slip of one figure that brings the figure into range is the cause") {
  ai::judgement_input in = per_gpu(3e9, 1e8, {25'000, 30'000});  // USD 30 per GPU
  in.figure_slips.push_back({ai::slip::prefix_off_by_1000, 0, 1e3, "billion for trillion"});
  in.figure_slips.push_back({ai::slip::prefix_off_by_1000, 0, 1e-3, "trillion for billion"});
  const ai::judgement j = ai::judge(in);
  CHECK(j.result == ai::verdict::implausible);
  CHECK(j.causes == std::vector<ai::slip>{ai::slip::prefix_off_by_1000});
  CHECK(j.explanation == "billion for trillion");
  CHECK(j.tried == std::vector<ai::slip>{ai::slip::prefix_off_by_1000});
}

TEST_CASE("a figure slip and a reference slip together explain a gap that neither explains alone") {
  // 200 EFLOPS over 50 million H100: 4 TFLOP/s per GPU, against the dense BF16 peak.
  const double bf16 = cat::h100_sxm.peak(ai::bf16).value_in<double>(ai::FLOPS_of(ai::bf16) / ai::gpu);
  const double fp8_sparse =
      cat::h100_sxm.peak(ai::sparse(ai::fp8)).value_in<double>(ai::FLOPS_of(ai::sparse(ai::fp8)) / ai::gpu);
  ai::judgement_input in = per_gpu(200e18, 50e6, {bf16, bf16});
  in.figure_slips.push_back({ai::slip::prefix_off_by_1000, 0, 1e3, "EFLOPS for ZFLOPS"});
  in.reference_slips.push_back({ai::slip::numeric_format, {fp8_sparse, fp8_sparse}, "FP8 sparse"});
  const ai::judgement j = ai::judge(in);
  CHECK(j.result == ai::verdict::implausible);
  CHECK(j.causes == std::vector<ai::slip>{ai::slip::prefix_off_by_1000, ai::slip::numeric_format});
  CHECK(j.explanation == "EFLOPS for ZFLOPS; FP8 sparse");
}

TEST_CASE("of two causes that explain the gap, the one nearest its reference's centre is named") {
  ai::judgement_input in = per_gpu(75e9, 100e6, {1'400, 2'000});  // 750 W per GPU
  in.reference_slips.push_back({ai::slip::capacity_vs_consumption, {500, 800}, "far from the centre"});
  in.reference_slips.push_back({ai::slip::chip_vs_all_in, {700, 800}, "nearer"});
  CHECK(ai::judge(in).causes == std::vector<ai::slip>{ai::slip::chip_vs_all_in});
}

TEST_CASE("when no listed cause explains the gap, the finding says so and lists what was tried") {
  ai::judgement_input in = per_gpu(2e12, 550'000, {30'000, 130'000});  // USD 3.6 million per GPU
  in.figure_slips.push_back({ai::slip::long_vs_short_scale, 0, 1e-3, "Billionen for billion"});
  in.figure_slips.push_back({ai::slip::prefix_off_by_1000, 0, 1e3, "prefix"});
  const ai::judgement j = ai::judge(in);
  CHECK(j.result == ai::verdict::implausible);
  CHECK(j.causes.empty());
  CHECK(j.explanation.empty());
  CHECK(j.tried == std::vector<ai::slip>{ai::slip::long_vs_short_scale, ai::slip::prefix_off_by_1000});
}

TEST_CASE("two scale slips never combine: a prefix and the long scale are one mistake") {
  ai::judgement_input in = per_gpu(30e12, 1e3, {25'000, 30'000});  // needs 1/1,000,000
  in.figure_slips.push_back({ai::slip::long_vs_short_scale, 0, 1e-3, "scale"});
  in.figure_slips.push_back({ai::slip::prefix_off_by_1000, 0, 1e-3, "prefix"});
  CHECK(ai::judge(in).causes.empty());
  in.figure_slips.push_back({ai::slip::power_vs_energy, 1, 1e3, "energy"});
  CHECK(ai::judge(in).causes == std::vector<ai::slip>{ai::slip::long_vs_short_scale, ai::slip::power_vs_energy});
}

TEST_CASE("every verdict and cause has a name for the report") {
  CHECK(ai::name_of(ai::verdict::consistent) == "consistent");
  CHECK(ai::name_of(ai::verdict::implausible) == "implausible");
  CHECK(ai::name_of(ai::verdict::not_checkable) == "not checkable");
  CHECK(ai::name_of(ai::slip::prefix_off_by_1000) == "a prefix off by 1000");
  CHECK(ai::name_of(ai::slip::long_vs_short_scale) == "long vs short scale");
  CHECK(ai::name_of(ai::slip::numeric_format) == "another numeric format or sparsity");
  CHECK(ai::name_of(ai::slip::power_vs_energy) == "power vs energy");
  CHECK(ai::name_of(ai::slip::capacity_vs_consumption) == "capacity or peak vs consumption");
  CHECK(ai::name_of(ai::slip::chip_vs_all_in) == "chip vs all-in");
  CHECK(ai::name_of(ai::slip::share_for_total) == "a share taken for the total");
  CHECK(ai::name_of(static_cast<ai::slip>(42)) == "unknown");
  CHECK(ai::name_of(ai::relation::country_share) == "share of a country's electricity");
}

TEST_CASE("the references come from the catalogue, the fleet model and the reference figures") {
  const auto& all = ai::accelerator_profiles();
  const auto find = [&](std::string_view token) -> const ai::accelerator_profile& {
    for (const ai::accelerator_profile& p : all)
      if (p.token == token) return p;
    FAIL("no profile " << token);
    return all.front();
  };
  const ai::accelerator_profile& h100 = find("H100");
  CHECK(h100.name == cat::h100_sxm.name());
  CHECK(h100.price.low == cat::h100_sxm.price().low().value_in<double>(ai::usd_per_gpu));
  CHECK(h100.chip_power.low == cat::h100_sxm.max_power().value_in<double>(ai::W_per_gpu));
  // all in: the system's power per GPU (DGX H100, 10.2 kW over 8), as IT load up to the industry's PUE
  const double system = cat::system_power(cat::h100_sxm).value_in<double>(ai::W_per_gpu);
  CHECK(h100.all_in_power.low == Approx(system));
  CHECK(h100.all_in_power.high == Approx(system * 1.56));
  CHECK(h100.all_in_cost.high == Approx(system * 1.56 * 50e9 / 1e9));
  CHECK(find("GB200").token == "GB200");
  CHECK(!find("GB300").all_in_power.valid());  // no rack power published
  const ai::country_profile& uk = ai::country_profiles().front();
  CHECK(uk.consumption.low == Approx(266e12 / 8766));
  CHECK(uk.capacity.low == 104e9);
  CHECK(ai::gw_cost_reference().whole.low == 50);
  CHECK(ai::electricity_price_reference().low == Approx(0.081));
}

TEST_CASE("numbers are written with three significant digits and thousands separators") {
  CHECK(ai::number_text(30'000) == "30,000");
  CHECK(ai::number_text(1402.5) == "1,400");
  CHECK(ai::number_text(0.0781) == "0.0781");
  CHECK(ai::usd_text(3.636e6) == "USD 3.64 million");
  CHECK(ai::usd_text(1e10) == "USD 10 billion");
  CHECK(ai::si_text(7.5e10, "W") == "75 GW");
  CHECK(ai::si_text(4e12, "FLOP/s") == "4 TFLOP/s");
  CHECK(ai::range_text({25'000, 30'000}, ai::usd_text) == "USD 25,000-30,000");
  CHECK(ai::range_text({700, 1200}, [](double v) { return ai::si_text(v, "W"); }) == "700 W to 1.2 kW");
}

TEST_CASE("a bound on a figure makes the implied figure a bound: agreeing where the bound meets the range") {
  // 5 GW over "well over a million" GPUs: at most 5 kW per GPU, which 1.4-2.8 kW meets.
  ai::judgement_input in = per_gpu(5e9, 1e6, {1'400, 2'800});
  CHECK(ai::judge(in).result == ai::verdict::implausible);  // read as written: 5 kW
  in.high_factor[1] = std::numeric_limits<double>::infinity();
  const ai::judgement j = ai::judge(in);
  CHECK(j.result == ai::verdict::consistent);
  CHECK(j.implied == 5'000);
  CHECK(j.implied_low == 0);
  CHECK(j.implied_high == 5'000);
  // "up to" 100 MW over 100,000 GPUs: at most 1 kW, below the whole range: still implausible.
  ai::judgement_input up_to = per_gpu(1e8, 1e5, {1'400, 2'800});
  up_to.low_factor[0] = 0;
  CHECK(ai::judge(up_to).result == ai::verdict::implausible);
  // Both figures bounds that leave the ratio open ("more than X" for "more than Y"): not checkable.
  ai::judgement_input open = per_gpu(1e10, 1e5, {25'000, 30'000});
  open.high_factor = {std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
  const ai::judgement o = ai::judge(open);
  CHECK(o.result == ai::verdict::not_checkable);
  CHECK(o.unbounded);
  // A range of figures agrees where any of it meets the reference.
  ai::judgement_input range = per_gpu(1e9, 4.5e5, {1'830, 2'600});  // 400,000 to 500,000 GPUs
  range.low_factor[1] = 4.0 / 4.5;
  range.high_factor[1] = 5.0 / 4.5;
  CHECK(ai::judge(range).result == ai::verdict::consistent);
}

TEST_CASE("a slip explains a bound's gap only where it brings the figures as written into the range") {
  // "up to 400,000 GB200" at 1.2 GW: at least 3 kW per GPU. The prefix slip (3 W) meets the range only
  // through the open end: no explanation.
  ai::judgement_input in = per_gpu(1.2e9, 4e5, {1'830, 2'600});
  in.low_factor[1] = 0;
  in.open_above = true;
  in.figure_slips.push_back({ai::slip::prefix_off_by_1000, 0, 1e-3, "GW for MW"});
  const ai::judgement j = ai::judge(in);
  CHECK(j.result == ai::verdict::not_checkable);
  CHECK(j.on_open_side);
  CHECK(j.causes.empty());
}

TEST_CASE("on an open side, only a slip of a figure makes a figure implausible") {
  // A compute rate below the peak (open below): 400 TFLOP/s per GPU is no evidence by itself, and
  // another format whose peak it meets is not either.
  ai::judgement_input sustained = per_gpu(1e19, 25'000, {989e12, 989e12});
  sustained.open_below = true;
  sustained.reference_slips.push_back({ai::slip::numeric_format, {378e12, 378e12}, "TF32"});
  CHECK(ai::judge(sustained).result == ai::verdict::not_checkable);
  CHECK(ai::judge(sustained).on_open_side);
  // 1000 times too small is a prefix slip, open side or not.
  ai::judgement_input slipped = per_gpu(1e16, 10'000, {989e12, 989e12});
  slipped.open_below = true;
  slipped.figure_slips.push_back({ai::slip::prefix_off_by_1000, 0, 1e3, "peta for exa"});
  const ai::judgement j = ai::judge(slipped);
  CHECK(j.result == ai::verdict::implausible);
  CHECK(j.causes == std::vector<ai::slip>{ai::slip::prefix_off_by_1000});
  // The other side stays closed: above the peak is implausible without a cause.
  sustained.values[0] = 1e20;
  CHECK(ai::judge(sustained).result == ai::verdict::implausible);
}
