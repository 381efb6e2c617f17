// std::formatter for quantities, where the standard library has <format>: std::format("{:de}", q)
// writes format(q, lang::de); "{:c}" or "{:dec}" the compact form. Without <format>, nothing.
#pragma once

#if defined(__has_include)
#if __has_include(<format>)
#include <format>
#endif
#endif

#if defined(__cpp_lib_format)
#include <string_view>

#include "aiscale/core/quantity.hpp"
#include "aiscale/text/format.hpp"
#include "aiscale/text/lang.hpp"

namespace aiscale::detail::text {
// Reads "[lang][c]" from a format spec ("de", "enc", "c"); returns where it stopped.
template <class It>
constexpr It read_text_spec(It it, It end, lang& language, bool& compact) {
  if (it != end && *it != '}' && *it != 'c') {
    char code[2]{};
    for (int k = 0; k != 2 && it != end; ++k, ++it) code[k] = *it;
    language = lang_from_code(std::string_view(code, 2));
    if (language == lang::guess) language = lang::en;
  }
  if (it != end && *it == 'c') compact = true, ++it;
  return it;
}
}  // namespace aiscale::detail::text

template <auto U, class R>
struct std::formatter<aiscale::quantity<U, R>, char> {
  aiscale::lang language = aiscale::lang::en;
  bool compact = false;

  constexpr auto parse(std::format_parse_context& ctx) {
    auto it = aiscale::detail::text::read_text_spec(ctx.begin(), ctx.end(), language, compact);
#if defined(__cpp_exceptions)
    if (it != ctx.end() && *it != '}') throw std::format_error("aiscale: format spec is [en|de|nl|fr|es|it][c]");
#endif
    return it;
  }
  template <class FormatContext>
  auto format(const aiscale::quantity<U, R>& q, FormatContext& ctx) const {
    const aiscale::formatted_text t = aiscale::format(q, language, {.compact = compact});
    return std::copy(t.view().begin(), t.view().end(), ctx.out());
  }
};
#endif
