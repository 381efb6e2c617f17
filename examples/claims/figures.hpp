// How the claims report writes a figure: four significant digits, a range as "low-high", its unit.
// Shared by the text report and the chart, so that both print the same numbers.
#pragma once

#include <iomanip>
#include <sstream>
#include <string>
#include <string_view>

#include "claim.hpp"

namespace claims {

// Four significant digits, without an exponent between 0.001 and a million.
inline std::string number(double v) {
  std::ostringstream os;
  const double a = v < 0 ? -v : v;
  if (a != 0 && (a < 1e-3 || a >= 1e6)) {
    os << std::setprecision(3) << v;
    return os.str();
  }
  int decimals = 3;
  for (double t = 1; a >= t * 10 && decimals > 0; t *= 10) --decimals;
  os << std::fixed << std::setprecision(decimals) << v;
  std::string s = os.str();
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}
// Built with a stream: g++ 12 at -O3 warns falsely (-Wrestrict) on std::string operator+ chains.
inline std::string figure(const range& r, std::string_view unit) {
  std::ostringstream os;
  os << number(r.low());
  if (r.low() != r.high()) os << '-' << number(r.high());
  os << (unit == "x" ? "" : " ") << unit;
  return os.str();
}
inline std::string_view relation_word(relation k) {
  return k == relation::at_least  ? "at least "
         : k == relation::at_most ? "at most "
         : k == relation::share   ? "a share of the computed whole: "
                                  : "";
}

}  // namespace claims
