// One index of every word of the vocabulary (ASCII case folded), built at compile time: reading the
// words at a position is one pass over the text's bytes, and gives every role they have at once.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

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

// The roles a word of the vocabulary can have, one per table: the index holds every table's words,
// so that one lookup at a position gives every role of the words found there.
enum class word_role : std::uint8_t {
  scale,             // scale_words: "billion", "Mrd.", "k"
  currency,          // currencies: "$", "euros", "USD"
  unit,              // units: "GW", "GPUs", "years"
  number,            // number_words: "five", "eine", "a"
  prefix,            // prefixes: "G", "Giga"
  range,             // range_words: "-", "to", "bis"
  of,                // of_words: "de" of "milliards de dollars"
  per,               // per_words: "/", "per", "par"
  per_phrase,        // per_phrases: "annually", "im Jahr"
  list_article,      // list_articles: "the" of "between the", "i" of "tra i 50"
  ordinary,          // ordinary_words, which tell a text's language
  list,              // list_words: "or" of "15 or 20 GW"
  device_adjective,  // device_adjectives: "AI" of "AI chips"
  device_unit,       // device_unit_words: "units of" of "units of H100"
  device_count,      // device_count_words: "units" of "H100 units"
  device_container,  // device_containers: "servers" of "H100 servers"
  // Words the grammar reads before a number, found where the word before it starts (word_before).
  between,      // between_words: "between" of "between 364 and 400 billion"
  fraction,     // fraction_words: "half" of "half a billion"
  fraction_of,  // fraction_of_words: "of" of "three quarters of a trillion"
  indefinite,   // indefinite_words: "mehrere" of "mehrere hundert Millionen Euro"
  clock,        // clock_words: "\u00e0" of "\u00e0 18 heures"
  clock_after,  // clock_after_words: "Uhr" of "15.30 Uhr"
  // Words the grammar reads after a number or unit.
  singular_unit,   // singular_units: "Jahr" of "2025 Jahr" (no unit after a plural number)
  order_of_size,   // order_of_size_words: "scale" of "a gigawatt-scale campus"
  format_joining,  // format_joining_words: "of" of "20 petaflops of FP4"
  times,           // times_words: "times" of "5 times 10^25"
  numeric_format,  // the dense formats of units/compute.hpp: "BF16" of "989 TFLOP/s BF16"
  sparsity,        // format_sparsities: "sparse" of "FP8 sparse"
  time_shift,      // time_shift_words: "ago" of "$5bn a year ago"
  unknown_money,   // unknown_currency_words: "pesos" of "$500 millones de pesos"
  // Names from the catalogue, read before a count's noun or as its noun's model.
  device_vendor,  // vendors and product families: "Nvidia" of "Nvidia H100-GPUs"
  device_model,   // models: "H100" of "30.000 H100"
  // Stems: a word that starts with them is theirs, no word boundary after them.
  other_dollar,  // other_dollars: "canad" of "dollars canadiens"
  model_size,    // model_size_words: "parameter" of "70B parameters"
  model_family,  // model_families: "llama" of "Llama 3.1 70B"
  number_part,   // number_word_parts: "und" of "f\u00fcnfundzwanzig", read inside a word or between words
};
inline constexpr std::size_t word_role_count = 36;

// Whether the words of role r need no word boundary after them: stems, matched as the start of a
// longer word ("canad" of "canadiens", "model" of "models"), and the catalogue's names, which the
// grammar reads on with what follows them ("H100s", "Nvidia-GPUs").
constexpr bool is_stem_role(word_role r) {
  return r == word_role::other_dollar || r == word_role::model_size || r == word_role::model_family ||
         r == word_role::device_vendor || r == word_role::device_model || r == word_role::number_part;
}

// Whether the words of role r tell a text's language in grammar::language_of_words: the words read
// after a number, not the words read before one or read only as stems.
constexpr bool tells_language(word_role r) { return r < word_role::between; }

// A word of the index: its role, its entry in the role's table, and how it matches.
struct indexed_word {
  std::string_view text;
  std::uint16_t index = 0;  // in the table of its role
  word_role role = word_role::scale;
  lang_mask langs = 0;
  bool exact = false;     // case-sensitive: the text must match byte for byte
  bool boundary = false;  // a word boundary must follow (needs_boundary)
  bool spaced = false;    // the word has a space, which matches spaces of any kind and number
};

// A table of the vocabulary and the role its words have in the index.
template <word_role R, class Entry, std::size_t M>
struct role_table {
  const Entry (&entries)[M];
};
template <word_role R, class Entry, std::size_t M>
constexpr role_table<R, Entry, M> in_role(const Entry (&entries)[M]) {
  return {entries};
}

template <word_role R, class Entry>
constexpr indexed_word index_word(const Entry& e, std::size_t k) {
  if constexpr (std::is_same_v<Entry, prefix_entry>) {
    // A prefix is followed by its unit, never by a word boundary.
    return {e.text, static_cast<std::uint16_t>(k), R, ALL, e.symbol, false, false};
  } else {
    return {e.text,  static_cast<std::uint16_t>(k), R,
            e.langs, (e.flags & CS) != 0,           !is_stem_role(R) && needs_boundary(e.text),
            false};
  }
}

template <word_role R, class Entry, std::size_t M>
constexpr std::size_t text_bytes_of(const role_table<R, Entry, M>& table) {
  std::size_t n = 0;
  for (const Entry& e : table.entries) n += e.text.size();
  return n;
}
// The nodes a trie of the tables' words needs at most (one per byte, and node 0), and their count.
template <class... Table>
constexpr std::size_t index_nodes(const Table&... tables) {
  return (text_bytes_of(tables) + ...) + 1;
}
template <word_role... R, class... Entry, std::size_t... M>
constexpr std::size_t index_words(const role_table<R, Entry, M>&...) {
  return (M + ...);
}

// The trie of all words of all tables and languages, ASCII case folded, with each word's entry.
// Built with linked children first, then renumbered breadth first so that siblings are adjacent.
template <std::size_t Nodes, std::size_t N>
struct word_index {
  std::uint16_t root[256]{};      // the root's child per folded first byte
  trie_node nodes[Nodes]{};       // node 0 stands for none; the root has only the table above
  char bytes[Nodes]{};            // the folded byte leading to each node
  std::uint16_t next_entry[N]{};  // the next entry ending at the same node, no_entry at the end
  indexed_word words[N]{};
  std::size_t most_matches = 0;              // the most entries on one path from the root: a lookup's bound
  lang_mask starts[word_role_count][256]{};  // per role and folded first byte, the languages of the words it starts
};

template <std::size_t Nodes, std::size_t N, word_role... R, class... Entry, std::size_t... M>
constexpr word_index<Nodes, N> build_index(const role_table<R, Entry, M>&... tables) {
  word_index<Nodes, N> t;
  std::size_t n = 0;
  (
      (void)[&] {
        for (std::size_t k = 0; k != M; ++k) t.words[n++] = index_word<R>(tables.entries[k], k);
      }(),
      ...);
  struct linked {
    std::uint16_t first_child = 0, next_sibling = 0, first_entry = no_entry;
    char byte = 0;
    std::size_t entries_on_path = 0;
  };
  linked nodes[Nodes]{};
  std::uint16_t root[256]{};
  std::size_t count = 1;
  for (std::size_t k = 0; k != N; ++k) {
    t.next_entry[k] = no_entry;
    const std::string_view text = t.words[k].text;
    t.starts[static_cast<std::size_t>(t.words[k].role)][byte(lower(text[0]))] |= t.words[k].langs;
    t.words[k].spaced = text.find(' ') != std::string_view::npos;
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
    linked& old = nodes[queue[q]];
    for (std::uint16_t k = old.first_entry; k != no_entry; k = t.next_entry[k]) ++old.entries_on_path;
    if (old.entries_on_path > t.most_matches) t.most_matches = old.entries_on_path;
    trie_node& nd = t.nodes[q];
    t.bytes[q] = old.byte;
    nd.first_entry = old.first_entry;
    nd.child_begin = static_cast<std::uint16_t>(next);
    for (std::uint16_t c = old.first_child; c != 0; c = nodes[c].next_sibling) {
      nodes[c].entries_on_path = old.entries_on_path;
      renumbered[c] = static_cast<std::uint16_t>(next);
      if (nodes[c].byte == ' ') nd.space_child = renumbered[c];
      queue[next++] = c;
      ++nd.child_count;
    }
  }
  return t;
}

// Whether a word of role r in langs may start at s[i]: a table lookup that spares a walk where the
// grammar asks for one role only.
template <std::size_t Nodes, std::size_t N>
constexpr bool may_start(const word_index<Nodes, N>& t, word_role r, std::string_view s, std::size_t i,
                         lang_mask langs) {
  return i < s.size() && (t.starts[static_cast<std::size_t>(r)][byte(lower(s[i]))] & langs) != 0;
}

// Calls f(first entry, end) for each node on the path of s[i...] where entries end, shortest first.
// A space in a word matches one or more spaces of any kind, as match() reads it.
template <std::size_t Nodes, std::size_t N, class F>
constexpr void walk(const word_index<Nodes, N>& t, std::string_view s, std::size_t i, F&& f) {
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

// The words of the index at s[i...], shortest first (entries of one length in table order), with
// their ends: one walk gives every role of every word there. Case and boundaries are checked by
// entry_fits, per role, as the grammar asks.
struct word_match {  // no initialisers: a lookup writes the matches it reports, and only those are read
  std::uint16_t entry;
  std::size_t end;
};
// The set of roles of a lookup's words, one bit a role: a step of the grammar whose role is absent
// there is not tried (its filter would find nothing).
using role_set = std::uint64_t;
static_assert(word_role_count <= 64, "a role_set holds one bit a role");
constexpr role_set role_bit(word_role r) { return role_set{1} << static_cast<unsigned>(r); }
template <std::size_t Most>
struct word_lookup {
  word_match at[Most == 0 ? 1 : Most];
  std::size_t count = 0;
  role_set roles = 0;  // the roles of the words at[0, count), before their case and boundary are checked

  constexpr bool has(role_set any) const { return (roles & any) != 0; }
};
template <std::size_t Most, std::size_t Nodes, std::size_t N>
constexpr word_lookup<Most> lookup(const word_index<Nodes, N>& t, std::string_view s, std::size_t i) {
  word_lookup<Most> r;
  // Constant evaluation copies only initialised objects; at run time the matches are left
  // unwritten.
  if (std::is_constant_evaluated())
    for (word_match& m : r.at) m = {};
  walk(t, s, i, [&](std::uint16_t first, std::size_t end) {
    for (std::uint16_t k = first; k != no_entry; k = t.next_entry[k]) {
      r.at[r.count++] = {k, end};
      r.roles |= role_bit(t.words[k].role);
    }
  });
  return r;
}

// Whether entry k of index t, reached at s[i, end), is a word of langs there: its case, if it has
// one, and the word boundary after it.
template <std::size_t Nodes, std::size_t N>
constexpr bool entry_fits(const word_index<Nodes, N>& t, std::size_t k, std::string_view s, std::size_t i,
                          std::size_t end, lang_mask langs) {
  const indexed_word& w = t.words[k];
  if ((w.langs & langs) == 0) return false;
  if (w.exact) {
    // The walk matched the folded bytes; a word without spaces has as many bytes as it matched.
    if (w.spaced) {
      if (match(s, i, w.text, false) != end - i) return false;
    } else {
      for (std::size_t j = 0; j != w.text.size(); ++j)
        if (s[i + j] != w.text[j]) return false;
    }
  }
  return !w.boundary || boundary_at(s, end);
}

}  // namespace aiscale::detail::text
