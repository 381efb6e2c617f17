// exchange_rate: how much of one currency a unit of another buys, with where and when that was
// true. Applying it is the only way money changes currency, and it works in both directions.
#pragma once

#include "aiscale/core/char_view.hpp"

#include "aiscale/core/quantity.hpp"

namespace aiscale {

// A calendar date, for the provenance of a rate or a figure; {} when unknown.
struct date {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  friend constexpr bool operator==(const date&, const date&) = default;
};

template <auto U, class Rep = double>
class exchange_rate {
  static_assert(unit_t<U>::def.dim_count == 2 && unit_t<U>::def.dims[0].num * unit_t<U>::def.dims[1].num == -1 &&
                    unit_t<U>::def.dims[0].den == 1 && unit_t<U>::def.dims[1].den == 1,
                "aiscale: an exchange rate is one currency per another, such as 1.08 * usd / eur");

 public:
  constexpr exchange_rate(quantity<U, Rep> rate, date as_of = {}, char_view source = {})
      : rate_(rate), as_of_(as_of), source_(source) {}

  [[nodiscard]] constexpr quantity<U, Rep> rate() const { return rate_; }
  [[nodiscard]] constexpr date as_of() const { return as_of_; }
  [[nodiscard]] constexpr char_view source() const { return source_; }

  // Converts money of either currency of the rate into the other: for 1.08 USD/EUR,
  // 100 EUR gives 108 USD and 108 USD gives 100 EUR.
  template <auto V, class R>
  [[nodiscard]] constexpr auto operator()(const quantity<V, R>& money) const {
    using forward = unit_t<V * U>;
    using backward = unit_t<V / U>;
    constexpr bool to_numerator = forward::def.dim_count == 1;
    constexpr bool to_denominator = backward::def.dim_count == 1;
    static_assert(unit_t<V>::def.dim_count == 1 && (to_numerator || to_denominator),
                  "aiscale: this exchange rate converts between its two currencies only");
    if constexpr (to_numerator)
      return money * rate_;
    else
      return money / rate_;
  }

  // The same rate seen from the other currency: 1.08 USD/EUR is 0.926 EUR/USD.
  [[nodiscard]] constexpr auto inverse() const {
    return exchange_rate<one / U, detail::quotient_rep<Rep, Rep>>(1 / rate_, as_of_, source_);
  }

 private:
  quantity<U, Rep> rate_;
  date as_of_;
  char_view source_;
};

template <auto U, class Rep>
exchange_rate(quantity<U, Rep>, date = {}, char_view = {}) -> exchange_rate<U, Rep>;

template <auto U, class Rep>
exchange_rate(quantity<U, Rep>, date, const char*) -> exchange_rate<U, Rep>;

}  // namespace aiscale
