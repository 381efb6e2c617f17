// fmt::formatter for quantities, when {fmt} is available. The spec is the one of the std::format
// adapter (text/detail/format_spec.hpp): fill, alignment and width, then a language and c:
//   fmt::format("{:de}", q), fmt::format("{:>12}", q), fmt::format("{:*^20dec}", q).
// Include it after <fmt/format.h> or on its own; without {fmt} it declares nothing.
#pragma once

#if defined(__has_include)
#if __has_include(<fmt/format.h>)
#include <fmt/format.h>
#define AISCALE_HAS_FMT 1
#endif
#endif

#ifdef AISCALE_HAS_FMT
#include <cstddef>

#include "aiscale/core/quantity.hpp"
#include "aiscale/text/detail/format_spec.hpp"
#include "aiscale/text/format.hpp"

template <class U, class R>
struct fmt::formatter<aiscale::basic_quantity<U, R>, char> {
  aiscale::detail::text::quantity_spec spec;

  constexpr auto parse(fmt::format_parse_context& ctx) -> decltype(ctx.begin()) {
    aiscale::detail::text::spec_reading r;
    auto it = aiscale::detail::text::read_quantity_spec(
        ctx.begin(), ctx.end(), spec, r, [&] { return static_cast<std::size_t>(ctx.next_arg_id()); },
        [&](std::size_t id) { ctx.check_arg_id(static_cast<int>(id)); });
    if (r.error != nullptr) ctx.on_error(r.error);
    return it;
  }

  template <class FormatContext>
  auto format(const aiscale::basic_quantity<U, R>& q, FormatContext& ctx) const -> decltype(ctx.out()) {
    const aiscale::formatted_text t = aiscale::format(q, spec.language, {.compact = spec.compact});
    std::size_t width = spec.width;
    if (spec.dynamic_width) {
      const long long w = fmt::visit_format_arg([](auto v) { return aiscale::detail::text::width_from(v); },
                                                ctx.arg(static_cast<int>(spec.width_arg)));
      if (w < 0) ctx.on_error("aiscale: a nested width must be a non-negative integer");
      width = w < 0 ? 0 : static_cast<std::size_t>(w);
    }
    return aiscale::detail::text::write_padded(ctx.out(), t.view(), spec, width);
  }
};
#endif
