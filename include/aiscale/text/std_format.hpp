// std::formatter for quantities, where the standard library has <format>. The spec is the standard
// fill, alignment and width, then aiscale's options (text/detail/format_spec.hpp):
//   std::format("{:de}", q)      format(q, lang::de)        "3 Billionen US-Dollar"
//   std::format("{:>12}", q)     right-aligned in 12 columns
//   std::format("{:*^20dec}", q) centred, filled with '*', German, compact
// Without <format>, nothing.
#pragma once

#if defined(__has_include)
#if __has_include(<format>)
#include <format>
#endif
#endif

#if defined(__cpp_lib_format)
#include <cstddef>
#include <string_view>

#include "aiscale/core/quantity.hpp"
#include "aiscale/text/detail/format_spec.hpp"
#include "aiscale/text/format.hpp"

template <class U, class R>
struct std::formatter<aiscale::basic_quantity<U, R>, char> {
  aiscale::detail::text::quantity_spec spec;

  constexpr auto parse(std::format_parse_context& ctx) {
    aiscale::detail::text::spec_reading r;
    auto it = aiscale::detail::text::read_quantity_spec(
        ctx.begin(), ctx.end(), spec, r, [&] { return ctx.next_arg_id(); },
        [&](std::size_t id) { ctx.check_arg_id(id); });
#if defined(__cpp_exceptions)
    if (r.error != nullptr) throw std::format_error(r.error);
#endif
    // Without exceptions the iterator stops at what could not be read, and the library refuses it.
    return it;
  }

  template <class FormatContext>
  auto format(const aiscale::basic_quantity<U, R>& q, FormatContext& ctx) const {
    const aiscale::formatted_text t = aiscale::format(q, spec.language, {.compact = spec.compact});
    std::size_t width = spec.width;
    if (spec.dynamic_width) {
      const long long w =
          std::visit_format_arg([](auto v) { return aiscale::detail::text::width_from(v); }, ctx.arg(spec.width_arg));
#if defined(__cpp_exceptions)
      if (w < 0) throw std::format_error("aiscale: a nested width must be a non-negative integer");
#endif
      width = w < 0 ? 0 : static_cast<std::size_t>(w);
    }
    return aiscale::detail::text::write_padded(ctx.out(), t.view(), spec, width);
  }
};
#endif
