// SI prefixes from quecto (1e-30) to quetta (1e30), and the binary prefixes kibi (2^10) to yobi
// (2^80). Each applies to one named unit: giga(W) is "GW"; the factors are exact.
#pragma once

#include "aiscale/core/unit.hpp"

namespace aiscale {

inline constexpr prefix<"q", power_of_ten(-30)> quecto{};
inline constexpr prefix<"r", power_of_ten(-27)> ronto{};
inline constexpr prefix<"y", power_of_ten(-24)> yocto{};
inline constexpr prefix<"z", power_of_ten(-21)> zepto{};
inline constexpr prefix<"a", power_of_ten(-18)> atto{};
inline constexpr prefix<"f", power_of_ten(-15)> femto{};
inline constexpr prefix<"p", power_of_ten(-12)> pico{};
inline constexpr prefix<"n", power_of_ten(-9)> nano{};
inline constexpr prefix<"\u00b5", power_of_ten(-6)> micro{};
inline constexpr prefix<"m", power_of_ten(-3)> milli{};
inline constexpr prefix<"c", power_of_ten(-2)> centi{};
inline constexpr prefix<"d", power_of_ten(-1)> deci{};
inline constexpr prefix<"da", power_of_ten(1)> deca{};
inline constexpr prefix<"h", power_of_ten(2)> hecto{};
inline constexpr prefix<"k", power_of_ten(3)> kilo{};
inline constexpr prefix<"M", power_of_ten(6)> mega{};
inline constexpr prefix<"G", power_of_ten(9)> giga{};
inline constexpr prefix<"T", power_of_ten(12)> tera{};
inline constexpr prefix<"P", power_of_ten(15)> peta{};
inline constexpr prefix<"E", power_of_ten(18)> exa{};
inline constexpr prefix<"Z", power_of_ten(21)> zetta{};
inline constexpr prefix<"Y", power_of_ten(24)> yotta{};
inline constexpr prefix<"R", power_of_ten(27)> ronna{};
inline constexpr prefix<"Q", power_of_ten(30)> quetta{};

inline constexpr prefix<"Ki", power_of_two(10)> kibi{};
inline constexpr prefix<"Mi", power_of_two(20)> mebi{};
inline constexpr prefix<"Gi", power_of_two(30)> gibi{};
inline constexpr prefix<"Ti", power_of_two(40)> tebi{};
inline constexpr prefix<"Pi", power_of_two(50)> pebi{};
inline constexpr prefix<"Ei", power_of_two(60)> exbi{};
inline constexpr prefix<"Zi", power_of_two(70)> zebi{};
inline constexpr prefix<"Yi", power_of_two(80)> yobi{};

}  // namespace aiscale
