// The languages the text layer reads and writes, and which of them use the long scale.
#pragma once

#include <cstdint>
#include <string_view>

namespace aiscale {

// lang::guess lets parse() find the language from the words it reads; when the language would
// change the number ("1.000", "3 billion"), the answer is an error, never a guess.
enum class lang : std::uint8_t { en, de, nl, fr, es, it, guess };

inline constexpr lang all_languages[] = {lang::en, lang::de, lang::nl, lang::fr, lang::es, lang::it};

// Whether l is one of lang's enumerators: a value cast from an integer may be none of them, and the
// text layer answers such a value with an error (parse, extract), English (format) or "unknown".
constexpr bool is_valid(lang l) { return static_cast<std::uint8_t>(l) <= static_cast<std::uint8_t>(lang::guess); }

// The ISO 639-1 code: "en", "de" ...; "guess" for lang::guess; "unknown" for a value that is no lang.
constexpr std::string_view code_of(lang l) {
  constexpr std::string_view codes[] = {"en", "de", "nl", "fr", "es", "it", "guess"};
  return is_valid(l) ? codes[static_cast<std::uint8_t>(l)] : "unknown";
}

// The language of an ISO 639-1 code, or lang::guess for any other text.
constexpr lang lang_from_code(std::string_view code) {
  for (const lang l : all_languages)
    if (code_of(l) == code) return l;
  return lang::guess;
}

// A German "Billion" is 10^12, an English "billion" 10^9.
constexpr bool uses_long_scale(lang l) { return l != lang::en && l != lang::guess && is_valid(l); }

namespace detail::text {
using lang_mask = std::uint8_t;
inline constexpr lang_mask all_langs = 0x3f;
constexpr lang_mask bit(lang l) { return static_cast<lang_mask>(1u << static_cast<unsigned>(l)); }
}  // namespace detail::text

}  // namespace aiscale
