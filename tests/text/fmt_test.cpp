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
