// A string of compile-time length, usable as a template argument: unit symbols and dimension names.
#pragma once

#include <cstddef>
#include "aiscale/core/char_view.hpp"

#include "aiscale/core/config.hpp"

namespace aiscale {

template <std::size_t N>
struct fixed_string {
  // Public so that fixed_string is a structural type (C++20 class-type template arguments).
  char data_[N + 1]{};

  constexpr fixed_string() = default;
  AISCALE_HOST_DEVICE constexpr fixed_string(const char (&text)[N + 1]) {  // NOLINT(google-explicit-constructor)
    for (std::size_t i = 0; i != N + 1; ++i) data_[i] = text[i];
  }
  AISCALE_HOST_DEVICE static constexpr std::size_t size() { return N; }
  AISCALE_HOST_DEVICE constexpr const char* c_str() const { return data_; }
  AISCALE_HOST_DEVICE constexpr char_view view() const { return {data_, N}; }
  AISCALE_HOST_DEVICE constexpr operator char_view() const { return view(); }  // NOLINT(google-explicit-constructor)

  template <std::size_t M>
  constexpr bool operator==(const fixed_string<M>& other) const {
    return view() == other.view();
  }
};

template <std::size_t N>
fixed_string(const char (&)[N]) -> fixed_string<N - 1>;

// Joins two names at compile time: "money:" + Code.
template <std::size_t N, std::size_t M>
AISCALE_HOST_DEVICE constexpr fixed_string<N + M> operator+(const fixed_string<N>& a, const fixed_string<M>& b) {
  fixed_string<N + M> r{};
  for (std::size_t i = 0; i != N; ++i) r.data_[i] = a.data_[i];
  for (std::size_t i = 0; i != M; ++i) r.data_[N + i] = b.data_[i];
  return r;
}

}  // namespace aiscale
