// std::format support, where the standard library has <format>; elsewhere this file checks that
// including the adapter costs nothing and declares nothing.
#include <aiscale/text/format.hpp>
#include <aiscale/text/std_format.hpp>
#include <aiscale/units.hpp>
#include <cstdio>
#include <iterator>
#include <string>

#if defined(__has_include)
#if __has_include(<print>)
#include <print>
#endif
#endif

#include "../catch.hpp"

namespace ai = aiscale;

#if defined(__cpp_lib_format)
TEST_CASE("std::format writes a quantity in the language of its format spec") {
  const auto cost = 3 * ai::trillion * ai::usd;
  CHECK(std::format("{}", cost) == "USD 3 trillion");
  CHECK(std::format("{:de}", cost) == "3 Billionen US-Dollar");
  CHECK(std::format("{:dec}", cost) == "3 Bio. USD");
  CHECK(std::format("{:c}", cost) == "$3T");
  CHECK(std::format("{:fr}", 1.5 * ai::GW) == "1,5 GW");
}

TEST_CASE("std::format pads a quantity with the standard fill, alignment and width") {
  const auto power = 75.0 * ai::GW;
  CHECK(std::format("{:>12}", power) == "       75 GW");
  CHECK(std::format("{:<12}|", power) == "75 GW       |");
  CHECK(std::format("{:12}|", power) == "75 GW       |");  // text aligns left by default, as chrono's does
  CHECK(std::format("{:^11}", power) == "   75 GW   ");
  CHECK(std::format("{:*^12}", power) == "***75 GW****");
  CHECK(std::format("{:0>8}", power) == "00075 GW");
  CHECK(std::format("{:>3}", power) == "75 GW");  // a width smaller than the text cuts nothing
}

TEST_CASE("std::format combines the width with aiscale's language and compact options") {
  const auto cost = 3 * ai::trillion * ai::usd;
  CHECK(std::format("{:>25de}", cost) == "    3 Billionen US-Dollar");
  CHECK(std::format("{:_<12dec}", cost) == "3 Bio. USD__");
  CHECK(std::format("[{:>6c}]", cost) == "[   $3T]");
}

TEST_CASE("std::format counts a UTF-8 character as one column and takes one as the fill") {
  const auto price = 0.5 * ai::eur;
  const std::string plain = std::format("{:fr}", price);
  const std::string padded = std::format("{:\u00b7>20fr}", price);  // a middle dot as the fill
  std::size_t columns = 0;
  for (const char c : padded) columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  CHECK(columns == 20);
  CHECK(padded.ends_with(plain));
  CHECK(padded.starts_with("\u00b7"));
}

TEST_CASE("std::format takes a nested width from the arguments") {
  const auto power = 75.0 * ai::GW;
  CHECK(std::format("{:>{}}", power, 10) == "     75 GW");
  CHECK(std::format("{0:>{1}}|{0:<{1}}", power, 7) == "  75 GW|75 GW  ");
#if defined(__cpp_exceptions)  // the -fno-exceptions builds cannot express a throw
  const int negative = -3;     // make_format_args takes lvalues (P2905)
  CHECK_THROWS_AS(std::vformat("{:>{}}", std::make_format_args(power, negative)), std::format_error);
  const double not_a_width = 2.5;
  CHECK_THROWS_AS(std::vformat("{:>{}}", std::make_format_args(power, not_a_width)), std::format_error);
#endif
}

#if defined(__cpp_exceptions)
TEST_CASE("std::format refuses a spec it cannot read, naming the grammar") {
  const auto power = 75.0 * ai::GW;
  for (const char* spec : {"{:xx}", "{:e}", "{:012}", "{:>12q}", "{:dek}", "{:>{x}}"}) {
    INFO(spec);
    CHECK_THROWS_AS(std::vformat(spec, std::make_format_args(power)), std::format_error);
  }
  try {
    (void)std::vformat("{:zz}", std::make_format_args(power));
    FAIL("an unknown language in the spec was accepted");
  } catch (const std::format_error& e) {
    CHECK(std::string(e.what()).find("en|de|nl|fr|es|it") != std::string::npos);
  }
}
#endif

TEST_CASE("std::format_to and formatted_size agree with std::format") {
  const auto power = 750 * ai::W / ai::gpu;
  std::string out;
  std::format_to(std::back_inserter(out), "{:>14}", power);
  CHECK(out == std::format("{:>14}", power));
  CHECK(std::formatted_size("{:>14}", power) == 14);
}

#if defined(__cpp_lib_print)
TEST_CASE("std::print writes a quantity as std::format does") {
  std::FILE* f = std::tmpfile();
  REQUIRE(f != nullptr);
  std::print(f, "{:>12}|{:de}", 75.0 * ai::GW, 3 * ai::trillion * ai::usd);
  std::rewind(f);
  char buf[64]{};
  const std::size_t n = std::fread(buf, 1, sizeof buf - 1, f);
  std::fclose(f);
  CHECK(std::string(buf, n) == "       75 GW|3 Billionen US-Dollar");
}
#endif
#else
TEST_CASE("without <format> the std::format adapter compiles to nothing") {
  CHECK(ai::format(1 * ai::W, ai::lang::en) == "1 W");
}
#endif
