// Constant-evaluated checks of the word index and the lexer's word token: one walk at a position
// gives every role of every word there, stems match the start of a longer word, the catalogue's
// names and the formats of units/compute.hpp are words of the index, and the words the grammar reads
// backwards are found where they start.
#include <aiscale/text.hpp>
#include <string_view>

namespace text = aiscale::detail::text;
using grammar = text::grammar<void>;
using text::word_role;

namespace {

// The token at s[0...], always walked.
constexpr grammar::token token_of(std::string_view s) {
  return text::lex_word<grammar::vocabulary_index.most_matches>(grammar::vocabulary_index, s, 0, true);
}

// Whether the token at s[0...] has a word of role r, in langs, that ends at end.
constexpr bool has(std::string_view s, word_role r, std::size_t end, text::lang_mask langs = text::ALL) {
  const grammar::token t = token_of(s);
  for (std::size_t q = 0; q != t.words.count; ++q) {
    const text::word_match& m = t.words.at[q];
    if (grammar::vocabulary_index.words[m.entry].role == r && m.end == end &&
        text::entry_fits(grammar::vocabulary_index, m.entry, s, 0, m.end, langs))
      return true;
  }
  return false;
}

// "de" is an of word (French), a format-joining word, the part of a fraction (French, Spanish) and a
// Dutch article: one walk finds it in every role, and a longer word ("dense") in its own.
static_assert(has("de dollars", word_role::of, 2, text::FR) && has("de dollars", word_role::format_joining, 2) &&
              has("de dollars", word_role::fraction_of, 2, text::ES) &&
              has("de dollars", word_role::list_article, 2, text::NL));
static_assert(!has("de dollars", word_role::of, 2, text::EN));  // "de" is no English of word
static_assert(has("dense FP8", word_role::sparsity, 5) && !has("dense FP8", word_role::format_joining, 2));

// A stem needs no boundary after it; a whole word does.
static_assert(has("canadiens", word_role::other_dollar, 5, text::FR));
static_assert(has("models", word_role::model_size, 5));
static_assert(!has("scaled", word_role::order_of_size, 5) && has("scale-up", word_role::order_of_size, 5));

// The catalogue's models match as written (case-sensitive), its vendors in any case, and the formats
// of units/compute.hpp are words of the index.
static_assert(has("H100-GPUs", word_role::device_model, 4) && !has("h100", word_role::device_model, 4));
static_assert(has("NVIDIA H100", word_role::device_vendor, 6));
static_assert(has("BF16)", word_role::numeric_format, 4) && !has("BF160", word_role::numeric_format, 4));

// A times word is read in lower case only: "5 Mal 10" is no product.
static_assert(has("mal 10", word_role::times, 3, text::DE) && !has("Mal 10", word_role::times, 3, text::DE));

// Words read backwards from a number are found where they start, and only as a whole word.
static_assert(grammar::is_word_of(word_role::between, "between 3", 0, 7, text::EN));
static_assert(!grammar::is_word_of(word_role::between, "between 3", 0, 6, text::EN));
static_assert(grammar::is_word_of(word_role::fraction, "la moiti\u00e9 d'un", 3, 10, text::FR));
static_assert(grammar::is_word_of(word_role::clock, "a las 18 horas", 2, 5, text::ES));
static_assert(!grammar::is_word_of(word_role::clock, "a las 18 horas", 2, 5, text::IT));

// The token after a number is walked where a word of a role read there may start, and holds all of
// them: "GPUs" is a unit, and its "G" a prefix ("GW" is a prefix and a unit looked up after it).
static_assert(has("GPUs", word_role::unit, 4) && has("GPUs", word_role::prefix, 1));
static_assert(has("GW", word_role::prefix, 1) && !has("GW", word_role::unit, 2));
static_assert(grammar::token_after_number("5 GW", 2, text::EN).words.count != 0);
static_assert(grammar::token_after_number("5 ;", 2, text::EN).words.count == 0);

// A token knows the roles of its words, so that a step whose role is absent is not tried: "GPUs" has a
// unit and a prefix, no per word; "per GPU" a per word; "Nvidia" a vendor, which find_devices reads.
static_assert(token_of("GPUs").words.has(text::role_bit(word_role::unit)) &&
              token_of("GPUs").words.has(text::role_bit(word_role::prefix)) &&
              !token_of("GPUs").words.has(grammar::per_roles));
static_assert(token_of("per GPU").words.has(grammar::per_roles));
static_assert(token_of("Nvidia H100").words.has(text::device_start_roles) &&
              !token_of("GW").words.has(text::device_start_roles));
// A gated step reads as before: no accelerators where no word of theirs starts, a count where one does.
static_assert(grammar::find_devices(token_of("GW").words, "GW", 0, text::EN) == 0);
static_assert(grammar::find_devices(token_of("Nvidia H100").words, "Nvidia H100", 0, text::EN) == 11);

}  // namespace
