// The claims chart: one row per claim, stated figure against the computed range on a log scale
// of stated / computed, so that figures in GW, USD and GPUs share one axis.
#pragma once

#include <cmath>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "claim.hpp"

namespace claims {

namespace detail {
// Escapes the five characters XML reserves.
inline std::string xml(std::string_view text) {
  std::string out;
  for (const char c : text) switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  return out;
}
}  // namespace detail

template <std::size_t N>
void write_svg(std::ostream& os, const std::array<claim, N>& list) {
  constexpr double left = 430, width = 400, top = 60, row = 30, decades = 6;  // 10^-3 .. 10^3
  const double height = top + row * static_cast<double>(N) + 40;
  // x position of a ratio stated/computed, clamped to the plotted decades
  const auto x = [&](double ratio) {
    double d = std::log10(ratio);
    d = d < -decades / 2 ? -decades / 2 : (d > decades / 2 ? decades / 2 : d);
    return left + width * (d + decades / 2) / decades;
  };
  os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
     << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << left + width + 90 << "\" height=\"" << height
     << "\" font-family=\"sans-serif\" font-size=\"12\">\n"
     << "<title>Claims: stated vs computed (log scale)</title>\n"
     << "<text x=\"10\" y=\"20\" font-size=\"15\">Stated figure (dot) against the computed range (bar), as stated / "
        "computed, log scale</text>\n";
  for (int e = -3; e <= 3; ++e) {
    const double gx = x(std::pow(10.0, e));
    os << "<line x1=\"" << gx << "\" y1=\"" << top - 10 << "\" x2=\"" << gx << "\" y2=\"" << height - 30
       << "\" stroke=\"" << (e == 0 ? "#444" : "#ccc") << "\"/>\n"
       << "<text x=\"" << gx << "\" y=\"" << top - 14 << "\" text-anchor=\"middle\">10^" << e << "</text>\n";
  }
  double y = top;
  for (const claim& c : list) {
    const finding f = judge(c);
    const char* colour = f.result == verdict::confirmed   ? "#2a7d2a"
                         : f.result == verdict::explained ? "#c98a00"
                         : f.result == verdict::disagrees ? "#b22222"
                                                          : "#777";
    os << "<g class=\"claim\">\n<text x=\"10\" y=\"" << y + 4 << "\">" << detail::xml(c.summary.substr(0, 64))
       << "</text>\n";
    if (c.checkable) {
      const double mid = c.computed.central();
      os << "<rect x=\"" << x(c.computed.low() / mid) << "\" y=\"" << y - 6 << "\" width=\""
         << x(c.computed.high() / mid) - x(c.computed.low() / mid) + 2 << "\" height=\"12\" fill=\"#9bb7d4\"/>\n"
         << "<circle cx=\"" << x(c.stated.central() / mid) << "\" cy=\"" << y << "\" r=\"5\" fill=\"" << colour
         << "\"/>\n";
    }
    os << "<text x=\"" << left + width + 6 << "\" y=\"" << y + 4 << "\" fill=\"" << colour << "\">"
       << (f.result == verdict::not_checkable ? "n/a" : name(f.result)) << "</text>\n</g>\n";
    y += row;
  }
  os << "</svg>\n";
}

}  // namespace claims
