// The scale words of news figures as dimensionless units (short scale, as in English):
// 3 * trillion * usd is a quantity, billion * usd a unit. Which word means what in another
// language (a German "Billion" is a trillion) is the text layer's business.
#pragma once

#include "aiscale/core/unit.hpp"

namespace aiscale {

inline constexpr struct thousand final : decltype(scale_word<"thousand">(mag<1000>)) {
} thousand{};
inline constexpr struct million final : decltype(scale_word<"million">(mag<1000000>)) {
} million{};
inline constexpr struct billion final : decltype(scale_word<"billion">(mag<1000000000>)) {
} billion{};
inline constexpr struct trillion final : decltype(scale_word<"trillion">(mag<1000000000000>)) {
} trillion{};
inline constexpr struct quadrillion final : decltype(scale_word<"quadrillion">(mag<1000000000000000>)) {
} quadrillion{};

}  // namespace aiscale
