// The format spec that the std::format and {fmt} adapters share: the standard fill, alignment and
// width, then aiscale's own options, as std::chrono's formatters put the standard part first:
//   [[fill]align][width][lang][c]      "{:>12}", "{:*^20de}", "{:<{}}", "{:dec}"
// width is a number or a nested replacement field ("{}" or "{2}"); lang an ISO 639-1 code of a
// language the text layer writes (en, de, nl, fr, es, it); c the compact form ("$3T").
#pragma once

#include <cstddef>
#include <string_view>
#include <type_traits>

#include "aiscale/text/lang.hpp"

namespace aiscale::detail::text {

enum class spec_align : unsigned char { none, left, center, right };

struct quantity_spec {
  lang language = lang::en;
  bool compact = false;
  char fill[4] = {' ', 0, 0, 0};  // one UTF-8 character
  std::size_t fill_size = 1;
  spec_align align = spec_align::none;
  std::size_t width = 0;
  bool dynamic_width = false;  // the width is the argument width_arg
  std::size_t width_arg = 0;
};

// Why a spec was refused, for the adapters' format_error; nullptr when it was read whole.
struct spec_reading {
  const char* error = nullptr;
};

constexpr spec_align align_of(char c) {
  return c == '<' ? spec_align::left : c == '^' ? spec_align::center : c == '>' ? spec_align::right : spec_align::none;
}

// The length of the UTF-8 character that starts with byte b (1 for a stray continuation byte).
constexpr std::size_t utf8_length(unsigned char b) { return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1; }

// Reads a spec up to its closing '}' (or the end). Returns where it stopped: at '}' when the spec
// was read whole, else at the character it could not read, with r.error saying why, so that the
// formatting library refuses the format string (at compile time where it checks it then).
// next_arg_id() and check_arg_id(n) are the parse context's, for a nested width field.
template <class It, class NextArgId, class CheckArgId>
constexpr It read_quantity_spec(It it, It end, quantity_spec& s, spec_reading& r, NextArgId next_arg_id,
                                CheckArgId check_arg_id) {
  const auto at_end = [&] { return it == end || *it == '}'; };
  if (at_end()) return it;
  // fill and align: a fill is any one character followed by an alignment.
  const std::size_t n = utf8_length(static_cast<unsigned char>(*it));
  It after_fill = it;
  std::size_t k = 0;
  for (; k != n && after_fill != end; ++k) ++after_fill;
  if (k == n && after_fill != end && align_of(*after_fill) != spec_align::none && *it != '{' && *it != '}') {
    for (std::size_t i = 0; i != n; ++i, ++it) s.fill[i] = *it;
    s.fill_size = n;
    s.align = align_of(*it++);
  } else if (align_of(*it) != spec_align::none) {
    s.align = align_of(*it++);
  }
  // width: digits, or a nested field with an optional argument index.
  if (it != end && *it >= '1' && *it <= '9') {
    while (it != end && *it >= '0' && *it <= '9') {
      if (s.width > 100000) return r.error = "aiscale: the width in a format spec is larger than 100000", it;
      s.width = s.width * 10 + static_cast<std::size_t>(*it++ - '0');
    }
  } else if (it != end && *it == '{') {
    ++it;
    s.dynamic_width = true;
    if (it != end && *it == '}') {
      s.width_arg = next_arg_id();
    } else {
      std::size_t id = 0;
      const It digits = it;
      while (it != end && *it >= '0' && *it <= '9') id = id * 10 + static_cast<std::size_t>(*it++ - '0');
      if (it == digits || it == end || *it != '}')
        return r.error = "aiscale: a nested width is written {} or {N}, N an argument index", it;
      check_arg_id(id);
      s.width_arg = id;
    }
    ++it;
  } else if (it != end && *it == '0') {
    return r.error = "aiscale: zero padding does not apply to a quantity's text; write a fill such as {:0>12}", it;
  }
  // aiscale's options: a language code, then c for the compact form.
  if (!at_end() && *it != 'c') {
    char code[2]{};
    std::size_t got = 0;
    for (; got != 2 && !at_end(); ++got, ++it) code[got] = *it;
    const lang l = got == 2 ? lang_from_code(std::string_view(code, 2)) : lang::guess;
    if (l == lang::guess)
      return r.error = "aiscale: the format spec is [[fill]align][width][en|de|nl|fr|es|it][c]; unknown language", it;
    s.language = l;
  }
  if (!at_end() && *it == 'c') s.compact = true, ++it;
  if (!at_end()) r.error = "aiscale: the format spec is [[fill]align][width][en|de|nl|fr|es|it][c]";
  return it;
}

// A nested width argument's value, or -1 for anything but a non-negative integer (capped at 100000).
template <class V>
constexpr long long width_from(V v) {
  if constexpr (!std::is_integral_v<V> || std::is_same_v<V, bool> || std::is_same_v<V, char>) {
    return -1;
  } else {
    if constexpr (std::is_signed_v<V>)
      if (v < 0) return -1;
    return v > static_cast<V>(100000) ? 100000 : static_cast<long long>(v);
  }
}

// The columns a text takes, as the standard counts them for the characters aiscale writes: one
// per UTF-8 character (the library writes no East Asian wide characters, which count two).
constexpr std::size_t display_width(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// Writes text padded to width with the spec's fill; text aligns left unless the spec says otherwise,
// as std::chrono's formatters and strings do.
template <class Out>
constexpr Out write_padded(Out out, std::string_view text, const quantity_spec& s, std::size_t width) {
  const std::size_t used = display_width(text);
  const std::size_t pad = width > used ? width - used : 0;
  const std::size_t before = s.align == spec_align::right ? pad : s.align == spec_align::center ? pad / 2 : 0;
  const auto put_fill = [&](std::size_t count) {
    for (std::size_t i = 0; i != count; ++i)
      for (std::size_t j = 0; j != s.fill_size; ++j) *out++ = s.fill[j];
  };
  put_fill(before);
  for (const char c : text) *out++ = c;
  put_fill(pad - before);
  return out;
}

}  // namespace aiscale::detail::text
