// Data: bits and bytes with SI prefixes (GB = 1e9 B, as memory vendors print bandwidth) and
// binary prefixes (GiB = 2^30 B, as operating systems print memory).
#pragma once

#include "aiscale/core/unit.hpp"
#include "aiscale/units/prefixes.hpp"

namespace aiscale {

inline constexpr base_unit_t<"information", "bit"> bit{};
inline constexpr auto byte = named<"B">(mag<8> * bit);

inline constexpr auto kB = kilo(byte);
inline constexpr auto MB = mega(byte);
inline constexpr auto GB = giga(byte);
inline constexpr auto TB = tera(byte);
inline constexpr auto PB = peta(byte);
inline constexpr auto EB = exa(byte);

inline constexpr auto KiB = kibi(byte);
inline constexpr auto MiB = mebi(byte);
inline constexpr auto GiB = gibi(byte);
inline constexpr auto TiB = tebi(byte);
inline constexpr auto PiB = pebi(byte);
inline constexpr auto EiB = exbi(byte);

inline constexpr auto Gbit = giga(bit);
inline constexpr auto Tbit = tera(bit);

}  // namespace aiscale
