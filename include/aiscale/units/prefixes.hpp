// SI prefixes from quecto (1e-30) to quetta (1e30), and the binary prefixes kibi (2^10) to yobi
// (2^80). Each applies to one named unit: giga(W) is "GW"; the factors are exact.
#pragma once

#include "aiscale/core/unit.hpp"

namespace aiscale {

inline constexpr struct quecto final : prefix<"q", power_of_ten(-30), quecto> {
} quecto{};
inline constexpr struct ronto final : prefix<"r", power_of_ten(-27), ronto> {
} ronto{};
inline constexpr struct yocto final : prefix<"y", power_of_ten(-24), yocto> {
} yocto{};
inline constexpr struct zepto final : prefix<"z", power_of_ten(-21), zepto> {
} zepto{};
inline constexpr struct atto final : prefix<"a", power_of_ten(-18), atto> {
} atto{};
inline constexpr struct femto final : prefix<"f", power_of_ten(-15), femto> {
} femto{};
inline constexpr struct pico final : prefix<"p", power_of_ten(-12), pico> {
} pico{};
inline constexpr struct nano final : prefix<"n", power_of_ten(-9), nano> {
} nano{};
inline constexpr struct micro final : prefix<"\u00b5", power_of_ten(-6), micro> {
} micro{};
inline constexpr struct milli final : prefix<"m", power_of_ten(-3), milli> {
} milli{};
inline constexpr struct centi final : prefix<"c", power_of_ten(-2), centi> {
} centi{};
inline constexpr struct deci final : prefix<"d", power_of_ten(-1), deci> {
} deci{};
inline constexpr struct deca final : prefix<"da", power_of_ten(1), deca> {
} deca{};
inline constexpr struct hecto final : prefix<"h", power_of_ten(2), hecto> {
} hecto{};
inline constexpr struct kilo final : prefix<"k", power_of_ten(3), kilo> {
} kilo{};
inline constexpr struct mega final : prefix<"M", power_of_ten(6), mega> {
} mega{};
inline constexpr struct giga final : prefix<"G", power_of_ten(9), giga> {
} giga{};
inline constexpr struct tera final : prefix<"T", power_of_ten(12), tera> {
} tera{};
inline constexpr struct peta final : prefix<"P", power_of_ten(15), peta> {
} peta{};
inline constexpr struct exa final : prefix<"E", power_of_ten(18), exa> {
} exa{};
inline constexpr struct zetta final : prefix<"Z", power_of_ten(21), zetta> {
} zetta{};
inline constexpr struct yotta final : prefix<"Y", power_of_ten(24), yotta> {
} yotta{};
inline constexpr struct ronna final : prefix<"R", power_of_ten(27), ronna> {
} ronna{};
inline constexpr struct quetta final : prefix<"Q", power_of_ten(30), quetta> {
} quetta{};

inline constexpr struct kibi final : prefix<"Ki", power_of_two(10), kibi> {
} kibi{};
inline constexpr struct mebi final : prefix<"Mi", power_of_two(20), mebi> {
} mebi{};
inline constexpr struct gibi final : prefix<"Gi", power_of_two(30), gibi> {
} gibi{};
inline constexpr struct tebi final : prefix<"Ti", power_of_two(40), tebi> {
} tebi{};
inline constexpr struct pebi final : prefix<"Pi", power_of_two(50), pebi> {
} pebi{};
inline constexpr struct exbi final : prefix<"Ei", power_of_two(60), exbi> {
} exbi{};
inline constexpr struct zebi final : prefix<"Zi", power_of_two(70), zebi> {
} zebi{};
inline constexpr struct yobi final : prefix<"Yi", power_of_two(80), yobi> { } yobi{}; }  // namespace aiscale
