// What the examples' SVG charts share (claims, check): escaping text for XML, a log-scale axis of
// ratios and its labels in words, and the document's opening (header, root, title, background).
#pragma once

#include <cmath>
#include <ostream>
#include <string>
#include <string_view>

namespace svg_chart {

// Escapes the five characters XML reserves.
inline std::string xml(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '&')
      out += "&amp;";
    else if (c == '"')
      out += "&quot;";
    else if (c == '\'')
      out += "&apos;";
    else
      out += c;
  }
  return out;
}

// The axis labels as a reader says them: "1/100", "1", "x100".
inline std::string multiplier(int decade) {
  std::string m = "1";
  for (int i = 0; i < (decade < 0 ? -decade : decade); ++i) m += '0';
  return decade < 0 ? "1/" + m : decade == 0 ? "1" : "x" + m;
}

// A ratio's place on a log axis from left to left + width over `decades` powers of ten centred on 1;
// ratios beyond it are drawn at its ends.
struct log_axis {
  double left = 0;
  double width = 0;
  double decades = 0;
  double operator()(double ratio) const {
    double d = std::log10(ratio);
    d = d < -decades / 2 ? -decades / 2 : (d > decades / 2 ? decades / 2 : d);
    return left + width * (d + decades / 2) / decades;
  }
};

// The document's opening: XML header, the root of the given size, its title, a white background and
// the title again as a heading.
inline void open_document(std::ostream& os, double width, double height, std::string_view title) {
  os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
     << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
     << "\" font-family=\"sans-serif\" font-size=\"12\">\n"
     << "<title>" << xml(title) << "</title>\n"
     << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
     << "<text x=\"10\" y=\"22\" font-size=\"16\" font-weight=\"bold\">" << xml(title) << "</text>\n";
}

}  // namespace svg_chart
