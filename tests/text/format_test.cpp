// format and format_range: engineering prefixes, scale words, currencies and separators per language.
#include <aiscale/text.hpp>
#include <aiscale/units.hpp>
#include <cmath>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>

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
  // One million of them is still many GPUs: the noun after a scale word is plural in every language.
  CHECK(str(ai::format(1 * ai::million * ai::gpu, lang::en)) == "1 million GPUs");
  CHECK(str(ai::format(1 * ai::million * ai::gpu, lang::de)) == "1 Million GPUs");
  CHECK(str(ai::format(1 * ai::million * ai::gpu, lang::nl)) == "1 miljoen GPU's");
  CHECK(str(ai::format(1 * ai::million * ai::gpu, lang::fr)) == "1 million de GPU");
  CHECK(str(ai::format(1 * ai::million * ai::gpu, lang::es)) == "1 millón de GPU");
  CHECK(str(ai::format(1 * ai::million * ai::gpu, lang::it)) == "1 milione di GPU");
  CHECK(str(ai::format(1 * ai::thousand * ai::gpu, lang::en)) == "1,000 GPUs");
  CHECK(str(ai::format(1.5 * ai::million * ai::gpu, lang::en, {.compact = true})) == "1.5M GPUs");
  CHECK(str(ai::format(2 * ai::nvl72_rack, lang::en)) == "144 GPUs");
}

TEST_CASE("percentages and other units") {
  CHECK(str(ai::format(30 * ai::percent, lang::en)) == "30%");
  CHECK(str(ai::format(30 * ai::percent, lang::de)) == "30 %");
  CHECK(str(ai::format(750 * ai::W / ai::gpu, lang::en)) == "750 W/GPU");
  CHECK(str(ai::format(1234.5 * ai::W / ai::gpu, lang::de, {.digits = 5})) == "1,2345 kW/GPU");
}

TEST_CASE("per-device figures get a prefix like their kind") {
  CHECK(str(ai::format(1000.0 * ai::W_per_gpu, lang::en)) == "1 kW/GPU");
  CHECK(str(ai::format(1.2 * ai::kW_per_gpu, lang::de)) == "1,2 kW/GPU");
  CHECK(str(ai::format(30'000.0 * ai::usd_per_gpu, lang::en)) == "USD 30,000/GPU");
  CHECK(str(ai::format(2.5 * ai::PFLOPS_of(ai::fp8) / ai::gpu, lang::fr)) == "2,5 PFLOP/s FP8/GPU");
}

TEST_CASE("money per time gets scale words, per year") {
  const auto budget = 199.0 * ai::million * ai::usd_per_year;
  CHECK(str(ai::format(budget, lang::en)) == "USD 199 million a year");
  CHECK(str(ai::format(budget, lang::de)) == "199 Millionen US-Dollar pro Jahr");
  CHECK(str(ai::format(budget, lang::nl)) == "199 miljoen dollar per jaar");
  CHECK(str(ai::format(budget, lang::fr)) == "199 millions de dollars par an");
  CHECK(str(ai::format(budget, lang::es)) == "199 millones de d\u00f3lares al a\u00f1o");
  CHECK(str(ai::format(budget, lang::it)) == "199 milioni di dollari all'anno");
  CHECK(str(ai::format(budget, lang::en, {.compact = true})) == "$199M/yr");
}

TEST_CASE("NaN and infinities are written as such, in every language") {
  const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
  for (const lang l : ai::all_languages) {
    INFO(ai::code_of(l));
    CHECK(str(ai::format(nan * ai::GW, l)) == "nan W");
    CHECK(str(ai::format(inf * ai::GW, l)) == "inf W");
    CHECK(str(ai::format(-inf * ai::GW, l)) == "-inf W");
    CHECK(str(ai::format(nan * ai::usd, l)).find("nan") != std::string::npos);
    CHECK(str(ai::format(-inf * ai::usd, l)).find("-inf") != std::string::npos);
  }
}

namespace {
bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k != n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}
}  // namespace

TEST_CASE("huge and tiny values keep their digits, or complete() is false") {
  // Whatever the size, the text is the value (read back within its rounding to 3 digits), or says
  // it is not complete; it is never a shorter, wrong number.
  for (const lang l : ai::all_languages) {
    for (int e = -330; e <= 308; e += 7) {
      const double v = 1.234 * std::pow(10.0, e);
      const ai::formatted_text w = ai::format(v * ai::W, l);
      const ai::formatted_text m = ai::format(v * ai::eur, l);
      INFO(ai::code_of(l) << " 1.234e" << e << ": " << w.view() << " / " << m.view());
      CHECK(valid_utf8(w.view()));
      CHECK(valid_utf8(m.view()));
      if (v == 0) continue;
      if (w.complete()) {
        const auto back = ai::parse_as(ai::W, w.view(), l);
        REQUIRE(back);
        CHECK(std::abs(back->value() / v - 1) < 5e-3);  // 3 significant digits
      }
      if (m.complete()) {
        const auto back = ai::parse_as(ai::eur, m.view(), l);
        REQUIRE(back);
        CHECK(std::abs(back->value() / v - 1) < 5e-3);  // 3 significant digits
      }
    }
    CHECK(!ai::format(1e300 * ai::W, l).complete());
    CHECK(!ai::format(5e-324 * ai::W, l).complete());
  }
  CHECK(str(ai::format(1e-40 * ai::W, lang::en)) == "0.0000000000000000000000000000001 nW");
}

TEST_CASE("a cut never splits a UTF-8 character") {
  ai::formatted_text t;
  t.append(std::string(ai::formatted_text::capacity - 1, 'a'));
  t.append("\u202f");  // three bytes where one is left
  CHECK(!t.complete());
  CHECK(t.size() == ai::formatted_text::capacity - 1);
  CHECK(valid_utf8(t.view()));
  t.append("b");  // nothing is written after a cut
  CHECK(t.size() == ai::formatted_text::capacity - 1);
  const ai::formatted_text fr = ai::format(1e300 * ai::usd, lang::fr);  // narrow no-break spaces
  CHECK(!fr.complete());
  CHECK(valid_utf8(fr.view()));
}

TEST_CASE("a figure prints with its unit, in the language it was read in") {
  const auto printed = [](std::string_view text, lang l) {
    std::ostringstream os;
    os << ai::parse(text, l).value();
    return os.str();
  };
  CHECK(printed("12 GW", lang::en) == "12 GW");
  CHECK(printed("3,5 Mrd. EUR", lang::de) == "3,5 Milliarden Euro");
  CHECK(printed("USD 25-30bn", lang::en) == "USD 25\u201330 billion");
  CHECK(printed("30 %", lang::en) == "30%");
  CHECK(printed("80 GB", lang::en) == "80 GB");
  CHECK(printed("989 TFLOP/s BF16", lang::en) == "989 TFLOP/s BF16");
  CHECK(printed("1.742 EF/s FP64", lang::en) == "1.742 EFLOP/s FP64");
  CHECK(printed("200.000 H100's", lang::nl) == "200.000 GPU's");
  CHECK(printed("500k H100 equivalents", lang::en) == "500,000 H100e");
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
