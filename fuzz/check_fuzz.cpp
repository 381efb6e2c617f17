// libFuzzer target for check(): whatever the text, every finding points into it (its figures start in
// its sentences, in its paragraph), a verdict of consistent or implausible was judged against a
// reference range with a finite implied value, a cause named was one tried, and the same text gives
// the same findings twice. The first byte picks the language, as for extract.
#include <aiscale/check.hpp>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {
namespace ai = aiscale;

bool inside(std::size_t begin, std::size_t end, std::size_t outer_begin, std::size_t outer_end) {
  return outer_begin <= begin && begin < end && end <= outer_end;
}

void expect(bool holds) {
  if (!holds) __builtin_trap();
}

void check_once(std::string_view text, ai::lang language) {
  const ai::check_result r = ai::check(text, language);
  for (const ai::finding& f : r.findings) {
    expect(!f.figures.empty() && !f.sentences.empty() && f.paragraph < r.paragraphs);
    for (const ai::text_span& s : f.sentences) expect(inside(s.begin, s.end, 0, text.size()));
    for (const ai::figure& g : f.figures) {
      expect(inside(g.begin, g.end, 0, text.size()));
      // A figure starts in one of the finding's sentences (it may run past its end: "2 GW" broken over
      // two lines reads as one figure, and a line break ends a sentence).
      bool in_a_sentence = false;
      for (const ai::text_span& s : f.sentences) in_a_sentence = in_a_sentence || s.contains(g.begin);
      expect(in_a_sentence);
    }
    if (f.result != ai::verdict::not_checkable) {
      expect(f.reference_range.valid() && std::isfinite(f.implied_value) && !f.reference.empty());
      expect(!f.implied.empty());
    }
    if (f.result != ai::verdict::implausible) expect(f.causes.empty());
    for (const ai::slip c : f.causes) {
      bool tried = false;
      for (const ai::slip t : f.tried) tried = tried || t == c;
      expect(tried);
    }
  }
  for (const ai::parse_error& e : r.errors) expect(e.offset <= text.size() && e.length <= text.size() - e.offset);
  // The same text, the same findings.
  const ai::check_result again = ai::check(text, language);
  expect(again.findings.size() == r.findings.size());
  for (std::size_t i = 0; i != r.findings.size(); ++i)
    expect(again.findings[i].implied == r.findings[i].implied && again.findings[i].result == r.findings[i].result);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  check_once(text, static_cast<ai::lang>(data[0] % 7));
  return 0;
}
