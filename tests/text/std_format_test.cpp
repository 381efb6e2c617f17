// std::format support, where the standard library has <format>; elsewhere this file checks that
// including the adapter costs nothing and declares nothing.
#include <aiscale/text/format.hpp>
#include <aiscale/text/std_format.hpp>
#include <aiscale/units.hpp>

#include "../catch.hpp"

namespace ai = aiscale;

#if defined(__cpp_lib_format)
TEST_CASE("std::format writes a quantity in the language of its format spec") {
  const auto cost = 3 * ai::trillion * ai::usd;
  CHECK(std::format("{}", cost) == "USD 3 trillion");
  CHECK(std::format("{:de}", cost) == "3 Billionen US-Dollar");
  CHECK(std::format("{:dec}", cost) == "3 Bio. USD");
}
#else
TEST_CASE("without <format> the std::format adapter compiles to nothing") {
  CHECK(ai::format(1 * ai::W, ai::lang::en) == "1 W");
}
#endif
