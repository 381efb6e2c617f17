// Run-time views of the catalogue: names, sources, printed per-device figures.
#include <aiscale/catalog.hpp>
#include <aiscale/units.hpp>
#include <sstream>
#include <string>

#include "../catch.hpp"

namespace ai = aiscale;

namespace {
template <class T>
std::string text(const T& t) {
  std::ostringstream os;
  os << t;
  return os.str();
}
}  // namespace

TEST_CASE("a peak prints as FLOP/s of its format per GPU") {
  CHECK(text(ai::catalog::h100_sxm.peak(ai::bf16)) == "989 TFLOP(BF16)/(s\u00b7GPU)");
  CHECK(text(ai::catalog::h100_sxm.peak(ai::sparse(ai::fp8))) == "3958 TFLOP(FP8 sparse)/(s\u00b7GPU)");
}

TEST_CASE("every accelerator names its source document") {
  CHECK(ai::catalog::h100_sxm.source().find("H100") != std::string_view::npos);
  CHECK(ai::catalog::mi300x.source().find("AMD") != std::string_view::npos);
  CHECK(ai::catalog::tpu_v5p.source().find("Google") != std::string_view::npos);
  CHECK(ai::catalog::gb200_nvl72.source().find("NVL72") != std::string_view::npos);
  CHECK_FALSE(ai::catalog::h100_sxm.price_source().empty());
}

TEST_CASE("a price estimate prints as a range per GPU") {
  CHECK(text(ai::catalog::h100_sxm.price()) == "25000-30000 USD/GPU");
  CHECK(text(ai::catalog::gb200_nvl72.price().in(ai::million * ai::usd / ai::nvl72_rack)) ==
        "2-3.1 million USD/NVL72 (central 3)");
}

TEST_CASE("a reference figure carries its date") {
  CHECK(ai::reference::cost_per_gw.as_of.year == 2025);
  CHECK(ai::reference::cost_per_gw.as_of.month == 8u);
  CHECK(text(ai::reference::uk_electricity_2024.value) == "266 TWh/yr");
}
