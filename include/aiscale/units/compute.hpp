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

inline constexpr numeric_format<""> unknown_format{};
inline constexpr numeric_format<"FP64"> fp64{};
inline constexpr numeric_format<"FP32"> fp32{};
inline constexpr numeric_format<"TF32"> tf32{};
inline constexpr numeric_format<"BF16"> bf16{};
inline constexpr numeric_format<"FP16"> fp16{};
inline constexpr numeric_format<"FP8"> fp8{};
inline constexpr numeric_format<"FP4"> fp4{};
inline constexpr numeric_format<"INT8"> int8{};

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

// One floating-point operation of a format: flop_of(bf16) prints "FLOP(BF16)".
template <numeric_format_type F>
AISCALE_HOST_DEVICE constexpr auto flop_of(F) {
  return detail::flop_unit_for<F>();
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

// Rewrites "TFLOP(BF16)" to "TFLOP(FP8)" (or "TFLOP") in every factor, and the dimension with it.
constexpr wide_def retag_compute(const wide_def& w, char_view to_label) {
  const compute_label_result from = compute_label(w);
  wide_def r;
  for (std::size_t i = 0; i != w.term_count; ++i) {
    const char_view t = w.term_text(i);
    const std::size_t at = t.find("FLOP");
    if (at == char_view::npos) {
      r.add_term(t, {w.terms[i].num, w.terms[i].den}, w.terms[i].spaced);
      continue;
    }
    std::size_t rest = at + 4;
    if (rest < t.size() && t[rest] == '(') rest = t.find(')', rest) + 1;
    char buf[128]{};
    std::size_t n = 0;
    const auto put = [&](char_view part) {
      for (const char c : part)
        if (n < sizeof buf) buf[n++] = c;
    };
    put(t.substr(0, at + 4));
    if (!to_label.empty()) put("("), put(to_label), put(")");
    put(t.substr(rest));
    r.add_term(char_view(buf, n), {w.terms[i].num, w.terms[i].den}, w.terms[i].spaced);
  }
  const dimension_name from_dim = compute_dimension(from.label), to_dim = compute_dimension(to_label);
  for (std::size_t i = 0; i != w.dim_count; ++i) {
    const bool is_from = w.dim_name(i) == from_dim.view();
    r.add_dim(is_from ? to_dim.view() : w.dim_name(i), {w.dims[i].num, w.dims[i].den});
  }
  r.mag = w.mag;
  return r;
}

template <auto U, class Format>
AISCALE_HOST_DEVICE constexpr auto retagged_unit() {
  static_assert(compute_label(widen(unit_t<U>::def)).found,
                "aiscale: assume_format applies to compute quantities (FLOP, FLOP/s, FLOP/J ...)");
  AISCALE_DETAIL_FINISH_UNIT(retag_compute(widen(unit_t<U>::def), Format::label.view()));
}

}  // namespace detail

// Declares that a compute figure is of a given format: assume_format(200 * EFLOPS, fp8) reads a
// format-free "200 ExaFLOPS" as FP8; assume_format(x, unknown_format) forgets a format. The
// number is kept as it is: no fixed factor relates formats, so the caller owns the assumption.
template <auto U, class R, numeric_format_type F>
AISCALE_HOST_DEVICE constexpr auto assume_format(const quantity<U, R>& q, F) {
  return quantity<detail::retagged_unit<U, F>(), R>(q.value());
}

// The same figure with its format dropped, as a format-free FLOP figure.
template <auto U, class R>
AISCALE_HOST_DEVICE constexpr auto forget_format(const quantity<U, R>& q) {
  return assume_format(q, unknown_format);
}

}  // namespace aiscale
