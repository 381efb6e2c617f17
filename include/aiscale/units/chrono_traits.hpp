// std::chrono interoperation without <chrono>: a duration converts to a time quantity and back,
// under the usual integer-safety rules. A duration is recognised by its shape (rep, period, count),
// so this header needs nothing from <chrono>: the umbrella header includes it, and a program pays
// for <chrono> only when it includes <chrono> itself, as every program that writes a duration does.
#pragma once

#include <concepts>
#include <cstdint>
#include <type_traits>

#include "aiscale/core/quantity.hpp"
#include "aiscale/units/time.hpp"

namespace aiscale {

// A type shaped like std::chrono::duration<Rep, Period>: a number type `rep`, a `period` with the
// ratio's `num` and `den` (seconds per tick), `count()`, and an explicit constructor from a count.
template <class T>
concept chrono_duration = scalar<typename T::rep> && requires(const T& d) {
  { T::period::num } -> std::convertible_to<std::intmax_t>;
  { T::period::den } -> std::convertible_to<std::intmax_t>;
  { d.count() } -> std::same_as<typename T::rep>;
} && std::is_constructible_v<T, typename T::rep>;

namespace detail {
// The aiscale unit for a duration's period: the named one where there is one, else a scaled second.
template <class Period>
AISCALE_HOST_DEVICE constexpr auto unit_for_period() {
  constexpr auto num = Period::num, den = Period::den;
  if constexpr (num == 1 && den == 1)
    return s;
  else if constexpr (num == 1 && den == 1000)
    return ms;
  else if constexpr (num == 1 && den == 1'000'000)
    return us;
  else if constexpr (num == 1 && den == 1'000'000'000)
    return ns;
  else if constexpr (num == 60 && den == 1)
    return minute;
  else if constexpr (num == 3600 && den == 1)
    return h;
  else if constexpr (num == 86400 && den == 1)
    return day;
  else if constexpr (num == 604800 && den == 1)
    return week;
  else
    return mag<static_cast<std::uint64_t>(num), static_cast<std::uint64_t>(den)> * s;
}
}  // namespace detail

template <chrono_duration D>
struct quantity_like_traits<D> {
  static constexpr auto unit = detail::unit_for_period<typename D::period>();
  using rep = typename D::rep;
  AISCALE_HOST_DEVICE static constexpr rep to_number(const D& d) { return d.count(); }
  AISCALE_HOST_DEVICE static constexpr D from_number(rep v) { return D(v); }
};

// The time quantity of a duration, in the duration's own unit: from_chrono(90min) is 90 min.
template <chrono_duration D>
AISCALE_HOST_DEVICE constexpr auto from_chrono(const D& d) {
  return quantity<detail::unit_for_period<typename D::period>(), typename D::rep>(d.count());
}

}  // namespace aiscale
