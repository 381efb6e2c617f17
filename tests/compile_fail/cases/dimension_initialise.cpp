// Initialising a power from money (copy-initialisation). Not a refused overload: a converting
// constructor that refuses would take part in every implicit conversion and make a user's overloads
// on two dimensions ambiguous, so the refusal is a substitution failure of the converting constructor.
// g++ says so in four lines, naming both units; clang lists every constructor that takes one argument
// and every conversion function (16 lines with clang 14, 18 with clang 19, benchmarks/README.md), one
// of them the constructor from a value, whose note names the mistake in words and what to write
// instead; it is held to that, not to 15.
// expect-error: dimension_initialise\.cpp:[0-9]+:[0-9]+: error:
// gcc-first-error-says: conversion from .*aiscale::usd.* to non-scalar type .*aiscale::W[,>].* requested
// clang-first-error-says: no viable conversion from
// clang-expect-error: note: .*substitution failure.*cannot_convert<.*money<aiscale::usd>, .*power<aiscale::W>, .*fix::
// clang-expect-error: fix::multiply_or_divide_by_what_relates_them<.*troubleshooting_md::different_dimensions>
// first-error-says: dimension_initialise\.cpp:21:[0-9]+: error:
// gcc-first-error-names: USD W
// names: USD W
// gcc-max-lines: 15
// clang-max-lines: 18
#include <aiscale/units.hpp>
namespace ai = aiscale;
#ifdef AISCALE_EXPECT_FAIL
inline constexpr ai::quantity<ai::W> p = 3.0 * ai::usd;
#else
inline constexpr ai::quantity<ai::W> p = 3.0 * ai::kW;
#endif
