// The check chart: one row per finding, the sentence's figures and the implied figure in words, and
// a mark at implied / reference on a log scale (so that USD per GPU, W per GPU and shares share one
// axis) over the reference's range, its shape and colour saying the verdict; a legend explains both.
#pragma once

#include <aiscale/check.hpp>
#include <cmath>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "../common/svg_chart.hpp"

namespace check_chart {

namespace ai = aiscale;
using svg_chart::multiplier;
using svg_chart::xml;

// A verdict's colour and marker, so that colour-blind readers and grey prints still tell them apart.
inline const char* colour(ai::verdict v) {
  return v == ai::verdict::consistent ? "#2a7d2a" : v == ai::verdict::implausible ? "#b22222" : "#777";
}
inline void marker(std::ostream& os, ai::verdict v, double x, double y, std::string_view cls) {
  if (v == ai::verdict::implausible)
    os << "<rect class=\"" << cls << "\" x=\"" << x - 6 << "\" y=\"" << y - 6 << "\" width=\"12\" height=\"12\" fill=\""
       << colour(v) << "\"/>\n";
  else
    os << "<circle class=\"" << cls << "\" cx=\"" << x << "\" cy=\"" << y << "\" r=\"6\" fill=\"" << colour(v)
       << "\"/>\n";
}
// The first characters of a sentence, on whole UTF-8 characters.
inline std::string shortened(std::string_view s, std::size_t most) {
  if (s.size() <= most) return std::string(s);
  std::size_t n = most;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  std::string out(s.substr(0, n));
  for (char& c : out)
    if (c == '\n') c = ' ';
  return out + "...";
}

inline void write_svg(std::ostream& os, std::string_view text, const std::vector<ai::finding>& findings) {
  constexpr double left = 700, width = 420, top = 150, row = 62, decades = 8;
  const double height = top + row * static_cast<double>(findings.size()) + 20;
  const double right = left + width + 12;
  const svg_chart::log_axis x{left, width, decades};
  svg_chart::open_document(os, right + 110, height, "The figures of a text, related and judged against the catalogue");
  os << "<g class=\"legend\">\n"
     << "<text x=\"10\" y=\"46\">Each row: a sentence, its figures and what they imply. On the right, a mark at "
        "implied \xC3\xB7 reference (log scale) over the reference's range (bar):</text>\n";
  const ai::verdict kinds[] = {ai::verdict::consistent, ai::verdict::implausible};
  const char* words[] = {"consistent: within the reference's range",
                         "implausible: outside it (the cause, if one of "
                         "the listed slips explains the gap, is named)"};
  for (std::size_t i = 0; i < 2; ++i) {
    const double ly = 68 + 18 * static_cast<double>(i);
    marker(os, kinds[i], 18, ly - 4, "key");
    os << "<text x=\"32\" y=\"" << ly << "\" fill=\"" << colour(kinds[i]) << "\">" << xml(words[i]) << "</text>\n";
  }
  os << "<rect x=\"560\" y=\"60\" width=\"30\" height=\"10\" fill=\"#9bb7d4\"/>\n"
     << "<text x=\"596\" y=\"69\">the reference's range (catalogue, fleet model, reference figures)</text>\n"
     << "<text x=\"560\" y=\"87\" fill=\"#777\">grey row: not checkable</text>\n"
     << "</g>\n";
  for (int e = -4; e <= 4; ++e) {
    const double gx = x(std::pow(10.0, e));
    os << "<line x1=\"" << gx << "\" y1=\"" << top - 12 << "\" x2=\"" << gx << "\" y2=\"" << height - 14
       << "\" stroke=\"" << (e == 0 ? "#444" : "#ccc") << "\"/>\n"
       << "<text x=\"" << gx << "\" y=\"" << top - 16 << "\" text-anchor=\"middle\">" << multiplier(e) << "</text>\n";
  }
  double y = top;
  std::size_t n = 0;
  for (const ai::finding& f : findings) {
    ++n;
    std::string figures;
    for (const ai::figure& g : f.figures) figures += (figures.empty() ? "" : ", ") + std::string(g.span_in(text));
    os << "<g class=\"finding\">\n"
       << "<text x=\"10\" y=\"" << y << "\">[" << n << "] " << xml(shortened(f.sentences.front().in(text), 100))
       << "</text>\n"
       << "<text x=\"30\" y=\"" << y + 15 << "\" fill=\"#555\">"
       << xml(std::string(ai::name_of(f.kind)) + ": " + figures + " \xE2\x86\x92 " + f.implied) << "</text>\n";
    if (f.result != ai::verdict::not_checkable && f.reference_range.valid()) {
      const double mid = std::sqrt(f.reference_range.low * f.reference_range.high);
      os << "<rect x=\"" << x(f.reference_range.low / mid) << "\" y=\"" << y - 2 << "\" width=\""
         << x(f.reference_range.high / mid) - x(f.reference_range.low / mid) + 2
         << "\" height=\"12\" fill=\"#9bb7d4\"/>\n";
      marker(os, f.result, x(f.implied_value / mid), y + 4, "implied");
    }
    std::string why;
    for (const ai::slip c : f.causes) why += (why.empty() ? "cause: " : " and ") + std::string(ai::name_of(c));
    if (f.result == ai::verdict::implausible && f.causes.empty()) why = "no listed cause explains the gap";
    if (why.empty()) why = f.note;
    if (!why.empty())
      os << "<text x=\"30\" y=\"" << y + 30 << "\" fill=\"" << colour(f.result) << "\" font-size=\"11\">"
         << xml(shortened(why, 110)) << "</text>\n";
    os << "<text x=\"" << right << "\" y=\"" << y + 8 << "\" fill=\"" << colour(f.result) << "\">"
       << ai::name_of(f.result) << "</text>\n</g>\n";
    y += row;
  }
  os << "</svg>\n";
}

}  // namespace check_chart
