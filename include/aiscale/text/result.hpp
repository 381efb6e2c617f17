// parse_result<T>: a value or a parse_error (what was wrong and at which byte). Errors are values,
// so the text layer works without exceptions and inside constant evaluation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "aiscale/core/failure.hpp"

namespace aiscale {

enum class parse_errc : std::uint8_t {
  empty_input,         // nothing but spaces
  expected_number,     // no digits where a number must start
  bad_number,          // a number in another language's notation: "1,5" in English, "1.5" in German
  trailing_text,       // a figure was read, then text that is not part of it
  incomplete_range,    // "4 bis" with no second number
  ambiguous_language,  // lang::guess, and the languages that read the text disagree on its value
  wrong_dimension,     // parse_as: the text is a figure of another kind (GW where USD was asked)
  is_range,            // parse_as: the text is a range; use parse_range_as
  too_large,           // the number does not fit a double
  too_small,           // the number is not zero but closer to zero than the smallest double
  other_language,      // a scale word of another language ("$3 trillion" read as French)
  unknown_language,    // the lang value is none of lang's enumerators
  unknown_unit,        // a misspelt unit or currency after the number ("12 kw": expected "kW")
  unknown_per_unit,    // a figure per something with no kind ("$5 per share", "3 GPUs per server")
  unknown_currency,  // a sum whose currency cannot be told ("\u00a5380 billion": yen or yuan; "$500 millones de pesos")
};

constexpr std::string_view message_of(parse_errc e) {
  switch (e) {
    case parse_errc::empty_input:
      return "no figure: the text is empty";
    case parse_errc::expected_number:
      return "expected a number";
    case parse_errc::bad_number:
      return "not a number in this language (check decimal and grouping separators)";
    case parse_errc::trailing_text:
      return "text after the figure is not part of it";
    case parse_errc::incomplete_range:
      return "a range needs a second number";
    case parse_errc::ambiguous_language:
      return "the language decides this figure's value and the text does not say which: pass a language";
    case parse_errc::wrong_dimension:
      return "the figure is of another kind than the unit asked for";
    case parse_errc::is_range:
      return "the figure is a range; read it with parse_range_as";
    case parse_errc::too_large:
      return "the number is too large";
    case parse_errc::too_small:
      return "the number is too small for a double and is not zero";
    case parse_errc::other_language:
      return "a scale word of another language: pass that language (or lang::guess)";
    case parse_errc::unknown_language:
      return "the lang value is not a language";
    case parse_errc::unknown_unit:
      return "unknown unit or currency (case matters for symbols)";
    case parse_errc::unknown_per_unit:
      return "a figure per something that has no kind here: not read as the amount alone";
    case parse_errc::unknown_currency:
      return "the sum's currency cannot be told (\u00a5 is yen or yuan, $ also the peso): write its code (JPY, CNY, "
             "USD)";
  }
  return "unknown error";
}

struct parse_error {
  parse_errc code = parse_errc::empty_input;
  std::size_t offset = 0;          // byte offset into the text where reading failed
  std::size_t length = 0;          // the bytes from offset that were found wrong (found_in); 0 if none
  std::string_view expected = {};  // what would be right, where the reader knows: "kW", "USD", a notation
  std::string_view found = {};     // what was found, where it is no span of the text: "EUR", "power"

  constexpr std::string_view message() const { return message_of(code); }
  // The text found wrong ("kw" of "12 kw", "1,5" of "1,5 GW" in English): a view into text.
  constexpr std::string_view found_in(std::string_view text) const {
    const std::size_t at = offset < text.size() ? offset : text.size();
    return text.substr(at, length);
  }
  // The same failure at the same place; the details follow from the text.
  friend constexpr bool operator==(const parse_error& a, const parse_error& b) {
    return a.code == b.code && a.offset == b.offset;
  }
};

namespace detail::text {
// Tag of parse_result's constructor that builds the value in place (see parse()).
struct build_in_place {};
}  // namespace detail::text

// An expected-like result. value() on an error calls the failure handler (docs/failures.md), which
// stops the program, or fails constant evaluation; check has_value() or use value_or() first.
template <class T>
class parse_result {
 public:
  constexpr parse_result(const T& val) : value_(val), ok_(true) {}  // NOLINT(google-explicit-constructor)
  constexpr parse_result(parse_error e) : error_(e), ok_(false) {}  // NOLINT(google-explicit-constructor)
  // The value as build() returns it, constructed in place (no copy of a large T), then the
  // outcome that build() left in status: a Status with .ok and .error.
  template <class Build, class Status>
  constexpr parse_result(detail::text::build_in_place, Build&& build, const Status& status) : value_(build()) {
    ok_ = status.ok;
    if (!ok_) error_ = status.error;
  }

  constexpr bool has_value() const { return ok_; }
  constexpr explicit operator bool() const { return ok_; }

  // The place of the call is reported; * and -> report their own (an operator takes no default argument).
  constexpr const T& value(source_location where = source_location::current()) const {
    if (!ok_)
      detail::bad_result_access("value() of a parse_result that holds an error (check has_value() first)", where);
    return value_;
  }
  constexpr const T& operator*() const { return value(); }
  constexpr const T* operator->() const { return &value(); }
  constexpr T value_or(const T& fallback) const { return ok_ ? value_ : fallback; }

  // The error; a default parse_error when there is none.
  constexpr parse_error error() const { return ok_ ? parse_error{} : error_; }

 private:
  T value_{};
  parse_error error_{};
  bool ok_ = false;
};

}  // namespace aiscale
