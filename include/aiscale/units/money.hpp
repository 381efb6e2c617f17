// Money: one dimension per currency, so dollars never meet euros without an exchange rate.
// Also brings the scale words (billion * usd) and exchange_rate, the only bridge.
#pragma once

#include "aiscale/core/fixed_string.hpp"
#include "aiscale/core/unit.hpp"
#include "aiscale/units/exchange_rate.hpp"
#include "aiscale/units/scale_words.hpp"

namespace aiscale {

// A currency by its ISO 4217 code; its own dimension: currency<"CHF"> for one the library lacks.
template <fixed_string Code>
inline constexpr base_unit_t<fixed_string("money:") + Code, Code> currency{};
template <fixed_string Code>
using currency_t = base_unit_t<fixed_string("money:") + Code, Code>;

inline constexpr struct usd final : currency_t<"USD"> {
} usd{};
inline constexpr struct eur final : currency_t<"EUR"> {
} eur{};
inline constexpr struct gbp final : currency_t<"GBP"> {
} gbp{};
inline constexpr struct cny final : currency_t<"CNY"> {
} cny{};
inline constexpr struct jpy final : currency_t<"JPY"> {
} jpy{};
inline constexpr struct chf final : currency_t<"CHF"> {
} chf{};

inline constexpr struct us_cent final : decltype(named<"US cent">(mag<1, 100> * usd)) {
} us_cent{};

namespace detail {
// The codes of the currencies above, for the layers that read and write money by its code (text/):
// a currency added here is formatted and parsed by code with no other list to edit.
template <class... Currencies>
inline constexpr char_view currency_codes_of[] = {char_view(Currencies::symbol)...};
inline constexpr const auto& currency_codes =
    currency_codes_of<decltype(usd), decltype(eur), decltype(gbp), decltype(cny), decltype(jpy), decltype(chf)>;
}  // namespace detail

}  // namespace aiscale
