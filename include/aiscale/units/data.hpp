// Data: bits and bytes with SI prefixes (GB = 1e9 B, as memory vendors print bandwidth) and
// binary prefixes (GiB = 2^30 B, as operating systems print memory).
#pragma once

#include "aiscale/core/unit.hpp"
#include "aiscale/units/prefixes.hpp"

namespace aiscale {

inline constexpr struct bit final : base_unit_t<"information", "bit"> {
} bit{};
inline constexpr struct byte final : decltype(named<"B">(mag<8> * bit)) {
} byte{};

inline constexpr struct kB final : decltype(kilo(byte)) {
} kB{};
inline constexpr struct MB final : decltype(mega(byte)) {
} MB{};
inline constexpr struct GB final : decltype(giga(byte)) {
} GB{};
inline constexpr struct TB final : decltype(tera(byte)) {
} TB{};
inline constexpr struct PB final : decltype(peta(byte)) {
} PB{};
inline constexpr struct EB final : decltype(exa(byte)) {
} EB{};

inline constexpr struct KiB final : decltype(kibi(byte)) {
} KiB{};
inline constexpr struct MiB final : decltype(mebi(byte)) {
} MiB{};
inline constexpr struct GiB final : decltype(gibi(byte)) {
} GiB{};
inline constexpr struct TiB final : decltype(tebi(byte)) {
} TiB{};
inline constexpr struct PiB final : decltype(pebi(byte)) {
} PiB{};
inline constexpr struct EiB final : decltype(exbi(byte)) {
} EiB{};

inline constexpr struct Gbit final : decltype(giga(bit)) {
} Gbit{};
inline constexpr struct Tbit final : decltype(tera(bit)) { } Tbit{}; }  // namespace aiscale
