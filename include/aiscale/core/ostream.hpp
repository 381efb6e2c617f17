// operator<< for units: "W/GPU". Needs only <iosfwd>; the stream itself is whatever the caller
// already includes, so printing costs nothing to those who never print. Quantities print through
// units/ostream.hpp, which knows the prefixes and scale words that keep a number readable.
#pragma once

#include <iosfwd>

#include "aiscale/core/char_view.hpp"
#include "aiscale/core/unit.hpp"

namespace aiscale {

// A char_view (a source, a name, a symbol) prints as its characters: std::cout << rate.source().
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, char_view v) {
  for (const char c : v) os << c;
  return os;
}

template <class CharT, class Traits, fixed_string S, auto D>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, unit<S, D>) {
  return os << S.c_str();
}

}  // namespace aiscale
