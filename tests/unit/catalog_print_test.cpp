// Run-time views of the catalogue: names, sources, printed per-device figures.
#include <aiscale/catalog.hpp>
#include <aiscale/model.hpp>
#include <aiscale/units.hpp>
#include <sstream>
#include <string>

#include "../catch.hpp"
#include "../printed.hpp"

namespace ai = aiscale;

TEST_CASE("a peak prints as FLOP/s of its format per GPU") {
  CHECK(printed(ai::catalog::h100_sxm.peak(ai::bf16)) == "989 TFLOP(BF16)/(GPU\u00b7s)");
  CHECK(printed(ai::catalog::h100_sxm.peak(ai::sparse(ai::fp8))) == "3958 TFLOP(FP8 sparse)/(GPU\u00b7s)");
}

TEST_CASE("every accelerator names its source document") {
  CHECK(ai::catalog::h100_sxm.source().find("H100") != std::string_view::npos);
  CHECK(ai::catalog::mi300x.source().find("AMD") != std::string_view::npos);
  CHECK(ai::catalog::tpu_v5p.source().find("Google") != std::string_view::npos);
  CHECK(ai::catalog::gb200_nvl72.source().find("NVL72") != std::string_view::npos);
  CHECK_FALSE(ai::catalog::h100_sxm.price_source().empty());
}

TEST_CASE("a price estimate prints as a range per GPU") {
  CHECK(printed(ai::catalog::h100_sxm.price()) == "25000-30000 USD/GPU");
  CHECK(printed(ai::catalog::gb200_nvl72.price().in(ai::million * ai::usd / ai::nvl72_rack)) ==
        "2-3.1 million USD/NVL72 (central 3)");
}

TEST_CASE("a reference figure carries its date") {
  CHECK(ai::reference::cost_per_gw.as_of.year == 2025);
  CHECK(ai::reference::cost_per_gw.as_of.month == 8u);
  CHECK(printed(ai::reference::uk_electricity_2024.value) == "266 TWh/yr");
}

TEST_CASE("the fleet model's results print in units a person reads, not with an exponent") {
  // 250,000 H100 SXM at the system level (DGX H100: 1.275 kW per GPU) in a facility of PUE 1.3.
  const ai::fleet f(ai::catalog::h100_sxm, 250'000.0 * ai::gpu, 1.3 * ai::one);
  CHECK(printed(f.it_power()) == "318.75 MW");
  CHECK(printed(f.facility_power()) == "414.375 MW");
  CHECK(printed(f.energy(ai::year)) == "3.63241 TWh");
  CHECK(printed(f.peak(ai::bf16)) == "247.25 EFLOP(BF16)/s");
  CHECK(printed(f.gpu_cost()) == "6.25-7.5 billion USD");
  const std::string all_in = printed(f.all_in_cost());
  CHECK(all_in.starts_with("20.71"));
  CHECK(all_in.ends_with(" billion USD"));
  CHECK(printed(ai::catalog::gb200_nvl72.price()) == "2-3.1 million USD/NVL72 (central 3)");
}
