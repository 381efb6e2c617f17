// date: the calendar day, month or year a figure describes, for the provenance of exchange rates,
// catalogue entries and reference figures. A neutral value of units/, so that every layer can date
// its figures without including another layer.
#pragma once

#include "aiscale/core/config.hpp"
#include "aiscale/core/failure.hpp"

namespace aiscale {

// A calendar date (proleptic Gregorian), for the provenance of a rate or a figure; {} when unknown.
// The month and the day may be left out (0): date{2025} is "in 2025", date{2025, 8} "in August 2025".
// An impossible date (month 13, 30 February, a day without a month) goes to the failure handler.
struct date {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;

  constexpr date() = default;
  AISCALE_HOST_DEVICE constexpr date(int _year, unsigned _month = 0, unsigned _day = 0,
                                     source_location _where = source_location::current())
      : year(_year), month(_month), day(_day) {
    if (!possible(_year, _month, _day))
      detail::invalid_value(
          "impossible date: the month is beyond 12, the day beyond the month's length, or a day or "
          "month is given without what contains it (a year of 0 means unknown)",
          _where);
  }

  // Whether year-month-day names a day, a month or a year of the calendar (0 = not given).
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr bool possible(int y, unsigned m, unsigned d) {
    if (m > 12 || (y == 0 && m != 0) || (m == 0 && d != 0)) return false;
    if (d == 0) return true;
    const bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    constexpr unsigned length[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return d <= length[m - 1] + (m == 2 && leap ? 1u : 0u);
  }

  friend constexpr bool operator==(const date&, const date&) = default;
};

}  // namespace aiscale
