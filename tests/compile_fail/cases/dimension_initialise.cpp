// Initialising a power from money (copy-initialisation). Not a refused overload: a converting
// constructor that refuses would take part in every implicit conversion and make a user's overloads
// on two dimensions ambiguous, so the refusal is the constraint's. g++ says so in four lines, naming
// both units; clang lists the candidate constructors and conversion functions (25 lines with clang 14,
// 29 with clang 19, benchmarks/README.md) and is held to that, not to 15.
// expect-error: dimension_initialise\.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: conversion from .*aiscale::usd.* to non-scalar type .*aiscale::W[,>].* requested
// clang-first-error-says: no viable conversion from
// first-error-says: dimension_initialise\.cpp:17:[0-9]+: error:
// gcc-first-error-names: USD W
// names: USD W
// gcc-max-lines: 15
// clang-max-lines: 29
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::W> p = 3.0 * ai::usd;
#else
inline constexpr ai::quantity<ai::W> p = 3.0 * ai::kW;
#endif
