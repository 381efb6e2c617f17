// libFuzzer target for extract(): every figure's span lies in the text and in order, and reading that
// span alone with parse() gives the same figure (extract agrees with parse); a text of 64 KiB and
// more (the input repeated) is read as well. The first byte picks the language: any value, so that
// values that are no lang are tried too.
#include <aiscale/text/extract.hpp>
#include <aiscale/text/parse.hpp>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "../tests/text/words_inside.hpp"

namespace {
namespace ai = aiscale;

using text_support::words_inside;

void check(std::string_view text, ai::lang language) {
  const ai::extraction e = ai::extract(text, language);
  std::size_t previous_end = 0;
  for (const ai::figure& f : e.figures) {
    if (f.begin < previous_end || f.begin >= f.end || f.end > text.size()) __builtin_trap();
    previous_end = f.end;
    if (!words_inside(f, text)) continue;
    // A model's size ("Llama 3.1 70B", "70B parameters") reads from the words around its span: alone,
    // "70B" is bytes.
    if (f.kind == ai::figure_kind::number && (f.scale_word == "B" || f.scale_word == "b")) continue;
    const std::string_view span = f.span_in(text);
    const auto alone = ai::parse(span, f.language);
    if (!alone || alone->value != f.value || alone->upper != f.upper) __builtin_trap();
    // A sum that took its currency from the sum before it ("$364 billion and 400 billion") reads as a
    // plain number alone; every other figure reads as the same kind.
    const bool currency_taken =
        f.kind == ai::figure_kind::money && f.unit_text.empty() && alone->kind == ai::figure_kind::number;
    if (alone->kind != f.kind && !currency_taken) __builtin_trap();
  }
  for (const ai::parse_error& err : e.errors)
    if (err.offset > text.size() || err.length > text.size() - err.offset) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto language = static_cast<ai::lang>(data[0]);  // 7 to 255: values that are no lang
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  check(text, static_cast<ai::lang>(data[0] % 7));
  if (data[0] >= 7) check(text, language);
  // One input in sixteen, repeated to 64 KiB: long texts are read to their end, in linear time.
  if ((data[0] & 0xF0) == 0xF0 && !text.empty()) {
    std::string big;
    while (big.size() < 64 * 1024) big += text;
    check(big, static_cast<ai::lang>(data[0] % 7));
  }
  return 0;
}
