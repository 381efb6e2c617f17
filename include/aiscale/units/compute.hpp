// Compute: FLOP (work, a count of operations) and FLOP/s (a rate), each of a numeric format and
// a sparsity. A BF16 FLOP and an FP64 FLOP are different dimensions: no implicit conversion
// exists between them, because no fixed factor does. Moving a figure from one format to another
// is an assumption, made visible with assume_format.
#pragma once

#include <concepts>
#include <cstddef>
#include "aiscale/core/char_view.hpp"

#include "aiscale/core/fixed_string.hpp"
#include "aiscale/core/quantity.hpp"
#include "aiscale/core/unit.hpp"
#include "aiscale/units/prefixes.hpp"
#include "aiscale/units/time.hpp"

namespace aiscale {

enum class sparsity { dense, sparse_2_4 };

// A numeric format tag: fp64, bf16, sparse(fp8) ... and unknown_format for a figure that does
// not say ("200 ExaFLOPS" in a news article).
template <fixed_string Name, sparsity Sparsity = sparsity::dense>
struct numeric_format {
  static constexpr auto name = Name;
  static constexpr sparsity sparsity_kind = Sparsity;
  // The compute dimension's name and the label printed after FLOP: "BF16", "BF16 sparse".
  static constexpr auto label = [] {
    if constexpr (Sparsity == sparsity::dense)
      return Name;
    else
      return Name + fixed_string(" sparse");
  }();
};

// A numeric format tag type, as function templates take one: template <numeric_format_type F>.
// Recognised through its members rather than by matching numeric_format<Name, S>: nvcc 13 cannot
// deduce a class-type template argument (fixed_string) from a function parameter.
template <class T>
concept numeric_format_type = requires {
  T::name;
  T::label;
  { T::sparsity_kind } -> std::convertible_to<sparsity>;
};
template <class T>
concept dense_format_type = numeric_format_type<T> && T::sparsity_kind == sparsity::dense;

inline constexpr struct unknown_format final : numeric_format<""> {
} unknown_format{};
inline constexpr struct fp64 final : numeric_format<"FP64"> {
} fp64{};
inline constexpr struct fp32 final : numeric_format<"FP32"> {
} fp32{};
inline constexpr struct tf32 final : numeric_format<"TF32"> {
} tf32{};
inline constexpr struct bf16 final : numeric_format<"BF16"> {
} bf16{};
inline constexpr struct fp16 final : numeric_format<"FP16"> {
} fp16{};
inline constexpr struct fp8 final : numeric_format<"FP8"> {
} fp8{};
inline constexpr struct fp4 final : numeric_format<"FP4"> {
} fp4{};
inline constexpr struct int8 final : numeric_format<"INT8"> {
} int8{};

// The 2:4 structured-sparsity variant of a format: sparse(bf16).
template <dense_format_type F>
AISCALE_HOST_DEVICE constexpr numeric_format<F::name, sparsity::sparse_2_4> sparse(F) {
  return {};
}

namespace detail {
template <class Format>
AISCALE_HOST_DEVICE constexpr auto flop_unit_for() {
  if constexpr (Format::label.size() == 0)
    return base_unit<"compute", "FLOP">;
  else
    return base_unit<fixed_string("compute:") + Format::label,
                     fixed_string("FLOP(") + Format::label + fixed_string(")")>;
}
}  // namespace detail

// One floating-point operation of format F, a class of its own that compilers print as
// flop_unit<bf16>; its symbol is "FLOP(BF16)".
template <class F>
struct flop_unit final : decltype(detail::flop_unit_for<F>()) {};

// One floating-point operation of a format: flop_of(bf16) prints "FLOP(BF16)".
template <numeric_format_type F>
AISCALE_HOST_DEVICE constexpr flop_unit<F> flop_of(F) {
  return {};
}
template <numeric_format_type F>
AISCALE_HOST_DEVICE constexpr auto FLOPS_of(F f) {
  return flop_of(f) / s;
}
template <numeric_format_type F>
AISCALE_HOST_DEVICE constexpr auto GFLOPS_of(F f) {
  return giga(flop_of(f)) / s;
}
template <numeric_format_type F>
AISCALE_HOST_DEVICE constexpr auto TFLOPS_of(F f) {
  return tera(flop_of(f)) / s;
}
template <numeric_format_type F>
AISCALE_HOST_DEVICE constexpr auto PFLOPS_of(F f) {
  return peta(flop_of(f)) / s;
}
template <numeric_format_type F>
AISCALE_HOST_DEVICE constexpr auto EFLOPS_of(F f) {
  return exa(flop_of(f)) / s;
}
template <numeric_format_type F>
AISCALE_HOST_DEVICE constexpr auto ZFLOPS_of(F f) {
  return zetta(flop_of(f)) / s;
}

// Format-free work and rate, for figures that do not say their format.
inline constexpr auto flop = flop_of(unknown_format);
inline constexpr auto FLOPS = flop / s;
inline constexpr auto GFLOPS = giga(flop) / s;
inline constexpr auto TFLOPS = tera(flop) / s;
inline constexpr auto PFLOPS = peta(flop) / s;
inline constexpr auto EFLOPS = exa(flop) / s;
inline constexpr auto ZFLOPS = zetta(flop) / s;

namespace detail {

// Every compute dimension's label: the unknown format's, then each declared format's, dense and 2:4
// sparse. Read from the declarations above, so that a format's name is written once (the sparse
// label spelt as sparse()'s type: nvcc 13 refuses to instantiate sparse() here, and takes the
// formats as types, not objects).
template <class... Formats>
inline constexpr char_view format_labels[] = {char_view(unknown_format.label), char_view(Formats::label)...,
                                              char_view(numeric_format<Formats::name, sparsity::sparse_2_4>::label)...};
inline constexpr const auto& compute_labels =
    format_labels<decltype(fp64), decltype(fp32), decltype(tf32), decltype(bf16), decltype(fp16), decltype(fp8),
                  decltype(fp4), decltype(int8)>;

// The base dimension of compute of a format, as flop_of declares it: "compute:BF16", or "compute".
AISCALE_HOST_DEVICE constexpr dimension_name compute_dimension(char_view label) {
  return label.empty() ? join_dimension_name("compute", {}) : join_dimension_name("compute:", label);
}

// The label of the compute dimension a unit has, or a null view when it has none.
struct compute_label_result {
  char_view label;
  bool found = false;
};
// Host-only: they read compute_labels, a host array, and run only in constant evaluation.
constexpr compute_label_result compute_label(const wide_def& w) {
  compute_label_result r;
  for (std::size_t i = 0; i != w.dim_count; ++i)
    for (const char_view l : compute_labels)
      if (w.dim_name(i) == compute_dimension(l).view()) {
        if (r.found) return {{}, false};  // two compute dimensions: ambiguous
        r = {l, true};
      }
  return r;
}

// The same unit with its FLOP factors of another format: flop_unit<bf16> becomes flop_unit<fp8>, and
// prefixed_unit<tera, flop_unit<bf16>> prefixed_unit<tera, flop_unit<fp8>>; the product is put in
// canonical form again, so that assume_format(x, unknown_format) has the very type of TFLOPS.
template <class U, class To>
struct retag_factor {
  using type = U;
};
template <class F, class To>
struct retag_factor<flop_unit<F>, To> {
  using type = flop_unit<To>;
};
template <class P, class F, class To>
struct retag_factor<prefixed_unit<P, flop_unit<F>>, To> {
  using type = prefixed_unit<P, flop_unit<To>>;
};
template <class List, class To>
struct retag_factors;
template <class... Us, std::int32_t... Nums, std::int32_t... Dens, class To>
struct retag_factors<factor_list<factor<Us, Nums, Dens>...>, To> {
  using type = factor_list<factor<typename retag_factor<Us, To>::type, Nums, Dens>...>;
};

template <class U, class Format>
struct retagged_unit {
  static_assert(compute_label(widen(U::def)).found,
                "aiscale: assume_format applies to compute quantities (FLOP, FLOP/s, FLOP/J ...)");
  using type = typename canonical<typename retag_factors<typename factors_of<U, 1, 1>::type, Format>::type>::type;
  static_assert(compute_label(widen(type::def)).label == Format::label.view(),
                "aiscale: assume_format changes the format of FLOP units (flop_of, FLOPS_of, their prefixes); "
                "a unit named over FLOP keeps its own");
};

}  // namespace detail

// Declares that a compute figure is of a given format: assume_format(200 * EFLOPS, fp8) reads a
// format-free "200 ExaFLOPS" as FP8; assume_format(x, unknown_format) forgets a format. The
// number is kept as it is: no fixed factor relates formats, so the caller owns the assumption.
template <class U, class R, numeric_format_type F>
AISCALE_HOST_DEVICE constexpr auto assume_format(const basic_quantity<U, R>& q, F) {
  return basic_quantity<typename detail::retagged_unit<U, F>::type, R>(q.value());
}

// The same figure with its format dropped, as a format-free FLOP figure.
template <class U, class R>
AISCALE_HOST_DEVICE constexpr auto forget_format(const basic_quantity<U, R>& q) {
  return assume_format(q, unknown_format);
}

}  // namespace aiscale
