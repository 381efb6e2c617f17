// std::chrono interoperation, in its own header so that only its users pay for <chrono>:
// a duration converts to a time quantity and back, under the usual integer-safety rules.
#pragma once

#include <chrono>
#include <cstdint>
#include <ratio>

#include "aiscale/core/quantity.hpp"
#include "aiscale/units/time.hpp"

namespace aiscale {

namespace detail {
// The aiscale unit for a std::ratio period: the named one where there is one, else a scaled second.
template <class Period>
AISCALE_HOST_DEVICE constexpr auto unit_for_period() {
  if constexpr (std::is_same_v<Period, std::ratio<1>>)
    return s;
  else if constexpr (std::is_same_v<Period, std::milli>)
    return ms;
  else if constexpr (std::is_same_v<Period, std::micro>)
    return us;
  else if constexpr (std::is_same_v<Period, std::nano>)
    return ns;
  else if constexpr (std::is_same_v<Period, std::ratio<60>>)
    return minute;
  else if constexpr (std::is_same_v<Period, std::ratio<3600>>)
    return h;
  else if constexpr (std::is_same_v<Period, std::ratio<86400>>)
    return day;
  else if constexpr (std::is_same_v<Period, std::ratio<604800>>)
    return week;
  else
    return mag<static_cast<std::uint64_t>(Period::num), static_cast<std::uint64_t>(Period::den)> * s;
}
}  // namespace detail

template <class Rep, class Period>
struct quantity_like_traits<std::chrono::duration<Rep, Period>> {
  static constexpr auto unit = detail::unit_for_period<Period>();
  using rep = Rep;
  AISCALE_HOST_DEVICE static constexpr Rep to_number(const std::chrono::duration<Rep, Period>& d) { return d.count(); }
  AISCALE_HOST_DEVICE static constexpr std::chrono::duration<Rep, Period> from_number(Rep v) {
    return std::chrono::duration<Rep, Period>(v);
  }
};

// The time quantity of a duration, in the duration's own unit: from_chrono(90min) is 90 min.
template <class Rep, class Period>
AISCALE_HOST_DEVICE constexpr auto from_chrono(const std::chrono::duration<Rep, Period>& d) {
  return quantity<detail::unit_for_period<Period>(), Rep>(d.count());
}

}  // namespace aiscale
