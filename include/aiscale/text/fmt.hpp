// fmt::formatter for quantities, when {fmt} is available: fmt::format("{:de}", q) writes
// format(q, lang::de); "{:c}" or "{:dec}" the compact form. Include it after <fmt/format.h>
// or on its own; without {fmt} it declares nothing.
#pragma once

#if defined(__has_include)
#if __has_include(<fmt/format.h>)
#include <fmt/format.h>
#define AISCALE_HAS_FMT 1
#endif
#endif

#ifdef AISCALE_HAS_FMT
#include <algorithm>
#include <string_view>

#include "aiscale/core/quantity.hpp"
#include "aiscale/text/format.hpp"
#include "aiscale/text/lang.hpp"

template <auto U, class R>
struct fmt::formatter<aiscale::quantity<U, R>, char> {
  aiscale::lang language = aiscale::lang::en;
  bool compact = false;

  constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
    auto it = ctx.begin();
    const auto end = ctx.end();
    if (it != end && *it != '}' && *it != 'c') {
      char code[2]{};
      for (int k = 0; k != 2 && it != end; ++k, ++it) code[k] = *it;
      language = aiscale::lang_from_code(std::string_view(code, 2));
      if (language == aiscale::lang::guess) language = aiscale::lang::en;
    }
    if (it != end && *it == 'c') compact = true, ++it;
    return it;
  }
  template <class FormatContext>
  auto format(const aiscale::quantity<U, R>& q, FormatContext& ctx) const -> decltype(ctx.out()) {
    const aiscale::formatted_text t = aiscale::format(q, language, {.compact = compact});
    return std::copy(t.view().begin(), t.view().end(), ctx.out());
  }
};
#endif
