// Build-environment switches shared by every aiscale header: device annotations and forced inlining.
#pragma once

// Functions that make sense on a GPU carry AISCALE_HOST_DEVICE so that CUDA (nvcc, clang -x cuda)
// accepts them in __device__ code; elsewhere the macro is empty.
#if defined(__CUDACC__) || defined(__HIPCC__)
#define AISCALE_HOST_DEVICE __host__ __device__
#else
#define AISCALE_HOST_DEVICE
#endif

// The arithmetic operators are forced inline even at -O0 so that debug builds of quantity code
// execute close to the instructions of the same code on plain doubles (measured in benchmarks/).
#if defined(__has_cpp_attribute)
#if __has_cpp_attribute(gnu::always_inline)
#define AISCALE_ALWAYS_INLINE [[gnu::always_inline]] inline
#endif
#endif
#ifndef AISCALE_ALWAYS_INLINE
#define AISCALE_ALWAYS_INLINE inline
#endif

// A rare path kept out of its caller, so that the common path does not save and spill registers
// for it (the fast text reader's long words, measured in benchmarks/text/).
#if defined(__has_cpp_attribute)
#if __has_cpp_attribute(gnu::noinline)
#define AISCALE_NOINLINE [[gnu::noinline]]
#endif
#endif
#ifndef AISCALE_NOINLINE
#define AISCALE_NOINLINE
#endif

// Marks the small hot functions: value access, arithmetic, comparisons.
#define AISCALE_HOT AISCALE_ALWAYS_INLINE AISCALE_HOST_DEVICE

// The builders give a number's bits a new unit (core/quantity.hpp): AISCALE_BIT_CAST(value, type) is
// std::bit_cast<type>(value) (the type last, as its commas are the macro's), spelt as the
// built-in that g++, clang and nvcc implement it with where they have it, since at -O0 the library
// function is one more call per operator (benchmarks/README.md, instructions at -O0).
#if defined(__has_builtin) && !defined(AISCALE_BIT_CAST)
#if __has_builtin(__builtin_bit_cast)
#define AISCALE_BIT_CAST(value, ...) __builtin_bit_cast(__VA_ARGS__, value)
#endif
#endif
#ifndef AISCALE_BIT_CAST
#include <bit>
#define AISCALE_BIT_CAST(value, ...) ::std::bit_cast<__VA_ARGS__>(value)
#endif
