// The lexer's word token: the words of the one index that start at a position of the text, each with
// its end and so with every role it has, read by one walk. The steps of the grammar that read at one
// position (after a number: a scale word, a currency, a unit or accelerators; after a figure: a per
// phrase or a per word) take the token instead of walking the index again at the same position.
#pragma once

#include <cstddef>
#include <string_view>

#include "aiscale/text/detail/word_index.hpp"

namespace aiscale::detail::text {

template <std::size_t Most>
struct word_token {
  std::size_t begin = 0;    // where the token starts: a position after spaces
  word_lookup<Most> words;  // every word of the index that starts there (none where walk was false)

  // Whether the token was read at i: a step that reads at another position walks there itself.
  constexpr bool at(std::size_t i) const { return begin == i; }
};

// The word token at s[i...]: one walk of index t, or none where walk is false (no word of a role the
// grammar reads there can start: a first-byte test, word_index::starts).
template <std::size_t Most, std::size_t Nodes, std::size_t N>
constexpr word_token<Most> lex_word(const word_index<Nodes, N>& t, std::string_view s, std::size_t i, bool walk) {
  return {i, lookup<Most>(t, s, walk ? i : s.size())};
}

}  // namespace aiscale::detail::text
