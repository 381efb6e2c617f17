// exchange_rate: how much of one currency a unit of another buys, with where and when that was
// true. Applying it is the only way money changes currency, and it works in both directions.
#pragma once

#include <cfloat>

#include "aiscale/core/char_view.hpp"

#include "aiscale/core/failure.hpp"
#include "aiscale/core/quantity.hpp"
#include "aiscale/units/date.hpp"

namespace aiscale {

template <auto U, class Rep = double>
class exchange_rate {
  static_assert(unit_t<U>::def.dim_count == 2 && unit_t<U>::def.dims[0].num * unit_t<U>::def.dims[1].num == -1 &&
                    unit_t<U>::def.dims[0].den == 1 && unit_t<U>::def.dims[1].den == 1 &&
                    is_money_dimension(unit_t<U>::def.dim_name(0)) && is_money_dimension(unit_t<U>::def.dim_name(1)),
                "aiscale: an exchange rate is one currency per another, such as 1.08 * usd / eur");

 public:
  // A rate is a positive, finite number: a zero, negative, NaN or infinite one goes to the failure
  // handler, at the caller's line (a compile error in a constant expression). Underscored parameter
  // names: g++ -Wshadow compares a constructor body's names with the user's globals.
  AISCALE_HOST_DEVICE constexpr exchange_rate(quantity<U, Rep> _rate, date _as_of = {}, char_view _source = {},
                                              source_location _where = source_location::current())
      : rate_(_rate), as_of_(_as_of), source_(_source) {
    if (!valid(_rate.value()))
      detail::invalid_value(
          "invalid exchange rate: a rate must be positive and finite (not zero, negative, NaN or "
          "infinite)",
          _where);
  }

  // Whether a number can be an exchange rate: positive and finite.
  [[nodiscard]] AISCALE_HOST_DEVICE static constexpr bool valid(Rep r) {
    // <cfloat>'s macros rather than numeric_limits, whose members are host-only under nvcc.
    if constexpr (std::is_same_v<Rep, float>)
      return r > 0 && r <= FLT_MAX;
    else if constexpr (std::is_same_v<Rep, double>)
      return r > 0 && r <= DBL_MAX;
    else if constexpr (std::is_floating_point_v<Rep>)  // long double, without naming it for nvcc
#if defined(__CUDA_ARCH__)
      return r > 0 && r <= DBL_MAX;  // long double is double in device code
#else
      return r > 0 && r <= LDBL_MAX;
#endif
    else
      return r > 0;
  }

  [[nodiscard]] AISCALE_HOST_DEVICE constexpr quantity<U, Rep> rate() const { return rate_; }
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr date as_of() const { return as_of_; }
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr char_view source() const { return source_; }

  // Converts money of either currency of the rate into the other: for 1.08 USD/EUR,
  // 100 EUR gives 108 USD and 108 USD gives 100 EUR.
  template <class V, class R>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto operator()(const basic_quantity<V, R>& money) const {
    using forward = decltype(V{} * U);
    using backward = decltype(V{} / U);
    constexpr bool to_numerator = forward::def.dim_count == 1;
    constexpr bool to_denominator = backward::def.dim_count == 1;
    static_assert(V::def.dim_count == 1 && (to_numerator || to_denominator),
                  "aiscale: this exchange rate converts between its two currencies only");
    if constexpr (to_numerator)
      return money * rate_;
    else
      return money / rate_;
  }

  // The same rate seen from the other currency: 1.08 USD/EUR is 0.926 EUR/USD.
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto inverse() const {
    return exchange_rate<one / U, detail::quotient_rep<Rep, Rep>>(1 / rate_, as_of_, source_);
  }

 private:
  quantity<U, Rep> rate_;
  date as_of_;
  char_view source_;
};

template <class U, class Rep>
exchange_rate(basic_quantity<U, Rep>, date = {}, char_view = {}) -> exchange_rate<U{}, Rep>;

template <class U, class Rep>
exchange_rate(basic_quantity<U, Rep>, date, const char*) -> exchange_rate<U{}, Rep>;

}  // namespace aiscale
