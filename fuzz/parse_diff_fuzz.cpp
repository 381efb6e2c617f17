// libFuzzer target comparing parse() with parse_general(), the whole grammar it must agree with: the first
// byte picks the language (or lang::guess), the rest is the text; a difference in any field aborts.
#include <aiscale/text/parse.hpp>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "../tests/text/figure_compare.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto language = static_cast<aiscale::lang>(data[0] % 8);  // 7: a value that is no lang
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto fast = aiscale::parse(text, language);
  const auto general = aiscale::detail::text::parse_general(text, language);
  if (const char* field = aiscale_test::first_difference(fast, general)) {
    std::fprintf(stderr, "%s\n", aiscale_test::difference_report(text, language, field, fast, general).c_str());
    std::abort();
  }
  return 0;
}
