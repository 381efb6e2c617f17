// How the word table (word_table_data.hpp) is made: the vocabulary's words, and for each word and
// language what the grammar's steps make of it. Used by tools/gen_word_table.cpp, which writes the
// table, and by the test that checks the committed table against this code; not by parse(), since
// building the table in every translation unit costs seconds of compile time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "aiscale/text/detail/chars.hpp"
#include "aiscale/text/detail/reader.hpp"
#include "aiscale/text/detail/vocabulary.hpp"
#include "aiscale/text/detail/word_roles.hpp"

namespace aiscale::detail::text {

// A table index per language, a byte each (en in the lowest), no_index where there is none.
using per_language = std::uint64_t;
inline constexpr per_language none_in_any = 0xFFFFFFFFFFFFull;
constexpr std::uint8_t index_in(per_language v, std::size_t l) { return static_cast<std::uint8_t>(v >> (8 * l)); }
constexpr void set_index(per_language& v, std::size_t l, std::size_t index) {
  v = (v & ~(per_language{0xFF} << (8 * l))) | (per_language{index} << (8 * l));
}

// A word's roles as roles_of works them out, a field per role; packed into word_roles at the end.
struct word_draft {
  std::string_view text;
  bool exact = false;
  per_language scale = none_in_any, currency = none_in_any, unit = none_in_any, unit_prefix = none_in_any,
               unit_symbol = none_in_any, unit_name = none_in_any;
  lang_mask scale_other = 0, extends = 0, range = 0, of_whole = 0, of_other = 0;
  std::int8_t format = -1;   // compute_formats index; -2: a format that ends inside the word
  std::uint8_t density = 0;  // 1 "sparse", 2 "dense", 3 one of them ending inside the word
};

constexpr bool folded_starts(std::string_view text, std::string_view start) {
  return start.size() <= text.size() && folded_equal(text.substr(0, start.size()), start);
}

// Whether a table entry could be read at the start of word w, its case allowing: the whole word,
// or a shorter part that ends at a word boundary (or needs none, as "Mrd." does).
constexpr bool starts_with_entry(std::string_view w, std::string_view e) {
  if (!folded_starts(w, e)) return false;
  return e.size() == w.size() || !needs_boundary(e) || boundary_at(w, e.size());
}

// Case matters for w when a case-sensitive entry has its letters, or could end a shorter scale
// word inside it, or w is a prefix and a unit where either is case-sensitive ("GW", "kiloFLOPs"):
// then only the vocabulary's own spelling is looked up.
constexpr bool case_matters(std::string_view w) {
  for (const prefix_entry& p : prefixes) {
    if (!folded_starts(w, p.text) || p.text.size() == w.size()) continue;
    for (const unit_entry& e : units)
      if ((p.symbol || (e.flags & CS)) && (e.flags & (p.symbol ? PSYM : PNAME)) &&
          folded_equal(w.substr(p.text.size()), e.text))
        return true;
  }
  for (const scale_entry& e : scale_words)
    if ((e.flags & CS) && starts_with_entry(w, e.text)) return true;
  for (const currency_entry& e : currencies)
    if ((e.flags & CS) && folded_equal(w, e.text)) return true;
  for (const unit_entry& e : units)
    if ((e.flags & CS) && folded_equal(w, e.text)) return true;
  return false;
}

constexpr bool fits_case(std::uint8_t flags, std::string_view entry, std::string_view w) {
  return (flags & CS) == 0 || entry == w.substr(0, entry.size());
}

// The words looked up: every entry without a space, the first word of every entry with one (so
// that a word a longer entry continues is found and known to extend), and every prefix symbol
// with every unit symbol ("GW", "TFLOP/s", "PB"), the commonest spellings of a prefixed unit.
struct word_list {
  std::string_view words[1024]{};
  std::size_t count = 0;
  char storage[4096]{};  // the texts of words made here (prefix and unit)
  std::size_t stored = 0;
  bool full = false;  // a word did not fit: the lists need room (the word table test checks)
  constexpr void add_copy(std::string_view w) {
    if (stored + w.size() > sizeof storage) {
      full = true;
      return;
    }
    const std::size_t at = stored;
    for (const char c : w) storage[stored++] = c;
    const std::size_t before = count;
    add(std::string_view(storage + at, w.size()));
    if (count == before) stored = at;  // a word already listed: keep the storage
  }
  constexpr void add(std::string_view w) {
    const std::size_t space = w.find(' ');
    if (space != std::string_view::npos) w = w.substr(0, space);
    const bool exact = case_matters(w);
    for (std::size_t k = 0; k != count; ++k)
      if (exact ? words[k] == w : folded_equal(words[k], w)) return;
    if (count == sizeof words / sizeof words[0]) {
      full = true;
      return;
    }
    words[count++] = w;
  }
};

// Fills r in place: the words made here are views into r's own storage.
constexpr void list_all_words(word_list& r) {
  for (const scale_entry& e : scale_words) r.add(e.text);
  for (const currency_entry& e : currencies) r.add(e.text);
  for (const unit_entry& e : units) r.add(e.text);
  for (const word_entry& e : of_words) r.add(e.text);
  for (const std::string_view f : compute_formats) r.add(f);
  r.add("sparse");
  r.add("dense");
  for (const prefix_entry& p : prefixes) {
    if (!p.symbol) continue;
    for (const unit_entry& e : units) {
      if ((e.flags & PSYM) == 0) continue;
      char buf[32]{};
      std::size_t n = 0;
      for (const char c : p.text) buf[n++] = c;
      for (const char c : e.text) buf[n++] = c;
      r.add_copy(std::string_view(buf, n));
    }
  }
}

// Whether entry e, with a space, continues word w after a space: "H100" + " GPUs".
constexpr bool continues(std::string_view e, std::string_view w) {
  return e.size() > w.size() && e[w.size()] == ' ' && folded_starts(e, w);
}

constexpr word_draft draft_of(std::string_view w) {
  word_draft r;
  r.text = w;
  r.exact = case_matters(w);
  const std::size_t n = w.size();
  // find_scale reads the longest scale word: a shorter one matters only where the whole word is
  // none, and a "$3B" letter only where no other scale word is read.
  lang_mask shorter = 0, money = 0;
  for (std::size_t k = 0; k != sizeof scale_words / sizeof scale_words[0]; ++k) {
    const scale_entry& e = scale_words[k];
    if (continues(e.text, w)) r.extends |= e.langs;
    if (!starts_with_entry(w, e.text) || !fits_case(e.flags, e.text, w)) continue;
    if (e.flags & MONEY) {
      money |= e.langs;
      continue;
    }
    if (e.text.size() != n) {
      shorter |= e.langs;
      continue;
    }
    for (std::size_t l = 0; l != 6; ++l)
      if (((e.langs >> l) & 1u) && index_in(r.scale, l) == no_index) set_index(r.scale, l, k);
  }
  const bool money_letter = w[0] == 'B' || w[0] == 'b' || w[0] == 'm';
  for (std::size_t l = 0; l != 6; ++l) {
    const auto lb = static_cast<lang_mask>(1u << l);
    if (index_in(r.scale, l) != no_index) continue;
    if ((shorter & lb) || ((money & lb) && money_letter)) r.scale_other |= lb;
  }
  for (std::size_t k = 0; k != sizeof currencies / sizeof currencies[0]; ++k) {
    const currency_entry& e = currencies[k];
    if (continues(e.text, w)) r.extends |= e.langs;
    if (!(e.flags & AFTER) || !folded_equal(w, e.text) || !fits_case(e.flags, e.text, w)) continue;
    for (std::size_t l = 0; l != 6; ++l)
      if (((e.langs >> l) & 1u) && index_in(r.currency, l) == no_index) set_index(r.currency, l, k);
  }
  for (std::size_t k = 0; k != sizeof units / sizeof units[0]; ++k) {
    const unit_entry& e = units[k];
    if (e.text.find(' ') != std::string_view::npos) {
      if (continues(e.text, w)) r.extends |= e.langs;
      // A prefix and this entry's first word: "kilo" + "watt hours".
      for (const prefix_entry& p : prefixes)
        if (folded_starts(w, p.text) && continues(e.text, w.substr(p.text.size()))) r.extends |= e.langs;
    }
    if (!folded_equal(w, e.text) || !fits_case(e.flags, e.text, w)) continue;
    for (std::size_t l = 0; l != 6; ++l) {
      if (((e.langs >> l) & 1u) == 0) continue;
      if (index_in(r.unit, l) == no_index) set_index(r.unit, l, k);
      if ((e.flags & PSYM) && index_in(r.unit_symbol, l) == no_index) set_index(r.unit_symbol, l, k);
      if ((e.flags & PNAME) && index_in(r.unit_name, l) == no_index) set_index(r.unit_name, l, k);
    }
  }
  // Where no entry is the whole word, find_unit reads a prefix and a unit: the first prefix in
  // table order whose rest is a unit taking it (symbols take symbols, names names).
  for (std::size_t q = 0; q != sizeof prefixes / sizeof prefixes[0]; ++q) {
    const prefix_entry& p = prefixes[q];
    if (p.text.size() >= n || !folded_starts(w, p.text) || (p.symbol && w.substr(0, p.text.size()) != p.text)) continue;
    const std::string_view rest = w.substr(p.text.size());
    for (std::size_t k = 0; k != sizeof units / sizeof units[0]; ++k) {
      const unit_entry& e = units[k];
      if ((e.flags & (p.symbol ? PSYM : PNAME)) == 0 || !folded_equal(rest, e.text) ||
          !fits_case(e.flags, e.text, rest))
        continue;
      for (std::size_t l = 0; l != 6; ++l)
        if (((e.langs >> l) & 1u) && index_in(r.unit, l) == no_index)
          set_index(r.unit, l, k), set_index(r.unit_prefix, l, q);
    }
  }
  // find_word takes the first word of the table that matches, as these loops do.
  for (std::size_t l = 0; l != 6; ++l) {
    const auto lb = static_cast<lang_mask>(1u << l);
    for (const word_entry& e : range_words)
      if ((e.langs & lb) && match_word(w, 0, e.text, true) != 0) {
        r.range |= lb;
        break;
      }
    for (const word_entry& e : of_words) {
      if ((e.langs & lb) == 0 || lower(e.text[0]) != lower(w[0])) continue;
      const std::size_t m = match_word(w, 0, e.text, true);
      if (m == 0) continue;
      const bool elided = w[m - 1] == '\'' || byte(w[m - 1]) == 0x99;
      if (m == n && !elided)
        r.of_whole |= lb;
      else
        r.of_other |= lb;
      break;
    }
  }
  for (std::size_t k = 0; k != sizeof compute_formats / sizeof compute_formats[0]; ++k) {
    if (lower(compute_formats[k][0]) != lower(w[0])) continue;
    const std::size_t m = match_word(w, 0, compute_formats[k], true);
    if (m == 0) continue;
    r.format = m == n ? static_cast<std::int8_t>(k) : std::int8_t{-2};
    break;
  }
  if (const std::size_t m = match_word(w, 0, "sparse", true))
    r.density = m == n ? 1 : 3;
  else if (const std::size_t d = match_word(w, 0, "dense", true))
    r.density = d == n ? 2 : 3;
  return r;
}

constexpr word_roles roles_of(std::string_view w) {
  const word_draft d = draft_of(w);
  word_roles r;
  r.text = d.text;
  r.exact = d.exact;
  for (std::size_t l = 0; l != 6; ++l) {
    word_in_language& x = r.in[l];
    set_role(x, scale_byte, index_in(d.scale, l));
    set_role(x, currency_byte, index_in(d.currency, l));
    set_role(x, unit_byte, index_in(d.unit, l));
    set_role(x, prefix_byte, index_in(d.unit_prefix, l));
    set_role(x, unit_symbol_byte, index_in(d.unit_symbol, l));
    set_role(x, unit_name_byte, index_in(d.unit_name, l));
    const auto has = [&](lang_mask m) { return ((m >> l) & 1u) != 0; };
    set_role(x, flags_byte,
             (has(d.scale_other) ? flag_scale_other : 0) | (has(d.extends) ? flag_extends : 0) |
                 (has(d.range) ? flag_range : 0) | (has(d.of_whole) ? flag_of_whole : 0) |
                 (has(d.of_other) ? flag_of_other : 0));
    const unsigned format = d.format == -1   ? no_format
                            : d.format == -2 ? other_format
                                             : static_cast<unsigned>(d.format);
    set_role(x, format_byte, format | (unsigned{d.density} << 4));
  }
  return r;
}

// The table: the words in vocabulary order, and the slots of open addressing (see slot_of).
struct built_word_table {
  word_list list{};  // the texts the roles view
  word_roles roles[sizeof word_list{}.words / sizeof(std::string_view)]{};
  std::size_t count = 0;
  std::uint16_t slot[word_slots]{};
  bool slots_overflow = false;  // an index or a length does not fit a slot: widen them (the table test checks)
};

// Fills t in place (it is large, and its roles view its own list).
constexpr void build_word_table(built_word_table& t) {
  word_list& list = t.list;
  list_all_words(list);
  t.count = list.count;
  for (std::size_t k = 0; k != list.count; ++k) {
    t.roles[k] = roles_of(list.words[k]);
    std::size_t h = word_hash(list.words[k]);
    while (t.slot[h] != 0) h = (h + 1) % word_slots;
    if (k + 1 > slot_index_limit || list.words[k].size() > longest_table_word) t.slots_overflow = true;
    t.slot[h] = slot_of(k, list.words[k].size(), t.roles[k].exact);
  }
}

}  // namespace aiscale::detail::text
