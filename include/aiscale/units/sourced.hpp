// sourced<Q>: a figure with its provenance, what it is, when it was true and who said so. A neutral
// value of units/, so that the catalogue's reference figures and a user's own share one type.
#pragma once

#include <string_view>

#include "aiscale/units/date.hpp"

namespace aiscale {

template <class Q>
struct sourced {
  Q value;
  date as_of;
  std::string_view source;
};
template <class Q>
sourced(Q, date, const char*) -> sourced<Q>;

}  // namespace aiscale
