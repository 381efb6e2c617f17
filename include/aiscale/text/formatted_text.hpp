// formatted_text: what format() returns, a small fixed-capacity UTF-8 string, so formatting
// needs no allocation and works in constant evaluation.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string_view>

namespace aiscale {

class formatted_text {
 public:
  static constexpr std::size_t capacity = 159;

  constexpr std::string_view view() const { return {data_, size_}; }
  constexpr operator std::string_view() const { return view(); }  // NOLINT(google-explicit-constructor)
  constexpr const char* c_str() const { return data_; }
  constexpr std::size_t size() const { return size_; }
  // Whether everything fit; text past the capacity is dropped, and the text ends with the last
  // whole UTF-8 character that fit.
  constexpr bool complete() const { return !truncated_; }

  constexpr void append(std::string_view text) {
    for (const char c : text) append(c);
  }
  constexpr void append(char c) {
    if (truncated_) return;
    if (size_ < capacity) {
      data_[size_++] = c;
      return;
    }
    truncated_ = true;
    // A continuation byte that does not fit: the character it belongs to is dropped whole, from
    // its lead byte on, so that the text stays valid UTF-8.
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) {
      std::size_t k = size_;
      while (k != 0 && size_ - k < 3 && (static_cast<unsigned char>(data_[k - 1]) & 0xC0) == 0x80) --k;
      if (k != 0) --k;
      size_ = k;
      data_[size_] = '\0';
    }
  }

  friend constexpr bool operator==(const formatted_text& a, std::string_view b) { return a.view() == b; }
  friend constexpr bool operator==(const formatted_text& a, const formatted_text& b) { return a.view() == b.view(); }

  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const formatted_text& t) {
    // std::streamsize is declared by <ios>, which <iosfwd> need not provide (libc++'s does not);
    // width() returns it, and naming it through the stream waits until the caller has included it.
    return os.write(t.data_, static_cast<decltype(os.width())>(t.size_));
  }

 private:
  char data_[capacity + 1]{};
  std::size_t size_ = 0;
  bool truncated_ = false;
};

}  // namespace aiscale
