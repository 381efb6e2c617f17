// A trie of a word table (ASCII case folded), built at compile time, so that reading a word is one
// pass over the text's bytes instead of trying every candidate word at a position.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "aiscale/text/detail/chars.hpp"
#include "aiscale/text/detail/vocabulary.hpp"

namespace aiscale::detail::text {

inline constexpr std::uint16_t no_entry = 0xFFFF;

struct trie_node {
  std::uint16_t first_child = 0;  // 0: none (the root is never a child)
  std::uint16_t next_sibling = 0;
  std::uint16_t first_entry = no_entry;  // the entries whose folded text ends here, in table order
  char byte = 0;                         // the folded byte leading here; ' ' stands for any run of spaces
};

// Whether a word ends with a letter or digit, so that a boundary must follow it ("bn" must not
// match the start of "bne"; "Mrd." and "$" need none).
constexpr bool needs_boundary(std::string_view w) {
  if (w.empty()) return false;
  const char last = w.back();
  if (is_ascii_alnum(last)) return true;
  return w.size() >= 2 && is_letter_lead(w[w.size() - 2]) && (byte(last) & 0xC0) == 0x80;
}

template <std::size_t Nodes, std::size_t N>
struct word_trie {
  std::uint16_t root[256]{};  // the root's child per folded first byte
  trie_node nodes[Nodes]{};
  std::uint16_t next_entry[N]{};  // the next entry ending at the same node, no_entry at the end
  lang_mask langs[N]{};
  bool exact[N]{};     // case-sensitive: the text must match byte for byte
  bool boundary[N]{};  // a word boundary must follow (needs_boundary)
  bool spaced[N]{};    // the word has a space, which matches spaces of any kind and number
  std::size_t count = 1;
};

constexpr lang_mask langs_of(const prefix_entry&) { return ALL; }
template <class Entry>
constexpr lang_mask langs_of(const Entry& e) {
  return e.langs;
}
constexpr bool exact_of(const prefix_entry& p) { return p.symbol; }
template <class Entry>
constexpr bool exact_of(const Entry& e) {
  return (e.flags & CS) != 0;
}

// A prefix is followed by its unit, never by a word boundary.
constexpr bool boundary_of(const prefix_entry&) { return false; }
template <class Entry>
constexpr bool boundary_of(const Entry& e) {
  return needs_boundary(e.text);
}

template <class Entry, std::size_t N>
constexpr std::size_t trie_size(const Entry (&table)[N]) {
  std::size_t n = 1;
  for (const Entry& e : table) n += e.text.size();
  return n;
}

template <std::size_t Nodes, class Entry, std::size_t N>
constexpr word_trie<Nodes, N> build_trie(const Entry (&table)[N]) {
  word_trie<Nodes, N> t;
  for (std::size_t k = 0; k != N; ++k) {
    const std::string_view text = table[k].text;
    std::size_t node = 0;
    for (std::size_t j = 0; j != text.size(); ++j) {
      const char c = lower(text[j]);
      std::uint16_t child = j == 0 ? t.root[byte(c)] : t.nodes[node].first_child;
      while (child != 0 && t.nodes[child].byte != c) child = t.nodes[child].next_sibling;
      if (child == 0) {
        child = static_cast<std::uint16_t>(t.count++);
        t.nodes[child].byte = c;
        if (j == 0) {
          t.root[byte(c)] = child;
        } else {
          t.nodes[child].next_sibling = t.nodes[node].first_child;
          t.nodes[node].first_child = child;
        }
      }
      node = child;
    }
    // Appended, so that entries of equal length keep table order (the first one wins ties).
    t.next_entry[k] = no_entry;
    t.langs[k] = langs_of(table[k]);
    t.exact[k] = exact_of(table[k]);
    t.boundary[k] = boundary_of(table[k]);
    t.spaced[k] = text.find(' ') != std::string_view::npos;
    std::uint16_t* link = &t.nodes[node].first_entry;
    while (*link != no_entry) link = &t.next_entry[*link];
    *link = static_cast<std::uint16_t>(k);
  }
  return t;
}

inline constexpr auto scale_trie = build_trie<trie_size(scale_words)>(scale_words);
inline constexpr auto currency_trie = build_trie<trie_size(currencies)>(currencies);
inline constexpr auto unit_trie = build_trie<trie_size(units)>(units);
inline constexpr auto prefix_trie = build_trie<trie_size(prefixes)>(prefixes);

// Whether any word of trie t starts at s[i]: a table lookup that spares the walk's setup.
template <std::size_t Nodes, std::size_t N>
constexpr bool may_start(const word_trie<Nodes, N>& t, std::string_view s, std::size_t i) {
  return i < s.size() && t.root[byte(lower(s[i]))] != 0;
}

// Calls f(first entry, end) for each node on the path of s[i...] where entries end, shortest first.
// A space in a word matches one or more spaces of any kind, as match() reads it.
template <std::size_t Nodes, std::size_t N, class F>
constexpr void walk(const word_trie<Nodes, N>& t, std::string_view s, std::size_t i, F f) {
  if (i >= s.size()) return;
  std::uint16_t node = t.root[byte(lower(s[i]))];
  ++i;
  while (node != 0) {
    if (t.nodes[node].first_entry != no_entry) f(t.nodes[node].first_entry, i);
    if (i >= s.size()) return;
    const std::uint16_t first = t.nodes[node].first_child;
    if (first == 0) return;
    const std::size_t space = space_at(s, i);
    const char c = space != 0 ? ' ' : lower(s[i]);
    std::uint16_t child = first;
    while (child != 0 && t.nodes[child].byte != c) child = t.nodes[child].next_sibling;
    node = child;
    i = space != 0 ? skip_spaces(s, i) : i + 1;
  }
}

// Whether entry k of trie t, reached at s[i, end), is a word of langs there: its case, if it has
// one, and the word boundary after it.
template <std::size_t Nodes, std::size_t N>
constexpr bool entry_fits(const word_trie<Nodes, N>& t, std::size_t k, std::string_view text, std::string_view s,
                          std::size_t i, std::size_t end, lang_mask langs) {
  if ((t.langs[k] & langs) == 0) return false;
  if (t.exact[k]) {
    // The walk matched the folded bytes; a word without spaces has as many bytes as it matched.
    if (t.spaced[k]) {
      if (match(s, i, text, false) != end - i) return false;
    } else {
      for (std::size_t j = 0; j != text.size(); ++j)
        if (s[i + j] != text[j]) return false;
    }
  }
  return !t.boundary[k] || boundary_at(s, end);
}

}  // namespace aiscale::detail::text
