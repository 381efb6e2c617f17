// The claims report's machinery: a claim (stated vs computed figure), the verdict computed from
// them, and the search for a likely cause when they disagree.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include <aiscale/units/estimate.hpp>
#include <aiscale/units/time.hpp>

namespace claims {

namespace ai = aiscale;

// A figure as the report prints it: a range of plain numbers in a display unit.
using range = ai::estimate<double>;

// Another way to compute the figure, named by the mistake that would lead there.
struct alternative {
  std::string_view cause;
  std::string_view detail;
  range value{0.0};
};

// How the stated figure relates to the computed one: "about X", "at least X", "at most X", or a
// share of the computed whole (it agrees when it does not exceed the whole).
enum class relation { about, at_least, at_most, share };

struct claim {
  std::string_view summary;  // the claim in the report's own words
  std::string_view article;  // the article it comes from, as a reader would cite it
  std::string_view unit;     // what both figures are printed in
  range stated{0.0};
  range computed{0.0};
  bool checkable = true;
  std::string_view basis;  // how the computed figure was obtained; figures from elsewhere say "reference"
  std::string_view note;   // what a reader needs to read the verdict right (a bound, a basis, arithmetic only)
  relation kind = relation::about;
  double tolerance = 0.10;       // relative, for "about"
  bool long_scale_word = false;  // stated with Billion/Billionen/biljoen (10^12)
  bool power_or_energy = false;  // the figure is a power or an energy: GW and GWh may be confused
  double period_years = 0;       // the claim spans this many years: a yearly and a total figure may be
  std::array<alternative, 12> alternatives{};
  std::size_t alternative_count = 0;

  constexpr claim& add(alternative a) {
    if (alternative_count < alternatives.size()) alternatives[alternative_count++] = a;
    return *this;
  }
};

// A claim the data can check, and one it cannot.
constexpr claim checked(std::string_view summary, std::string_view article, std::string_view unit, range stated,
                        range computed, std::string_view basis) {
  claim c;
  c.summary = summary, c.article = article, c.unit = unit, c.stated = stated, c.computed = computed;
  c.basis = basis;
  return c;
}
constexpr claim unchecked(std::string_view summary, std::string_view article, std::string_view unit, range stated,
                          std::string_view why) {
  claim c = checked(summary, article, unit, stated, stated, why);
  c.checkable = false;
  return c;
}

enum class verdict { confirmed, explained, disagrees, not_checkable };

struct finding {
  verdict result = verdict::not_checkable;
  std::string_view scale_cause;  // a power-of-1000 slip or a long/short scale mix-up, if any
  std::string_view scale_detail;
  std::string_view cause;  // another way of computing the figure, if any
  std::string_view detail;
  double ratio = 0;  // stated / computed, central values
};

// Whether a computed range bears out the stated figure under the claim's relation.
constexpr bool agrees(const claim& c, const range& computed, relation kind) {
  const range wide = computed.widened(c.tolerance);
  switch (kind) {
    case relation::at_least:  // the stated figure is a floor: the computed one must reach it
    case relation::share:     // the stated figure is a part of the computed whole: the whole must reach it
      return !(wide.high() < c.stated.low());
    case relation::at_most:
      return !(c.stated.high() < wide.low());
    case relation::about:
      break;
  }
  return c.stated.overlaps(wide);
}

// The verdict, from the figures alone. When they disagree, candidate causes are tried: first
// each other way of computing the figure, then each slip of scale (power-of-1000 prefixes, long
// vs short scale, power vs energy over a year, per-year vs total where the claim has a period),
// alone and combined with those. A cause must bring the figure within tolerance ("about"), not merely satisfy an
// "at least": a thousandfold error satisfies any floor.
constexpr finding judge(const claim& c) {
  if (!c.checkable) return {};
  finding f;
  f.ratio = c.stated.central() / c.computed.central();
  if (agrees(c, c.computed, c.kind)) {
    f.result = verdict::confirmed;
    return f;
  }
  f.result = verdict::explained;
  for (std::size_t i = 0; i != c.alternative_count; ++i)
    if (agrees(c, c.alternatives[i].value, relation::about)) {
      f.cause = c.alternatives[i].cause;
      f.detail = c.alternatives[i].detail;
      return f;
    }
  struct slip {
    double factor;
    std::string_view cause, detail;
  };
  const std::string_view thousand = c.long_scale_word ? "long vs short scale" : "a slip of a power-of-1000 prefix";
  const std::string_view million = "a slip of a power-of-1000 prefix";
  const std::string_view energy = c.power_or_energy ? "power vs energy" : "";
  const std::string_view period = c.period_years > 1 ? "per-year vs total" : "";
  const double years = c.period_years > 1 ? c.period_years : 1;
  // Hours in a year, from the library's year (Julian, 8766 h), so that its length is written once.
  constexpr double year_hours = (1.0 * ai::year).value_in(ai::h);
  const slip slips[] = {{1e3, thousand, "stated is 1000x"},
                        {1e-3, thousand, "stated is 1/1000"},
                        {1e6, million, "stated is a million times"},
                        {1e-6, million, "stated is a millionth"},
                        {year_hours, energy, "stated is per hour of a year: GW vs GWh"},
                        {1 / year_hours, energy, "stated is a year's GWh read as GW"},
                        {years, period, "stated is the total over the period"},
                        {1 / years, period, "stated is one year's share"}};
  for (const slip& k : slips) {
    if (k.cause.empty()) continue;
    f.scale_cause = k.cause;
    f.scale_detail = k.detail;
    if (agrees(c, c.computed * k.factor, relation::about)) return f;
    for (std::size_t i = 0; i != c.alternative_count; ++i)
      if (agrees(c, c.alternatives[i].value * k.factor, relation::about)) {
        f.cause = c.alternatives[i].cause;
        f.detail = c.alternatives[i].detail;
        return f;
      }
  }
  f.scale_cause = f.scale_detail = {};
  f.result = verdict::disagrees;
  return f;
}

constexpr std::string_view name(verdict v) {
  switch (v) {
    case verdict::confirmed:
      return "confirmed";
    case verdict::explained:
      return "explained";
    case verdict::disagrees:
      return "disagrees";
    case verdict::not_checkable:
      return "not checkable";
  }
  return "?";
}

}  // namespace claims
