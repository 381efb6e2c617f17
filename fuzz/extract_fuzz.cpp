// libFuzzer target for extract(): every figure's span lies in the text and in order.
#include <aiscale/text/extract.hpp>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto language = static_cast<aiscale::lang>(data[0] % 8);  // 7: a value that is no lang
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const aiscale::extraction e = aiscale::extract(text, language);
  std::size_t previous_end = 0;
  for (const aiscale::figure& f : e.figures) {
    if (f.begin < previous_end || f.begin >= f.end || f.end > text.size()) __builtin_trap();
    previous_end = f.end;
  }
  for (const aiscale::parse_error& err : e.errors)
    if (err.offset > text.size() || err.length > text.size() - err.offset) __builtin_trap();
  return 0;
}
