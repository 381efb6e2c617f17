// char_view: a read-only view of characters for unit symbols, dimension names and provenance
// text. The core does not include <string_view>, whose parsing alone costs a third of aiscale's
// include time; a char_view converts to std::string_view wherever the user has included it.
#pragma once

#include <cstddef>
#include <type_traits>

#include "aiscale/core/config.hpp"

namespace aiscale {

class char_view {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  constexpr char_view() = default;
  AISCALE_HOST_DEVICE constexpr char_view(const char* data, std::size_t size) : data_(data), size_(size) {}
  // From a string literal: "W/GPU" (the terminating zero is not part of the view).
  template <std::size_t N>
  AISCALE_HOST_DEVICE constexpr char_view(const char (&literal)[N])  // NOLINT(google-explicit-constructor)
      : data_(literal), size_(N - 1) {}

  AISCALE_HOST_DEVICE constexpr const char* data() const { return data_; }
  AISCALE_HOST_DEVICE constexpr std::size_t size() const { return size_; }
  AISCALE_HOST_DEVICE constexpr bool empty() const { return size_ == 0; }
  AISCALE_HOST_DEVICE constexpr const char* begin() const { return data_; }
  AISCALE_HOST_DEVICE constexpr const char* end() const { return data_ + size_; }
  AISCALE_HOST_DEVICE constexpr char operator[](std::size_t i) const { return data_[i]; }

  AISCALE_HOST_DEVICE constexpr char_view substr(std::size_t pos, std::size_t count = npos) const {
    if (pos > size_) pos = size_;
    const std::size_t rest = size_ - pos;
    return {data_ + pos, count < rest ? count : rest};
  }
  AISCALE_HOST_DEVICE constexpr std::size_t find(char_view s, std::size_t pos = 0) const {
    for (std::size_t i = pos; i + s.size_ <= size_; ++i)
      if (substr(i, s.size_) == s) return i;
    return npos;
  }
  AISCALE_HOST_DEVICE constexpr std::size_t find(char c, std::size_t pos = 0) const {
    for (std::size_t i = pos; i < size_; ++i)
      if (data_[i] == c) return i;
    return npos;
  }

  AISCALE_HOST_DEVICE friend constexpr bool operator==(char_view a, char_view b) {
    if (a.size_ != b.size_) return false;
    for (std::size_t i = 0; i != a.size_; ++i)
      if (a.data_[i] != b.data_[i]) return false;
    return true;
  }

  // To std::string_view, std::string or any type built from (pointer, size).
  template <class View>
  requires(!std::is_same_v<View, char_view> && std::is_constructible_v<View, const char*, std::size_t>) constexpr
  operator View() const {  // NOLINT(google-explicit-constructor)
    return View(data_, size_);
  }

 private:
  const char* data_ = "";
  std::size_t size_ = 0;
};

}  // namespace aiscale
