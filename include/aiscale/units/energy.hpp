// Energy and power. The watt is a joule per second: power times time is energy, and energy per
// time is power, so "TWh per year" is a power and "GW for a year" an energy.
#pragma once

#include "aiscale/core/unit.hpp"
#include "aiscale/units/prefixes.hpp"
#include "aiscale/units/time.hpp"

namespace aiscale {

inline constexpr struct J final : base_unit_t<"energy", "J"> {
} J{};
inline constexpr struct kJ final : decltype(kilo(J)) {
} kJ{};
inline constexpr struct MJ final : decltype(mega(J)) {
} MJ{};
inline constexpr struct GJ final : decltype(giga(J)) {
} GJ{};
inline constexpr struct TJ final : decltype(tera(J)) {
} TJ{};
inline constexpr struct PJ final : decltype(peta(J)) {
} PJ{};

inline constexpr struct W final : decltype(named<"W">(J / s)) {
} W{};
inline constexpr struct kW final : decltype(kilo(W)) {
} kW{};
inline constexpr struct MW final : decltype(mega(W)) {
} MW{};
inline constexpr struct GW final : decltype(giga(W)) {
} GW{};
inline constexpr struct TW final : decltype(tera(W)) {
} TW{};

inline constexpr struct Wh final : decltype(named<"Wh">(W * h)) {
} Wh{};
inline constexpr struct kWh final : decltype(kilo(Wh)) {
} kWh{};
inline constexpr struct MWh final : decltype(mega(Wh)) {
} MWh{};
inline constexpr struct GWh final : decltype(giga(Wh)) {
} GWh{};
inline constexpr struct TWh final : decltype(tera(Wh)) {
} TWh{};
inline constexpr struct PWh final : decltype(peta(Wh)) { } PWh{}; }  // namespace aiscale
