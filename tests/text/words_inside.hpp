// Whether a figure's words (scale word, unit) lie inside its span: a figure that shares them with the
// next one ("15" of "15 ou 20 Mds d'euros") does not read alone. Shared by the extract fuzz target and
// the tests that check that parse reads every span extract returns as the same figure.
#pragma once

#include <aiscale/text/figure.hpp>
#include <cstddef>
#include <string_view>

namespace text_support {

inline bool words_inside(const aiscale::figure& f, std::string_view text) {
  const auto inside = [&](std::string_view w) {
    if (w.empty()) return true;
    const auto at = static_cast<std::size_t>(w.data() - text.data());
    return at >= f.begin && at + w.size() <= f.end;
  };
  return inside(f.scale_word) && inside(f.unit_text);
}

}  // namespace text_support
