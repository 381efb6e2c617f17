// The {fmt} adapter: fmt::format("{:de}", q) formats in a language; built only when {fmt} is found.
#include <fmt/format.h>

#include <aiscale/text/fmt.hpp>
#include <aiscale/units.hpp>

#include "../catch.hpp"

namespace ai = aiscale;

TEST_CASE("fmt::format writes a quantity in the language of its format spec") {
  const auto cost = 3 * ai::trillion * ai::usd;
  CHECK(fmt::format("{}", cost) == "USD 3 trillion");
  CHECK(fmt::format("{:de}", cost) == "3 Billionen US-Dollar");
  CHECK(fmt::format("{:dec}", cost) == "3 Bio. USD");
  CHECK(fmt::format("{:c}", cost) == "$3T");
  CHECK(fmt::format("{:fr}", 1.5 * ai::GW) == "1,5 GW");
}

TEST_CASE("fmt::format pads a quantity with fill, alignment and width, then aiscale's options") {
  const auto power = 75.0 * ai::GW;
  CHECK(fmt::format("{:>12}", power) == "       75 GW");
  CHECK(fmt::format("{:12}|", power) == "75 GW       |");
  CHECK(fmt::format("{:*^12}", power) == "***75 GW****");
  CHECK(fmt::format("{:>25de}", 3 * ai::trillion * ai::usd) == "    3 Billionen US-Dollar");
  CHECK(fmt::format("{:>{}}", power, 10) == "     75 GW");
#if defined(__cpp_exceptions)  // the -fno-exceptions builds cannot express a throw
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:zz}"), power), fmt::format_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:>{}}"), power, -3), fmt::format_error);
#endif
}
