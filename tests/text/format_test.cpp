// format and format_range: engineering prefixes, scale words, currencies and separators per language.
#include <aiscale/text.hpp>
#include <aiscale/units.hpp>
#include <sstream>
#include <string>

#include "../catch.hpp"

namespace ai = aiscale;
using ai::lang;
using namespace ai::literals;

namespace {
std::string str(const ai::formatted_text& t) { return std::string(t.view()); }
constexpr auto cost = 3 * ai::trillion * ai::usd;
}  // namespace

TEST_CASE("money uses the language's scale words and currency names") {
  CHECK(str(ai::format(cost, lang::en)) == "USD 3 trillion");
  CHECK(str(ai::format(cost, lang::en, {.currency = ai::currency_style::symbol})) == "$3 trillion");
  CHECK(str(ai::format(cost, lang::de)) == "3 Billionen US-Dollar");
  CHECK(str(ai::format(cost, lang::nl)) == "3 biljoen dollar");
  CHECK(str(ai::format(cost, lang::fr)) == "3\u202f000 milliards de dollars");
  CHECK(str(ai::format(cost, lang::es)) == "3 billones de d\u00f3lares");
  CHECK(str(ai::format(cost, lang::it)) == "3.000 miliardi di dollari");
  CHECK(str(ai::format(1 * ai::billion * ai::eur, lang::de)) == "1 Milliarde Euro");
  CHECK(str(ai::format(2 * ai::billion * ai::eur, lang::fr)) == "2 milliards d'euros");
  CHECK(str(ai::format(30'000 * ai::usd, lang::en)) == "USD 30,000");
  CHECK(str(ai::format(30'000 * ai::usd, lang::de)) == "30.000 US-Dollar");
  CHECK(str(ai::format(5 * ai::billion * ai::gbp, lang::de)) == "5 Milliarden GBP");
}

TEST_CASE("compact money forms") {
  CHECK(str(ai::format(cost, lang::en, {.compact = true})) == "$3T");
  CHECK(str(ai::format(cost, lang::de, {.compact = true})) == "3 Bio. USD");
  CHECK(str(ai::format(25 * ai::billion * ai::eur, lang::en, {.compact = true})) == "\u20ac25B");
  CHECK(str(ai::format(25 * ai::billion * ai::chf, lang::en, {.compact = true})) == "CHF 25B");
}

TEST_CASE("SI quantities get an engineering prefix and significant digits") {
  CHECK(str(ai::format(75_GW, lang::en)) == "75 GW");
  CHECK(str(ai::format(1.5 * ai::GW, lang::de)) == "1,5 GW");
  CHECK(str(ai::format(75'000 * ai::MW, lang::en)) == "75 GW");
  CHECK(str(ai::format(989 * ai::TFLOPS_of(ai::bf16), lang::en)) == "989 TFLOP/s BF16");
  CHECK(str(ai::format(1.742 * ai::EFLOPS_of(ai::fp64), lang::en, {.digits = 4})) == "1.742 EFLOP/s FP64");
  CHECK(str(ai::format(1.742 * ai::EFLOPS_of(ai::fp64), lang::en)) == "1.74 EFLOP/s FP64");
  CHECK(str(ai::format(200 * ai::EFLOPS, lang::en)) == "200 EFLOP/s");
  CHECK(str(ai::format(657.45 * ai::TWh, lang::en)) == "657 TWh");
  CHECK(str(ai::format(80 * ai::GB, lang::fr)) == "80 GB");
  CHECK(str(ai::format(0.5 * ai::ms, lang::en)) == "500 \u00b5s");
  CHECK(str(ai::format(8 * ai::h, lang::en)) == "8 h");
  CHECK(str(ai::format(-2.5 * ai::MW, lang::fr)) == "-2,5 MW");
  CHECK(str(ai::format(0 * ai::W, lang::en)) == "0 W");
}

TEST_CASE("counts of GPUs use scale words") {
  CHECK(str(ai::format(100 * ai::million * ai::gpu, lang::en)) == "100 million GPUs");
  CHECK(str(ai::format(100 * ai::million * ai::gpu, lang::fr)) == "100 millions de GPU");
  CHECK(str(ai::format(100 * ai::million * ai::gpu, lang::nl)) == "100 miljoen GPU's");
  CHECK(str(ai::format(1 * ai::gpu, lang::en)) == "1 GPU");
  CHECK(str(ai::format(1.5 * ai::million * ai::gpu, lang::en, {.compact = true})) == "1.5M GPUs");
  CHECK(str(ai::format(2 * ai::nvl72_rack, lang::en)) == "144 GPUs");
}

TEST_CASE("percentages and other units") {
  CHECK(str(ai::format(30 * ai::percent, lang::en)) == "30%");
  CHECK(str(ai::format(30 * ai::percent, lang::de)) == "30 %");
  CHECK(str(ai::format(750 * ai::W / ai::gpu, lang::en)) == "750 W/GPU");
  CHECK(str(ai::format(1234.5 * ai::W / ai::gpu, lang::de, {.digits = 5})) == "1.234,5 W/GPU");
}

TEST_CASE("ranges print the scale word and unit once") {
  CHECK(str(ai::format_range(25 * ai::billion * ai::usd, 30 * ai::billion * ai::usd, lang::en)) ==
        "USD 25\u201330 billion");
  CHECK(str(ai::format_range(4 * ai::million * ai::gpu, 5 * ai::million * ai::gpu, lang::de)) ==
        "4 bis 5 Millionen GPUs");
  CHECK(str(ai::format_range(1.5 * ai::billion * ai::eur, 2 * ai::billion * ai::eur, lang::fr)) ==
        "1,5 \u00e0 2 milliards d'euros");
  CHECK(str(ai::format_range(4 * ai::GW, 5000 * ai::MW, lang::en)) == "4\u20135 GW");
}

TEST_CASE("formatted text streams to iostreams") {
  std::ostringstream os;
  os << ai::format(75_GW, lang::de) << "; " << ai::parse("x", lang::en).error();
  CHECK(os.str() == "75 GW; expected a number (at byte 0)");
}
