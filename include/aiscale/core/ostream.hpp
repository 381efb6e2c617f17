// operator<< for quantities and units: "750 W/GPU". Needs only <iosfwd>; the stream itself is
// whatever the caller already includes, so printing costs nothing to those who never print.
#pragma once

#include <iosfwd>

#include "aiscale/core/quantity.hpp"

namespace aiscale {

template <class CharT, class Traits, fixed_string S, auto D>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, unit<S, D>) {
  return os << S.c_str();
}

template <class CharT, class Traits, auto U, class R>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const quantity<U, R>& q) {
  // A dimensionless quantity of unit one prints as the bare number.
  if constexpr (unit_t<U>::symbol.size() == 0)
    return os << q.value();
  else
    return os << q.value() << ' ' << unit_t<U>::symbol.c_str();
}

}  // namespace aiscale
