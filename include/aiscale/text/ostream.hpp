// operator<< for the text layer's results: a parse_error prints its message and byte offset,
// a figure its value and kind. formatted_text streams itself (formatted_text.hpp).
#pragma once

#include <ostream>

#include "aiscale/text/figure.hpp"
#include "aiscale/text/result.hpp"

namespace aiscale {

template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const parse_error& e) {
  const std::string_view m = e.message();
  os.write(m.data(), static_cast<std::streamsize>(m.size()));
  return os << " (at byte " << e.offset << ')';
}

template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const figure& f) {
  os << f.value;
  if (f.is_range()) os << ".." << f.upper;
  const std::string_view kind = name_of(f.kind);
  os << ' ';
  os.write(kind.data(), static_cast<std::streamsize>(kind.size()));
  if (!f.currency.empty()) os << ' ', os.write(f.currency.data(), static_cast<std::streamsize>(f.currency.size()));
  if (!f.compute_format.empty())
    os << ' ', os.write(f.compute_format.data(), static_cast<std::streamsize>(f.compute_format.size()));
  return os;
}

}  // namespace aiscale
