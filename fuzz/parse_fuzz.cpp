// libFuzzer target for parse(): the first byte picks the language (or lang::guess, or a value that is
// no lang), the rest is the text.
#include <aiscale/text/parse.hpp>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto language = static_cast<aiscale::lang>(data[0]);  // 7 to 255: values that are no lang
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto r = aiscale::parse(text, language);
  if (r) {
    // The span lies inside the text, and reading it alone gives the same figure.
    if (r->begin > r->end || r->end > text.size()) __builtin_trap();
    const auto again = aiscale::parse(r->span_in(text), r->language == aiscale::lang::guess ? language : r->language);
    if (!again || again->value != r->value) __builtin_trap();
  } else if (r.error().offset > text.size() || r.error().length > text.size() - r.error().offset) {
    __builtin_trap();  // the text found wrong lies inside the text
  }
  return 0;
}
