// Constant-evaluated checks: a phrase in any of the six languages can be a static_assert.
#include <aiscale/text.hpp>
#include <aiscale/units.hpp>
#include <limits>
#include <string>
#include <string_view>

namespace ai = aiscale;
using ai::lang;

// The example, and the same figure in every language.
static_assert(ai::parse_as(ai::usd, "3 biljoen dollar", lang::nl).value() == 3 * ai::trillion * ai::usd);
static_assert(ai::parse_as(ai::usd, "USD 3 trillion", lang::en).value() == 3 * ai::trillion * ai::usd);
static_assert(ai::parse_as(ai::usd, "3 Billionen US-Dollar", lang::de).value() == 3 * ai::trillion * ai::usd);
static_assert(ai::parse_as(ai::usd, "3 000 milliards de dollars", lang::fr).value() == 3 * ai::trillion * ai::usd);
static_assert(ai::parse_as(ai::usd, "3 billones de d\u00f3lares", lang::es).value() == 3 * ai::trillion * ai::usd);
static_assert(ai::parse_as(ai::usd, "3.000 miliardi di dollari", lang::it).value() == 3 * ai::trillion * ai::usd);
static_assert(ai::parse_as(ai::usd, "$3T", lang::en).value() == 3 * ai::trillion * ai::usd);

// A German Billion is 10^12, an English billion 10^9.
static_assert(ai::parse("1 Billion", lang::de).value().value == 1e12);
static_assert(ai::parse("1 billion", lang::en).value().value == 1e9);

// Units with prefixes, and kinds checked by parse_as.
static_assert(ai::parse_as(ai::GW, "75 Gigawatt", lang::de).value() == 75 * ai::GW);
static_assert(ai::parse_as(ai::TWh, "657 TWh", lang::en).value() == 657 * ai::TWh);
static_assert(ai::parse_as(ai::TFLOPS_of(ai::bf16), "989 TFLOP/s BF16", lang::en).value() ==
              989 * ai::TFLOPS_of(ai::bf16));
static_assert(ai::parse_as(ai::gpu, "100.000 H100-GPUs", lang::de).value() == 100'000 * ai::gpu);
static_assert(ai::parse_as(ai::usd, "75 GW", lang::en).error().code == ai::parse_errc::wrong_dimension);
static_assert(ai::parse_as(ai::TFLOPS, "989 TFLOP/s BF16", lang::en).error().code == ai::parse_errc::wrong_dimension);

// Errors say what and where.
// A number in another language's notation is refused as a whole, never read as "1" or "5".
static_assert(ai::parse("1,5 GW", lang::en).error() == ai::parse_error{ai::parse_errc::bad_number, 0});
static_assert(ai::parse("GW", lang::en).error().code == ai::parse_errc::expected_number);
static_assert(ai::parse("1.000 GW", lang::guess).error().code == ai::parse_errc::ambiguous_language);

// Formatting is constexpr too.
static_assert(ai::format(3 * ai::trillion * ai::usd, lang::de) == "3 Billionen US-Dollar");
static_assert(ai::format(3 * ai::trillion * ai::usd, lang::en, {.compact = true}) == "$3T");
static_assert(ai::format(989 * ai::TFLOPS_of(ai::bf16), lang::en) == "989 TFLOP/s BF16");
static_assert(ai::format_range(4 * ai::million * ai::gpu, 5 * ai::million * ai::gpu, lang::de) ==
              "4 bis 5 Millionen GPUs");

// format writes the true value or says it could not, in constant evaluation too.
static_assert(ai::format(199.0 * ai::million * ai::usd_per_year, lang::de) == "199 Millionen US-Dollar pro Jahr");
static_assert(ai::format(1000.0 * ai::W_per_gpu, lang::en) == "1 kW/GPU");
static_assert(ai::format(std::numeric_limits<double>::infinity() * ai::GW, lang::en) == "inf W");
// (NaN is written as "nan" at run time only: clang does not evaluate arithmetic on a NaN as a constant.)
static_assert(!ai::format(1e300 * ai::W, lang::en).complete());

// Language codes.
static_assert(ai::code_of(lang::nl) == "nl");
static_assert(ai::lang_from_code("fr") == lang::fr);
static_assert(ai::lang_from_code("xx") == lang::guess);
static_assert(ai::uses_long_scale(lang::de) && !ai::uses_long_scale(lang::en));

// A guessed language decided by its words, with number agreement.
static_assert(ai::parse_as(ai::usd, "3 billion dollars", lang::guess).value() == 3 * ai::billion * ai::usd);
static_assert(ai::parse("1 billion dollars", lang::guess).error().code == ai::parse_errc::ambiguous_language);

// Integer quantities format too.
static_assert(ai::format(3 * ai::trillion * ai::usd, lang::it) == "3.000 miliardi di dollari");
static_assert(ai::format(100 * ai::million * ai::gpu, lang::es) == "100 millones de GPU");

// The catalogue's accelerators count GPUs, as news write them.
static_assert(ai::parse_as(ai::gpu, "200.000 H100's", lang::nl).value() == 200'000 * ai::gpu);
static_assert(ai::parse_as(ai::gpu, "200.000 H100-gpu's", lang::nl).value() == 200'000 * ai::gpu);
static_assert(ai::parse_as(ai::gpu, "30.000 GB200", lang::de).value() == 30'000 * ai::gpu);
static_assert(ai::parse_as(ai::gpu, "550.000 GB300-GPUs", lang::de).value() == 550'000 * ai::gpu);
static_assert(ai::parse_as(ai::gpu, "1 million H100s", lang::en).value() == 1e6 * ai::gpu);
static_assert(ai::parse_as(ai::gpu, "8 MI300X GPUs", lang::en).value() == 8 * ai::gpu);

// figure_as and figure_range_as: a figure already read, checked like parse_as.
static_assert(ai::figure_as(ai::GW, ai::parse("75 GW", lang::en).value()).value() == 75 * ai::GW);
static_assert(ai::figure_as(ai::usd, ai::parse("75 GW", lang::en).value()).error().code ==
              ai::parse_errc::wrong_dimension);
static_assert(ai::figure_as(ai::gpu, ai::parse("4 bis 5 Millionen GPUs", lang::de).value()).error().code ==
              ai::parse_errc::is_range);
static_assert(ai::figure_range_as(ai::gpu, ai::parse("4 bis 5 Millionen GPUs", lang::de).value()).value().high ==
              5e6 * ai::gpu);

// The texts parse, extract and check refuse: a string that dies with the call's expression.
static_assert(ai::owning_temporary_text<std::string>);
static_assert(!ai::owning_temporary_text<std::string&>);
static_assert(!ai::owning_temporary_text<std::string_view>);
static_assert(!ai::owning_temporary_text<const char (&)[6]>);
static_assert(!ai::owning_temporary_text<const char*>);
