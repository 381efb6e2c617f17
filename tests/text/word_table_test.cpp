// The fast reader's word table: the committed table is what tools/gen_word_table.cpp makes of the
// vocabulary today, every word is found under its own spelling (and every spelling case allows),
// and the common phrases of each language stay on the fast path.
#include <aiscale/text/detail/word_table_builder.hpp>
#include <aiscale/text/parse.hpp>
#include <cstddef>
#include <string>
#include <string_view>

#include "../catch.hpp"

namespace ai = aiscale;
namespace tx = aiscale::detail::text;
using ai::lang;

namespace {

// Built at run time: in constant evaluation it costs seconds per translation unit.
const tx::built_word_table& fresh_table() {
  static tx::built_word_table t;
  static const bool built = (tx::build_word_table(t), true);
  (void)built;
  return t;
}

std::string folded(std::string_view w) {
  std::string r(w);
  for (char& c : r) c = tx::lower(c);
  return r;
}

std::string upper(std::string_view w) {
  std::string r(w);
  for (char& c : r)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return r;
}

// The word looked up where it stands in a phrase: after a number and a space.
tx::word_lookup look_up(const std::string& word, bool followed) {
  const std::string text = "1 " + word + (followed ? " x" : "");
  const tx::word_lookup r = tx::find_word_at(text, 2);
  CHECK(r.end == 2 + word.size());
  return r;
}

}  // namespace

TEST_CASE("the committed word table is what the generator makes of the vocabulary") {
  const tx::built_word_table& t = fresh_table();
  INFO(
      "regenerate it: g++ -std=c++20 -Iinclude tools/gen_word_table.cpp -o gen && ./gen > "
      "include/aiscale/text/detail/word_table_data.hpp");
  REQUIRE(t.count == tx::word_count);
  CHECK_FALSE(t.list.full);
  CHECK_FALSE(t.slots_overflow);
  for (std::size_t k = 0; k != t.count; ++k) {
    const tx::word_roles& fresh = t.roles[k];
    const tx::word_roles& committed = tx::word_roles_table[k];
    INFO("word " << k << ": " << std::string(fresh.text));
    CHECK(committed.exact == fresh.exact);
    CHECK(std::string(committed.text) == (fresh.exact ? std::string(fresh.text) : folded(fresh.text)));
    for (std::size_t l = 0; l != 6; ++l) CHECK(committed.in[l] == fresh.in[l]);
  }
  for (std::size_t h = 0; h != tx::word_slots; ++h) CHECK(tx::word_slot_table[h] == t.slot[h]);
  for (std::size_t k = 0; k != tx::word_count; ++k) {
    const tx::word_bytes expected = tx::bytes_of(tx::word_roles_table[k].text);
    INFO("bytes of word " << k << ": " << std::string(tx::word_roles_table[k].text));
    for (std::size_t c = 0; c != 2; ++c) {
      CHECK(tx::word_bytes_table[k].raw[c] == expected.raw[c]);
      CHECK(tx::word_bytes_table[k].folded[c] == expected.folded[c]);
      CHECK(tx::word_bytes_table[k].letters[c] == expected.letters[c]);
    }
  }
}

TEST_CASE("every word of the table is found in a few probes, under every spelling its case allows") {
  std::size_t longest = 0;
  for (std::size_t k = 0; k != tx::word_count; ++k) {
    const tx::word_roles& w = tx::word_roles_table[k];
    INFO(std::string(w.text));
    std::size_t h = tx::word_hash(w.text), probes = 1;
    while (tx::word_slot_table[h] == 0 || tx::slot_index(tx::word_slot_table[h]) != k)
      h = (h + 1) % tx::word_slots, ++probes;
    CHECK(tx::slot_length(tx::word_slot_table[h]) == w.text.size());
    CHECK(tx::slot_exact(tx::word_slot_table[h]) == w.exact);
    if (probes > longest) longest = probes;
    for (const bool followed : {false, true}) {
      const tx::word_lookup as_written = look_up(std::string(w.text), followed);
      CHECK(as_written.roles == &w);
      CHECK_FALSE(as_written.other_case());
      const tx::word_lookup capitals = look_up(upper(w.text), followed);
      if (!w.exact) {
        CHECK(capitals.roles == &w);
      } else if (upper(w.text) != std::string(w.text)) {
        // Another spelling of a case-sensitive word is the grammar's to read, unless it is a word itself.
        CHECK((capitals.other_case() || (capitals.roles != nullptr && capitals.roles != &w)));
      }
    }
  }
  CHECK(longest <= 5);
}

TEST_CASE("words outside the table are not found") {
  for (const char* word : {"Gigawattx", "dollarz", "x", "\xC3", "bis2", "GW,", "Mrd.EUR"}) {
    const tx::word_lookup r = look_up(word, false);
    CHECK(r.roles == nullptr);
  }
}

// The numeric formats and densities after a compute unit: a perfect hash, also in constant evaluation.
static_assert(tx::small_word_at("1 bf16 x", 2, 0, tx::format_count).index == 3);
static_assert(tx::small_word_at("1 Sparse", 2, tx::sparse_index, tx::dense_index + 1).end == 8);
static_assert(tx::small_word_at("1 sparse", 2, 0, tx::format_count).index == -1);

TEST_CASE("the small words after a compute unit are found in any case, and no word near them") {
  for (std::size_t k = 0; k != tx::format_count + 2; ++k) {
    const std::string_view w = k < tx::format_count    ? tx::compute_formats[k]
                               : k == tx::sparse_index ? "sparse"
                                                       : "dense";
    const std::size_t first = k < tx::format_count ? 0 : tx::sparse_index;
    const std::size_t last = k < tx::format_count ? tx::format_count : tx::dense_index + 1;
    for (const std::string& spelling : {std::string(w), upper(w), folded(w)}) {
      for (const char* after : {"", " x", " sparse"}) {
        const std::string text = "1 " + spelling + after;
        INFO(text);
        const tx::small_word_found found = tx::small_word_at(text, 2, first, last);
        CHECK(found.index == static_cast<int>(k));
        CHECK(found.end == 2 + w.size());
        // The other list does not hold it.
        CHECK(tx::small_word_at(text, 2, last == tx::format_count ? tx::sparse_index : 0,
                                last == tx::format_count ? tx::dense_index + 1 : tx::format_count)
                  .index == -1);
      }
    }
  }
  for (const char* near :
       {"1 BF1", "1 BF166", "1 BF16x", "1 FP6", "1 B16", "1 sparsee", "1 dens", "1 denser", "1 BF16sparse", "1 FP8\xC3",
        // Bytes that hash as a digit does (0x11 | 0x20 is '1'): the comparison tells them apart.
        "1 BF\x11"
        "6",
        "1 FP\x18"}) {
    INFO(near);
    CHECK(tx::small_word_at(near, 2, 0, tx::dense_index + 1).index == -1);
  }
}

TEST_CASE("the common phrases of every language stay on the fast path") {
  struct phrase {
    const char* text;
    lang language;
  };
  const phrase phrases[] = {
      {"75 GW", lang::en},
      {"989 TFLOP/s BF16", lang::en},
      {"1,979 TFLOP/s FP8 sparse", lang::en},
      {"200 ExaFLOPS", lang::en},
      {"100 million GPUs", lang::en},
      {"1.5 TWh", lang::en},
      {"80 GB", lang::en},
      {"30 %", lang::en},
      {"3 trillion dollars", lang::en},
      {"3,5 Mrd. EUR", lang::de},
      {"100.000 H100-GPUs", lang::de},
      {"2 Billionen US-Dollar", lang::de},
      {"75 Gigawatt", lang::de},
      {"3 biljoen dollar", lang::nl},
      {"100 miljard euro", lang::nl},
      {"3 000 milliards de dollars", lang::fr},
      {"1,5 milliard d\xE2\x80\x99"
       "euros",
       lang::fr},  // elided: the grammar reads it
      {"3 billones de d\xC3\xB3lares", lang::es},
      {"3.000 miliardi di dollari", lang::it},
      {"5 GW", lang::it},
  };
  for (const phrase& p : phrases) {
    INFO(p.text << " (" << std::string(ai::code_of(p.language)) << ")");
    tx::read_status st;
    bool deferred = false;
    const ai::figure f = tx::read_fast(p.text, p.language, st, &deferred);
    CHECK(st.ok);
    const bool elided = std::string_view(p.text).find("\xE2\x80\x99") != std::string_view::npos;
    CHECK(deferred == elided);
    const auto general = tx::parse_general(p.text, p.language);
    REQUIRE(general.has_value());
    CHECK(f.value == general->value);
    CHECK(f.end == general->end);
  }
}
