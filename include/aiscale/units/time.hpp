// Time: the second and the units people count AI infrastructure in, up to the Julian year
// (365.25 days, 8766 h), the year of astronomy and of "TWh per year".
#pragma once

#include "aiscale/core/unit.hpp"
#include "aiscale/units/prefixes.hpp"

namespace aiscale {

inline constexpr struct s final : base_unit_t<"time", "s"> {
} s{};
inline constexpr struct ms final : decltype(milli(s)) {
} ms{};
inline constexpr struct us final : decltype(micro(s)) {
} us{};
inline constexpr struct ns final : decltype(nano(s)) {
} ns{};
inline constexpr struct minute final : decltype(named<"min">(mag<60> * s)) {
} minute{};
inline constexpr struct h final : decltype(named<"h">(mag<60> * minute)) {
} h{};
inline constexpr struct day final : decltype(named<"d">(mag<24> * h)) {
} day{};
inline constexpr struct week final : decltype(named<"wk">(mag<7> * day)) {
} week{};
inline constexpr struct year final : decltype(named<"yr">(mag<1461, 4> * day)) { } year{}; }  // namespace aiscale
