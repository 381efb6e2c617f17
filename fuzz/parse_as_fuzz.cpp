// libFuzzer target for parse_as() and parse_range_as() with a few units of different kinds.
#include <aiscale/text/parse.hpp>
#include <aiscale/units.hpp>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  namespace ai = aiscale;
  const auto language = static_cast<ai::lang>(data[0]);  // 7 to 255: values that are no lang
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto check = [&](const auto& r) {
    if (!r && (r.error().offset > text.size() || r.error().length > text.size() - r.error().offset)) __builtin_trap();
  };
  check(ai::parse_as(ai::usd, text, language));
  check(ai::parse_as(ai::GW, text, language));
  check(ai::parse_as(ai::TWh, text, language));
  check(ai::parse_as(ai::gpu, text, language));
  check(ai::parse_as(ai::GB, text, language));
  check(ai::parse_as(ai::h, text, language));
  check(ai::parse_as(ai::percent, text, language));
  check(ai::parse_as(ai::TFLOPS_of(ai::bf16), text, language));
  check(ai::parse_range_as(ai::eur, text, language));
  return 0;
}
