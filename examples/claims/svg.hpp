// The claims chart, for a general reader: one row per claim with its stated and computed figures
// in words and units, and a dot placed at stated / computed on a log scale (so that GW, USD and
// GPUs share one axis), its shape and colour saying the verdict; a legend explains both.
#pragma once

#include <cmath>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "../common/svg_chart.hpp"
#include "claim.hpp"
#include "figures.hpp"

namespace claims {

namespace detail {
using svg_chart::multiplier;
using svg_chart::xml;
// A verdict's colour, and its marker (drawn centred on x, y) so that colour-blind readers and
// grey-scale prints still tell confirmed, explained and disagreeing claims apart.
inline const char* colour(verdict v) {
  return v == verdict::confirmed   ? "#2a7d2a"
         : v == verdict::explained ? "#d08000"
         : v == verdict::disagrees ? "#b22222"
                                   : "#777";
}
inline void marker(std::ostream& os, verdict v, double x, double y, std::string_view cls) {
  const char* c = colour(v);
  if (v == verdict::explained)
    os << "<polygon class=\"" << cls << "\" points=\"" << x << ',' << y - 7 << ' ' << x + 7 << ',' << y << ' ' << x
       << ',' << y + 7 << ' ' << x - 7 << ',' << y << "\" fill=\"" << c << "\"/>\n";
  else if (v == verdict::disagrees)
    os << "<rect class=\"" << cls << "\" x=\"" << x - 6 << "\" y=\"" << y - 6 << "\" width=\"12\" height=\"12\" fill=\""
       << c << "\"/>\n";
  else
    os << "<circle class=\"" << cls << "\" cx=\"" << x << "\" cy=\"" << y << "\" r=\"6\" fill=\"" << c << "\"/>\n";
}
}  // namespace detail

template <std::size_t N>
void write_svg(std::ostream& os, const std::array<claim, N>& list) {
  // Left: the claims in words (wide enough for the longest line at 12 px); middle: the plot of
  // stated / computed from 1/1000 to x1000; right: the verdict.
  constexpr double left = 640, width = 420, top = 175, row = 56, decades = 6;
  const double height = top + row * static_cast<double>(N) + 20;
  const double right = left + width + 12;
  const svg_chart::log_axis x{left, width, decades};
  svg_chart::open_document(os, right + 110, height,
                           "Claims from five articles: what they state against what the data give");
  // The legend: what a dot's place, shape and colour mean, and what the bar is.
  os << "<g class=\"legend\">\n"
     << "<text x=\"10\" y=\"46\">Each row: the claim, then its stated and computed figures. On the right, a mark "
        "placed at stated \xC3\xB7 computed (log scale):</text>\n"
     << "<text x=\"10\" y=\"64\">1 means they agree; x10 means the article states ten times what the data give; "
        "1/10 a tenth. The bar shows the computed range.</text>\n";
  const verdict kinds[] = {verdict::confirmed, verdict::explained, verdict::disagrees};
  const char* words[] = {"confirmed: the data bear the figure out",
                         "explained: a known slip (prefix, format, chips only, capacity) accounts for the gap",
                         "disagrees: no known cause explains the gap"};
  for (int i = 0; i < 3; ++i) {
    const double ly = 86 + 18 * i;
    detail::marker(os, kinds[i], 18, ly - 4, "key");
    os << "<text x=\"32\" y=\"" << ly << "\" fill=\"" << detail::colour(kinds[i]) << "\">" << detail::xml(words[i])
       << "</text>\n";
  }
  os << "<rect x=\"560\" y=\"78\" width=\"30\" height=\"10\" fill=\"#9bb7d4\"/>\n"
     << "<text x=\"596\" y=\"87\">computed range (from the catalogue and sourced reference figures)</text>\n"
     << "<text x=\"560\" y=\"105\" fill=\"#777\">grey row: not checkable, no figure to compare with</text>\n"
     << "</g>\n";
  for (int e = -3; e <= 3; ++e) {
    const double gx = x(std::pow(10.0, e));
    os << "<line x1=\"" << gx << "\" y1=\"" << top - 12 << "\" x2=\"" << gx << "\" y2=\"" << height - 14
       << "\" stroke=\"" << (e == 0 ? "#444" : "#ccc") << "\"/>\n"
       << "<text x=\"" << gx << "\" y=\"" << top - 16 << "\" text-anchor=\"middle\">" << detail::multiplier(e)
       << "</text>\n";
  }
  os << "<text x=\"" << left + width / 2 << "\" y=\"" << top - 32
     << "\" text-anchor=\"middle\" font-weight=\"bold\">stated \xC3\xB7 computed</text>\n";
  double y = top;
  std::size_t number_of = 0;
  for (const claim& c : list) {
    ++number_of;
    const finding f = judge(c);
    std::string values = "stated " + std::string(relation_word(c.kind)) + figure(c.stated, c.unit);
    values += c.checkable ? "; computed " + figure(c.computed, c.unit) : "; nothing to compute it from";
    os << "<g class=\"claim\">\n"
       << "<text x=\"10\" y=\"" << y << "\">[" << number_of << "] " << detail::xml(c.summary) << "</text>\n"
       << "<text x=\"30\" y=\"" << y + 15 << "\" fill=\"#555\">" << detail::xml(values) << "</text>\n";
    if (c.checkable) {
      const double mid = c.computed.central();
      os << "<rect x=\"" << x(c.computed.low() / mid) << "\" y=\"" << y - 2 << "\" width=\""
         << x(c.computed.high() / mid) - x(c.computed.low() / mid) + 2 << "\" height=\"12\" fill=\"#9bb7d4\"/>\n";
      detail::marker(os, f.result, x(c.stated.central() / mid), y + 4, "stated");
    }
    // Why: the cause that explains the gap, or the note that says how to read an agreement.
    std::string why;
    if (f.result == verdict::explained)
      why = "explained by: " + std::string(f.scale_cause.empty() ? f.cause : f.scale_cause) +
            (!f.scale_cause.empty() && !f.cause.empty() ? " and " + std::string(f.cause) : "");
    else if (!c.note.empty())
      why = c.note;
    if (!why.empty())
      os << "<text x=\"30\" y=\"" << y + 30 << "\" fill=\"" << detail::colour(f.result) << "\" font-size=\"11\">"
         << detail::xml(why) << "</text>\n";
    os << "<text x=\"" << right << "\" y=\"" << y + 8 << "\" fill=\"" << detail::colour(f.result) << "\">"
       << (f.result == verdict::not_checkable ? "not checkable" : name(f.result)) << "</text>\n</g>\n";
    y += row;
  }
  os << "</svg>\n";
}

}  // namespace claims
