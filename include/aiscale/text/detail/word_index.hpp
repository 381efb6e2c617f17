// A trie of a word table (ASCII case folded), built at compile time, so that reading a word is one
// pass over the text's bytes instead of trying every candidate word at a position.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "aiscale/text/detail/chars.hpp"
#include "aiscale/text/detail/vocabulary.hpp"

namespace aiscale::detail::text {

inline constexpr std::uint16_t no_entry = 0xFFFF;

// A node of the flattened trie: its children are the consecutive nodes [child_begin, child_begin +
// child_count), so finding the next byte scans a few adjacent bytes instead of chasing links.
struct trie_node {
  std::uint16_t child_begin = 0;
  std::uint16_t space_child = 0;         // the child for a space in a word (any run of spaces); 0: none
  std::uint16_t first_entry = no_entry;  // the entries whose folded text ends here, in table order
  std::uint16_t child_count = 0;
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
  std::uint16_t root[256]{};      // the root's child per folded first byte
  trie_node nodes[Nodes]{};       // node 0 stands for none; the root has only the table above
  char bytes[Nodes]{};            // the folded byte leading to each node
  std::uint16_t next_entry[N]{};  // the next entry ending at the same node, no_entry at the end
  lang_mask langs[N]{};
  bool exact[N]{};     // case-sensitive: the text must match byte for byte
  bool boundary[N]{};  // a word boundary must follow (needs_boundary)
  bool spaced[N]{};    // the word has a space, which matches spaces of any kind and number
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

// The trie of table's words in language index l (all words for tables without languages). Built
// with linked children first, then renumbered breadth first so that siblings are adjacent.
template <std::size_t Nodes, class Entry, std::size_t N>
constexpr word_trie<Nodes, N> build_trie(const Entry (&table)[N], std::size_t l) {
  struct linked {
    std::uint16_t first_child = 0, next_sibling = 0, first_entry = no_entry;
    char byte = 0;
  };
  linked nodes[Nodes]{};
  std::uint16_t root[256]{};
  std::size_t count = 1;
  word_trie<Nodes, N> t;
  for (std::size_t k = 0; k != N; ++k) {
    t.next_entry[k] = no_entry;
    t.langs[k] = langs_of(table[k]);
    t.exact[k] = exact_of(table[k]);
    t.boundary[k] = boundary_of(table[k]);
    const std::string_view text = table[k].text;
    t.spaced[k] = text.find(' ') != std::string_view::npos;
    if ((t.langs[k] & (1u << l)) == 0) continue;
    std::size_t node = 0;
    for (std::size_t j = 0; j != text.size(); ++j) {
      const char c = lower(text[j]);
      std::uint16_t child = j == 0 ? root[byte(c)] : nodes[node].first_child;
      while (child != 0 && nodes[child].byte != c) child = nodes[child].next_sibling;
      if (child == 0) {
        child = static_cast<std::uint16_t>(count++);
        nodes[child].byte = c;
        if (j == 0) {
          root[byte(c)] = child;
        } else {
          nodes[child].next_sibling = nodes[node].first_child;
          nodes[node].first_child = child;
        }
      }
      node = child;
    }
    // Appended, so that entries of equal length keep table order (the first one wins ties).
    std::uint16_t* link = &nodes[node].first_entry;
    while (*link != no_entry) link = &t.next_entry[*link];
    *link = static_cast<std::uint16_t>(k);
  }
  std::uint16_t queue[Nodes]{};  // old numbers, in the order of their new ones
  std::uint16_t renumbered[Nodes]{};
  std::size_t next = 1;
  for (std::size_t b = 0; b != 256; ++b)
    if (root[b] != 0) {
      renumbered[root[b]] = static_cast<std::uint16_t>(next);
      queue[next++] = root[b];
      t.root[b] = renumbered[root[b]];
    }
  for (std::size_t q = 1; q != next; ++q) {
    const linked& old = nodes[queue[q]];
    trie_node& n = t.nodes[q];
    t.bytes[q] = old.byte;
    n.first_entry = old.first_entry;
    n.child_begin = static_cast<std::uint16_t>(next);
    for (std::uint16_t c = old.first_child; c != 0; c = nodes[c].next_sibling) {
      renumbered[c] = static_cast<std::uint16_t>(next);
      if (nodes[c].byte == ' ') n.space_child = renumbered[c];
      queue[next++] = c;
      ++n.child_count;
    }
  }
  return t;
}

// One trie per language, so that a walk never steps through another language's words.
template <std::size_t Nodes, std::size_t N>
struct language_tries {
  word_trie<Nodes, N> by_lang[6];
  constexpr const word_trie<Nodes, N>& operator[](std::size_t l) const { return by_lang[l]; }
};

template <std::size_t Nodes, class Entry, std::size_t N>
constexpr language_tries<Nodes, N> build_language_tries(const Entry (&table)[N]) {
  language_tries<Nodes, N> r;
  for (std::size_t l = 0; l != 6; ++l) r.by_lang[l] = build_trie<Nodes>(table, l);
  return r;
}

// The lowest language bit, 5 if none of the five is set; without a loop, as every lookup starts here.
constexpr std::size_t index_of(lang_mask single) {
  const auto l = static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(single)));
  return l < 5 ? l : 5;
}

// Whether any word of trie t starts at s[i]: a table lookup that spares the walk's setup.
template <std::size_t Nodes, std::size_t N>
constexpr bool may_start(const word_trie<Nodes, N>& t, std::string_view s, std::size_t i) {
  return i < s.size() && t.root[byte(lower(s[i]))] != 0;
}

// Calls f(first entry, end) for each node on the path of s[i...] where entries end, shortest first.
// A space in a word matches one or more spaces of any kind, as match() reads it.
template <std::size_t Nodes, std::size_t N, class F>
constexpr void walk(const word_trie<Nodes, N>& t, std::string_view s, std::size_t i, F&& f) {
  if (i >= s.size()) return;
  std::uint16_t node = t.root[byte(lower(s[i]))];
  ++i;
  while (node != 0) {
    const trie_node& n = t.nodes[node];
    if (n.first_entry != no_entry) f(n.first_entry, i);
    if (i >= s.size() || n.child_count == 0) return;
    if (n.space_child != 0 && space_at(s, i) != 0) {
      node = n.space_child;
      i = skip_spaces(s, i);
      continue;
    }
    // Other bytes compare as they are, as match() compares a word's other bytes.
    const char c = lower(s[i]);
    node = 0;
    for (std::uint16_t k = n.child_begin, e = static_cast<std::uint16_t>(k + n.child_count); k != e; ++k)
      if (t.bytes[k] == c) {
        node = k;
        break;
      }
    ++i;
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
