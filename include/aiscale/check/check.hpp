// check(text, lang): the figures of a text read (extract), related where they belong together (the
// same sentence first, then the same paragraph), each relation's implied figure judged against the
// catalogue and the reference figures, and the likely slip named.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "aiscale/check/finding.hpp"
#include "aiscale/check/judge.hpp"
#include "aiscale/check/names.hpp"
#include "aiscale/check/qualifier.hpp"
#include "aiscale/check/references.hpp"
#include "aiscale/check/segment.hpp"
#include "aiscale/text/extract.hpp"
#include "aiscale/text/parse.hpp"
#include "aiscale/units/compute.hpp"
#include "aiscale/units/derived.hpp"
#include "aiscale/units/ratio.hpp"
#include "aiscale/units/time.hpp"

namespace aiscale {

namespace detail::check {

// What a figure is to the checker, read with figure_range_as (each with parse_as's checks).
enum class role : std::uint8_t {
  other,
  money,        // USD
  gpus,         // accelerators, or H100-equivalents (as H100s)
  power,        // W
  energy,       // J
  compute,      // FLOP/s, of format
  percent,      // a ratio, 0.75 for 75 %
  usd_per_gpu,  // the per-unit figures the text layer reads
  w_per_gpu,
  usd_per_w,
  usd_per_kwh,
  flops_per_gpu,  // FLOP/s per accelerator, of format
};

struct item {
  figure fig;  // begin/end in the whole text
  role what = role::other;
  double low = 0, high = 0;  // in the role's unit
  std::string_view format;   // a compute figure's format label; empty when the text gives none
  bool h100e = false;        // H100-equivalents, counted as H100s
  bool foreign = false;      // money in another currency than USD (the references have no exchange rate)
  bool any_prefix = false;   // a quantity given by the caller: any prefix may have slipped
  std::size_t sentence = 0;  // index in the paragraph's sentences
  // Where the true value may lie, relative to value(): a range's ends, 0 below an upper bound ("up
  // to"), infinity above a lower bound ("more than"); 1 and 1 for a figure as written.
  double low_factor = 1, high_factor = 1;
  qualifier bound;  // the words that make it a bound, if any
  double value() const { return (low + high) / 2; }
};

template <class U>
bool read_as(const figure& f, U u, item& it, role r) {
  const auto q = figure_range_as(u, f);
  if (!q) return false;
  it.low = q->low.value();
  it.high = q->high.value();
  it.what = r;
  return true;
}

// A compute rate, or one per accelerator ("989 TFLOP/s per GPU"), in the format the text gives, or
// of no stated format.
template <class F>
bool read_compute(const figure& f, F format, item& it) {
  if (!read_as(f, FLOPS_of(format), it, role::compute) && !read_as(f, FLOPS_of(format) / gpu, it, role::flops_per_gpu))
    return false;
  it.format = F::label.view();
  return true;
}
template <class F>
bool read_compute_any(const figure& f, F format, item& it) {
  return read_compute(f, format, it) || read_compute(f, sparse(format), it);
}

// A figure followed by "per", "/", "each" ... is a rate that the text layer did not read as one: it
// reads a rate per accelerator, per energy, per power or per time in the article's language only
// ("700 W per GPU" in English and Italian, not in Spanish), and none per rack, server or unit, nor
// "each" or "apiece". Such a figure is left out of every relation rather than counted as a total;
// the rates the text layer reads are figures of their own kinds and never come here.
inline bool followed_by_per(std::string_view text, const figure& f) {
  static constexpr std::array<std::string_view, 12> per{"per ", "pro ",  "par ",   "por ",    "je ",    "each",
                                                        "/",    "a GPU", "apiece", "ciascun", "chacun", "cada "};
  std::size_t i = f.end;
  while (i < text.size() && text[i] == ' ') ++i;
  const std::string_view rest = text.substr(i, 10);
  // Italian and Spanish write "per" and "por" for "for" too: before a sum, up to two words after them
  // ("per circa 400 milioni di dollari", "por m\u00e1s de 300 millones", "por 300 millones"), they say
  // what was paid, not what the figure is per.
  const auto for_a_sum = [&](std::size_t word) {
    std::size_t k = i + word;
    for (int words = 0; words != 3; ++words) {
      while (k < text.size() && text[k] == ' ') ++k;
      if (k < text.size() && (is_ascii_digit(text[k]) || text[k] == '$' || text.substr(k, 3) == "\u20ac")) return true;
      while (k < text.size() && text[k] != ' ' && !is_ascii_digit(text[k])) ++k;  // a word before the sum
    }
    return false;
  };
  for (const std::string_view p : per)
    if (rest.size() >= p.size() && equal_ignoring_case(rest.substr(0, p.size()), p))
      return !((f.language == lang::it || f.language == lang::es) && (p == "per " || p == "por ") &&
               for_a_sum(p.size()));
  return false;
}

inline item classify_value(std::string_view text, const figure& f);

// A figure read, with what the words around it say of it: a range's ends and a bound ("more than").
inline item classify(std::string_view text, const figure& f) {
  item it = classify_value(text, f);
  if (it.what == role::other) return it;
  const double mid = it.value();
  if (it.high > it.low && mid > 0) {
    it.low_factor = it.low / mid;
    it.high_factor = it.high / mid;
  }
  it.bound = qualifier_of(text, f.begin, f.end);
  if (it.bound.kind == bound_kind::at_least) it.high_factor = std::numeric_limits<double>::infinity();
  if (it.bound.kind == bound_kind::at_most) it.low_factor = 0;
  return it;
}

inline item classify_value(std::string_view text, const figure& f) {
  item it;
  it.fig = f;
  // A figure of zero or less ("-5 GW", a change) or an infinite one is no total that a relation could
  // divide or be divided by: left out (a quotient by "-0 gigawatt" was -inf, and below any reference).
  if (!(f.value > 0) || !(f.upper <= std::numeric_limits<double>::max())) return it;
  if (read_as(f, usd_per_gpu, it, role::usd_per_gpu) || read_as(f, W_per_gpu, it, role::w_per_gpu) ||
      read_as(f, usd / W, it, role::usd_per_w) || read_as(f, usd_per_kWh, it, role::usd_per_kwh))
    return it;
  // A sum per GPU or per power in a currency the references do not convert ("28.000 Euro pro GPU"):
  // judged as not checkable, like such a sum alone. A price per kWh in it takes no relation.
  if (f.kind == figure_kind::money_per_device || f.kind == figure_kind::money_per_power) {
    it.what = f.kind == figure_kind::money_per_device ? role::usd_per_gpu : role::usd_per_w;
    it.foreign = true;
    it.low = f.value;
    it.high = f.upper;
    return it;
  }
  if (followed_by_per(text, f)) return it;
  // One accelerator written as a word ("a GPU cluster", "eine GPU", "one H100") is the noun's
  // article, not a fleet's count: a total of its sentence divided by it is no claim per GPU.
  if (f.kind == figure_kind::gpus && f.value == 1 && f.upper == 1 && f.end > f.begin && !is_ascii_digit(text[f.begin]))
    return it;
  if (read_as(f, usd, it, role::money) || read_as(f, gpu, it, role::gpus) || read_as(f, W, it, role::power) ||
      read_as(f, J, it, role::energy))
    return it;
  if (f.kind == figure_kind::money) {  // in a currency the references do not convert: related, not judged
    it.what = role::money;
    it.foreign = true;
    it.low = f.value;
    it.high = f.upper;
    return it;
  }
  if (f.kind == figure_kind::h100_equivalents) {  // the count of H100s whose peak they are
    it.what = role::gpus;
    it.low = f.value;
    it.high = f.upper;
    it.h100e = true;
    return it;
  }
  if (read_compute(f, unknown_format, it) || read_compute_any(f, fp64, it) || read_compute_any(f, fp32, it) ||
      read_compute_any(f, tf32, it) || read_compute_any(f, bf16, it) || read_compute_any(f, fp16, it) ||
      read_compute_any(f, fp8, it) || read_compute_any(f, fp4, it) || read_compute_any(f, int8, it))
    return it;
  // A percentage the text writes as one ("75 %", "75 procent"), not a bare number.
  if (f.kind == figure_kind::number && !f.unit_text.empty() && read_as(f, percent, it, role::percent)) {
    it.low /= 100;
    it.high /= 100;
    return it;
  }
  it.what = role::other;
  return it;
}

// Whether a figure carries a power-of-1000 prefix or a scale word that a slip could have moved. A
// price per energy or a sum per power may carry it in the unit it is per ("0,08 dollar par MWh",
// "$80/MWh"): the last word of its unit is looked at. (The accelerator a rate per GPU is per has none.)
inline bool has_prefix(const figure& f) {
  if (!f.scale_word.empty()) return true;
  std::string_view u = f.unit_text;
  if (f.kind == figure_kind::price_per_energy || f.kind == figure_kind::money_per_power) {
    const std::size_t last = u.find_last_of(" /");
    if (last != std::string_view::npos) u = u.substr(last + 1);
  }
  if (u.size() >= 2 && std::string_view("kMGTPEZ").find(u[0]) != std::string_view::npos && is_ascii_letter(u[1]))
    return true;
  static constexpr std::array<std::string_view, 7> words{"kilo", "mega", "giga", "tera", "peta", "exa", "zetta"};
  for (const std::string_view w : words)
    if (u.size() > w.size() && equal_ignoring_case(u.substr(0, w.size()), w)) return true;
  return false;
}

// Whether a figure's scale word differs between the long and the short scale, and the factor that
// gives the other scale's reading: a long-scale text's Billion, Bio., biljoen, bln, billón or
// bilione is 1000 times the English billion it may translate (factor 1/1000); an English billion,
// bn, trillion or tn may translate a long-scale Milliarde or Billion the other way (factor 1000).
inline double other_scale_factor(const figure& f, lang language) {
  const std::string_view w = f.scale_word;
  if (w.empty()) return 0;
  const lang l = f.language == lang::guess ? language : f.language;
  if (uses_long_scale(l)) {
    const bool looks_like_billion = (w.size() >= 2 && equal_ignoring_case(w.substr(0, 2), "bi")) ||
                                    (w.size() >= 3 && equal_ignoring_case(w.substr(0, 3), "bln"));
    return looks_like_billion ? 1e-3 : 0;
  }
  const char first = lower(w[0]);
  return (first == 'b' || first == 't') && !equal_ignoring_case(w.substr(0, w.size() < 4 ? w.size() : 4), "thou") ? 1e3
                                                                                                                  : 0;
}

inline constexpr double year_hours = (1.0 * year).value_in(h);
inline constexpr double year_seconds = (1.0 * year).value_in(s);

// A set of roles, one bit each; a percentage in a sentence that names a country has its own bit.
using role_set = std::uint32_t;
constexpr role_set bit(role r) { return role_set{1} << static_cast<unsigned>(r); }
inline constexpr role_set country_share_bit = role_set{1} << 31;

// One paragraph being related.
struct paragraph_work {
  std::string_view text;  // the whole text
  lang language = lang::en;
  std::size_t index = 0;
  std::vector<text_span> sentences;
  std::vector<std::vector<std::string_view>> subjects;  // per sentence
  std::vector<role_set> roles;                          // per sentence: the roles of its figures
  std::vector<item> items;                              // in text order
  std::vector<const country_profile*> countries;        // per item: the country a percentage is of
};

inline role_set roles_of(const paragraph_work& w, std::size_t i) {
  return bit(w.items[i].what) | (w.countries[i] != nullptr ? country_share_bit : 0);
}

enum class partner_scope : std::uint8_t { sentence, paragraph };

// How many sentences apart two figures may be related without naming a subject in common.
inline constexpr std::size_t near_sentences = 2;
// How many figures on each side of an anchor are looked at for its partner: a bound that keeps
// a paragraph of thousands of figures linear.
inline constexpr std::size_t partner_reach = 256;

// The partner of an anchor for one relation: the nearest figure of the partner's kind in the
// anchor's sentence; or, where neither sentence has a figure of the other's kind, the nearest in
// the paragraph whose sentence is about the same subject (and within near_sentences, unless both
// sentences name that subject).
inline std::size_t find_partner(const paragraph_work& w, std::size_t anchor, partner_scope scope, role_set anchors,
                                role_set partners, const std::vector<bool>& taken) {
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  const item& a = w.items[anchor];
  if (scope == partner_scope::paragraph && (w.roles[a.sentence] & partners) != 0) return none;
  const auto acceptable = [&](std::size_t i) {
    const item& b = w.items[i];
    if (taken[i] || (roles_of(w, i) & partners) == 0) return false;
    if (scope == partner_scope::sentence) return b.sentence == a.sentence;
    if (b.sentence == a.sentence || (w.roles[b.sentence] & anchors) != 0) return false;
    if (!same_subject(w.subjects[a.sentence], w.subjects[b.sentence])) return false;
    // Further than the next sentence but one, only where both sentences name the same subject: a
    // long paragraph (a page scraped without its breaks) moves on to other things.
    const std::size_t gap = a.sentence > b.sentence ? a.sentence - b.sentence : b.sentence - a.sentence;
    return gap <= near_sentences || shares_subject(w.subjects[a.sentence], w.subjects[b.sentence]);
  };
  std::size_t before = none, after = none;
  for (std::size_t k = 1; k <= partner_reach && k <= anchor && before == none; ++k)
    if (acceptable(anchor - k)) before = anchor - k;
  for (std::size_t k = 1; k <= partner_reach && anchor + k < w.items.size() && after == none; ++k)
    if (acceptable(anchor + k)) after = anchor + k;
  if (before == none) return after;
  if (after == none) return before;
  return a.fig.begin - w.items[before].fig.begin <= w.items[after].fig.begin - a.fig.begin ? before : after;
}

// --- references for a set of accelerators -------------------------------------------------------
// The accelerators a relation is about: named by the count itself ("30.000 GB200"), or in the
// sentences of its figures; H100-equivalents are H100s. None named: the deployed accelerators of
// the catalogue (those with a system power), as an envelope.
inline std::vector<const accelerator_profile*> accelerators_for(const paragraph_work& w,
                                                                const std::vector<const item*>& figures) {
  std::vector<const accelerator_profile*> out;
  const auto add = [&](const accelerator_profile* p) {
    for (const accelerator_profile* q : out)
      if (q->token == p->token) return;
    out.push_back(p);
  };
  for (const item* it : figures) {
    if (it->h100e)
      for (const accelerator_profile& p : accelerator_profiles())
        if (p.token == "H100") add(&p);
    for (const accelerator_profile* p : accelerators_named(w.text, w.sentences[it->sentence])) add(p);
  }
  if (out.empty())
    for (const accelerator_profile& p : accelerator_profiles())
      if (p.all_in_power.valid()) add(&p);
  return out;
}

inline std::string tokens_of(const std::vector<const accelerator_profile*>& ps) {
  std::string out;
  for (const accelerator_profile* p : ps)
    out += (out.empty() ? "" : ", ") + std::string(p->aliases[0].empty() ? p->token : p->aliases[0]);
  return out;
}

// The accelerators of ps for which get() gives no range: a fleet named with one of them is not
// judged against the others' figures.
template <class Get>
std::vector<const accelerator_profile*> without(const std::vector<const accelerator_profile*>& ps, Get get) {
  std::vector<const accelerator_profile*> out;
  for (const accelerator_profile* p : ps)
    if (!get(*p).valid()) out.push_back(p);
  return out;
}

// The smallest range holding every valid range that get() gives.
template <class Get>
value_range envelope(const std::vector<const accelerator_profile*>& ps, Get get) {
  value_range r{0, 0};
  for (const accelerator_profile* p : ps) {
    const value_range x = get(*p);
    if (!x.valid()) continue;
    if (!r.valid()) {
      r = x;
      continue;
    }
    r.low = x.low < r.low ? x.low : r.low;
    r.high = x.high > r.high ? x.high : r.high;
  }
  return r;
}

inline value_range peak_of(const accelerator_profile& p, std::string_view format) {
  for (std::size_t i = 0; i != p.peak_count; ++i)
    if (p.peaks[i].format == format) return {p.peaks[i].flops, p.peaks[i].flops};
  return {};
}

// --- building a finding --------------------------------------------------------------------------
struct relation_builder {
  const paragraph_work& w;
  finding out;
  judgement_input in;
  std::vector<const item*> figures;

  relation_builder(const paragraph_work& work, relation kind, std::vector<const item*> figs)
      : w(work), figures(std::move(figs)) {
    out.kind = kind;
    out.paragraph = w.index;
    std::size_t first = figures.front()->sentence, last = first;
    for (const item* it : figures) {
      out.figures.push_back(it->fig);
      first = it->sentence < first ? it->sentence : first;
      last = it->sentence > last ? it->sentence : last;
    }
    for (std::size_t i = first; i <= last; ++i)
      for (const item* it : figures)
        if (it->sentence == i) {
          out.sentences.push_back(w.sentences[i]);
          break;
        }
    out.same_sentence = first == last;
    for (std::size_t i = 0; i != figures.size() && i != 2; ++i) {
      in.values[i] = figures[i]->value();
      in.low_factor[i] = figures[i]->low_factor;
      in.high_factor[i] = figures[i]->high_factor;
    }
  }
  // How the implied figure is written ("1.5 kW per GPU"), for the note on a range or a bound.
  std::string (*write_implied)(double) = nullptr;
  // Why a figure outside the reference on an open side (in.open_below, in.open_above) is no evidence.
  std::string open_note;
  // Whether a sentence of the relation's figures has a word of stems, or says what pred says.
  template <class Pred>
  bool says(Pred pred) const {
    for (const text_span& sentence : out.sentences)
      if (pred(w.text, sentence)) return true;
    return false;
  }
  // How a figure is quoted in an explanation: its text, or "the rate" for one given by the caller.
  std::string span(std::size_t i) const {
    const figure& f = figures[i]->fig;
    return f.end > f.begin ? "\"" + std::string(f.span_in(w.text)) + "\"" : std::string("the rate");
  }

  // The prefix and scale slips that could apply to figure i.
  template <class Write>
  void add_figure_slips(std::size_t i, Write write) {
    const figure& f = figures[i]->fig;
    const auto add = [&](slip cause, double factor, const std::string& what) {
      std::array<double, 2> v = in.values;
      v[i] *= factor;
      in.figure_slips.push_back({cause, i, factor, span(i) + " " + what + ": " + write(in.implied(v[0], v[1]))});
    };
    // The scale mix-up first: where a false friend of billion is written, it is the likelier reading
    // of a factor of 1000 than a slip of prefix.
    const double other = other_scale_factor(f, w.language);
    if (other != 0)
      add(slip::long_vs_short_scale, other,
          other < 1 ? "in the long scale, 1000 times the short-scale billion it may translate"
                    : "in the short scale, 1/1000 of the long-scale word it may translate");
    if (has_prefix(f) || figures[i]->any_prefix) {
      add(slip::prefix_off_by_1000, 1e-3, "is 1000 times what was meant");
      add(slip::prefix_off_by_1000, 1e3, "is 1/1000 of what was meant");
    }
  }
  void add_reference_slip(slip cause, value_range r, std::string what) {
    if (r.valid()) in.reference_slips.push_back({cause, r, std::move(what)});
  }

  finding judge_now() {
    // A count of H100-equivalents is a count of H100s' peaks: the implied figure says so.
    const std::string_view per_gpu = " per GPU";
    if (figures.size() == 2 && figures[1]->h100e && out.implied.size() > per_gpu.size() &&
        out.implied.compare(out.implied.size() - per_gpu.size(), per_gpu.size(), per_gpu) == 0)
      out.implied.replace(out.implied.size() - per_gpu.size(), per_gpu.size(), " per H100-equivalent");
    const judgement j = judge(in);
    add_bound_note(j);
    if (j.on_open_side) add_note(open_note);
    out.result = j.result;
    out.causes = j.causes;
    out.explanation = j.explanation;
    out.tried = j.tried;
    out.implied_value = j.implied;
    out.reference_range = in.reference;
    return out;
  }
  void add_note(const std::string& what) { out.note += (out.note.empty() ? "" : "; ") + what; }
  // What the figures' ranges and bounds make of the implied figure, and why a verdict is withheld.
  void add_bound_note(const judgement& j) {
    std::string words;
    for (const item* it : figures)
      if (it->bound.kind != bound_kind::none)
        words += (words.empty() ? "\"" : ", \"") + std::string(it->bound.words) + "\" " +
                 (it->bound.kind == bound_kind::at_least ? "(at least)" : "(at most)");
    const bool ranged = j.implied_low < j.implied || j.implied_high > j.implied;
    if (write_implied != nullptr && ranged && !j.unbounded) {
      const std::string span = !(j.implied_low > 0) ? "at most " + write_implied(j.implied_high)
                               : !std::isfinite(j.implied_high)
                                   ? "at least " + write_implied(j.implied_low)
                                   : write_implied(j.implied_low) + " to " + write_implied(j.implied_high);
      add_note((words.empty() ? std::string("a range") : "a bound: " + words) + ", so the implied figure is " + span);
    }
    if (j.unbounded) add_note("the figures are bounds that leave the implied figure open: " + words);
  }
  finding not_checkable(std::string why) {
    out.result = verdict::not_checkable;
    out.note = std::move(why);
    return out;
  }
};

inline double divide(double a, double b) { return a / b; }

inline std::string no_exchange_rate(const item& money) {
  return "the reference figures have no exchange rate for " + std::string(money.fig.currency) +
         ": a sum in it is not converted";
}

inline std::string per_gpu_usd(double v) { return usd_text(v) + " per GPU"; }
inline std::string per_gpu_w(double v) { return si_text(v, "W") + " per GPU"; }
inline std::string per_gpu_flops(double v) { return si_text(v, "FLOP/s") + " per GPU"; }
inline std::string per_gw_usd(double v) { return usd_text(v * 1e9) + " per GW"; }
inline std::string per_kwh_usd(double v) { return "USD " + number_text(v) + " per kWh"; }

// Money per accelerator, against the GPU alone (its price) up to all in (the fleet model's
// all-in cost): both are what articles call the cost of a GPU.
inline finding cost_per_gpu(const paragraph_work& w, std::vector<const item*> figs, bool per_unit) {
  relation_builder b(w, relation::cost_per_gpu, std::move(figs));
  if (per_unit) b.in.values[1] = 1;
  b.in.implied = divide;
  const auto accs = accelerators_for(w, b.figures);
  const value_range price = envelope(accs, [](const accelerator_profile& p) { return p.price; });
  const value_range all_in = envelope(accs, [](const accelerator_profile& p) { return p.all_in_cost; });
  if (b.figures[0]->foreign) {
    b.out.implied =
        std::string(b.figures[0]->fig.currency) + " " + number_text(b.in.values[0] / b.in.values[1]) + " per GPU";
    return b.not_checkable(no_exchange_rate(*b.figures[0]));
  }
  b.write_implied = per_gpu_usd;
  b.out.implied = per_gpu_usd(b.in.values[0] / b.in.values[1]);
  const auto priced = [](const accelerator_profile& p) { return p.price.valid() ? p.price : p.all_in_cost; };
  if (!without(accs, priced).empty())
    return b.not_checkable("the catalogue has no price for " + tokens_of(without(accs, priced)));
  b.in.reference = {price.valid() ? price.low : all_in.low, all_in.valid() ? all_in.high : price.high};
  b.out.reference = tokens_of(accs) + ": the GPU alone " + range_text(price, usd_text) + ", all in " +
                    range_text(all_in, usd_text) + " per GPU";
  b.out.source = std::string(accs.front()->price_source) + "; all in: system power x PUE " + number_text(pue_low) +
                 "-" + number_text(pue_high) + " x " + std::string(reference::cost_per_gw.source);
  // A sum for a fleet below what its GPUs cost alone may be the buildings and power without them,
  // unless the text says the sum buys or includes them.
  b.in.open_below = !per_unit && !b.says(includes_hardware);
  b.open_note =
      "below the GPUs' price: the text does not say the sum includes the GPUs (it may be the "
      "buildings and power alone, which the references do not price)";
  b.add_figure_slips(0, per_gpu_usd);
  if (!per_unit) b.add_figure_slips(1, per_gpu_usd);
  return b.judge_now();
}

// Power per accelerator. A fleet's power (what a site or a grid supplies) is all in: the system
// power per GPU times the PUE; the chips' TDP alone is the slip "chip vs all-in". A figure given
// per GPU may be either.
inline finding power_per_gpu(const paragraph_work& w, std::vector<const item*> figs, bool per_unit) {
  relation_builder b(w, relation::power_per_gpu, std::move(figs));
  const item& p = *b.figures[0];
  if (per_unit) b.in.values[1] = 1;
  if (p.what == role::energy) {  // a year's energy is an average power
    b.in.values[0] = p.value() / year_seconds;
    b.out.note = "the energy is read as a year's: an average power";
  }
  b.in.implied = divide;
  const auto accs = accelerators_for(w, b.figures);
  const value_range chip = envelope(accs, [](const accelerator_profile& a) { return a.chip_power; });
  const value_range all_in = envelope(accs, [](const accelerator_profile& a) { return a.all_in_power; });
  b.write_implied = per_gpu_w;
  b.out.implied = per_gpu_w(b.in.values[0] / b.in.values[1]);
  const auto system = [](const accelerator_profile& a) { return a.all_in_power; };
  if (!without(accs, system).empty())
    return b.not_checkable("the catalogue has no system power for " + tokens_of(without(accs, system)));
  b.out.reference = tokens_of(accs) + ": all in " + range_text(all_in, [](double v) { return si_text(v, "W"); }) +
                    " per GPU (system power, as IT load up to x PUE " + number_text(pue_high) + ")";
  b.out.source = std::string(accs.front()->system_source) + "; " + std::string(reference::pue_google_2023.source) +
                 "; " + std::string(reference::pue_industry_2024.source);
  if (per_unit) {
    b.in.reference = {chip.valid() ? chip.low : all_in.low, all_in.high};
    b.out.reference += ", the chip alone " + range_text(chip, [](double v) { return si_text(v, "W"); });
  } else {
    b.in.reference = all_in;
    // A site's power above what its GPUs draw all in is often its capacity or grid connection (room
    // for later phases, redundancy), which the references do not bound: no evidence by itself.
    b.in.open_above = true;
    b.open_note =
        "above what these GPUs draw all in: a site's stated power is often its capacity or grid "
        "connection, which the references do not bound";
    b.add_reference_slip(slip::chip_vs_all_in, chip, "the chips' TDP alone, " + range_text(chip, [](double v) {
                                                       return si_text(v, "W");
                                                     }) + " per GPU, without server and cooling");
  }
  b.add_figure_slips(0, per_gpu_w);
  if (!per_unit) b.add_figure_slips(1, per_gpu_w);
  // Power vs energy: an energy's Wh taken for W, or a power's W for a year's Wh.
  std::array<double, 2> v = b.in.values;
  const double factor = p.what == role::energy ? year_hours : 1 / year_hours;
  v[0] *= factor;
  b.in.figure_slips.push_back({slip::power_vs_energy, 0, factor,
                               b.span(0) +
                                   (p.what == role::energy ? " is the power meant, written as an energy: "
                                                           : " is a year's energy meant, written as a power: ") +
                                   per_gpu_w(v[0] / v[1])});
  return b.judge_now();
}

// Whether a compute figure says it is dense in its own words ("2.5 petaflops of dense FP8"): the text
// layer reads the word (its vocabulary's format_sparsities, the entry without SPARSE) into the
// figure's span and keeps the format's dense label.
inline bool says_dense(const paragraph_work& w, const item& it) {
  const std::string_view span = it.fig.span_in(w.text);
  for (const detail::text::word_entry& e : detail::text::format_sparsities) {
    if ((e.flags & detail::text::SPARSE) != 0) continue;
    for (std::size_t i = span.find(e.text); i != std::string_view::npos; i = span.find(e.text, i + 1))
      if (i == 0 || span[i - 1] == ' ' || span[i - 1] == '(') return true;
  }
  return false;
}

// Compute per accelerator, against the peak of the format the text gives; a figure with no
// format is read as dense BF16, the format of the H100-equivalent. A format named without "dense"
// or "sparse" is judged against both of its peaks: vendors print their headline figures with 2:4
// sparsity ("1.4 exaFLOPS of FP4" for a GB200 NVL72 is NVIDIA's sparse figure), so quoting one is no
// slip. Every other published format is the slip "another numeric format or sparsity".
inline finding compute_per_gpu(const paragraph_work& w, std::vector<const item*> figs, bool per_unit) {
  relation_builder b(w, relation::compute_per_gpu, std::move(figs));
  if (per_unit) b.in.values[1] = 1;
  b.in.implied = divide;
  const auto accs = accelerators_for(w, b.figures);
  const std::string_view format = b.figures[0]->format.empty() ? bf16.label.view() : b.figures[0]->format;
  if (b.figures[0]->format.empty()) b.out.note = "the text gives no numeric format: read as dense BF16";
  const auto flops = [](double v) { return si_text(v, "FLOP/s"); };
  b.write_implied = per_gpu_flops;
  b.out.implied = per_gpu_flops(b.in.values[0] / b.in.values[1]);
  const value_range peak = envelope(accs, [&](const accelerator_profile& p) { return peak_of(p, format); });
  const auto of_format = [&](const accelerator_profile& p) { return peak_of(p, format); };
  if (!without(accs, of_format).empty())
    return b.not_checkable("the catalogue has no " + std::string(format) + " peak for " +
                           tokens_of(without(accs, of_format)));
  // The same format's sparse peak, where the text names the format but not its sparsity.
  const std::string sparse_label = std::string(format) + " sparse";
  const bool sparse_too =
      !b.figures[0]->format.empty() && !format.ends_with(" sparse") && !says_dense(w, *b.figures[0]);
  const value_range sparse_peak =
      sparse_too ? envelope(accs, [&](const accelerator_profile& p) { return peak_of(p, sparse_label); })
                 : value_range{};
  b.in.reference = sparse_peak.valid()
                       ? value_range{std::min(peak.low, sparse_peak.low), std::max(peak.high, sparse_peak.high)}
                       : peak;
  // Below the peak may be a sustained rate (a share of the peak that the references do not give).
  b.in.open_below = true;
  b.open_note = "below the peak: a sustained rate may be any share of it, which the references do not give";
  b.out.reference = tokens_of(accs) + ": " + std::string(format) + " peak " + range_text(peak, flops) + " per GPU";
  if (sparse_peak.valid())
    b.out.reference += ", " + sparse_label + " " + range_text(sparse_peak, flops) + " (the text does not say which)";
  b.out.source = std::string(accs.front()->source);
  // Every other format published for these accelerators, each once.
  std::vector<std::string_view> seen{format};
  if (sparse_peak.valid()) seen.push_back(sparse_label);
  for (const accelerator_profile* a : accs)
    for (std::size_t i = 0; i != a->peak_count; ++i) {
      const std::string_view f = a->peaks[i].format;
      bool known = false;
      for (const std::string_view x : seen) known = known || x == f;
      if (known) continue;
      seen.push_back(f);
      const value_range r = envelope(accs, [&](const accelerator_profile& p) { return peak_of(p, f); });
      b.add_reference_slip(slip::numeric_format, r, std::string(f) + " peak " + range_text(r, flops) + " per GPU");
    }
  b.add_figure_slips(0, per_gpu_flops);
  if (!per_unit) b.add_figure_slips(1, per_gpu_flops);
  return b.judge_now();
}

// Money per power: the all-in cost of a GW (from a GW at the facility to a GW of IT load). Its
// parts (NVIDIA's hardware, the GPUs alone) are the slip "a share taken for the total" where the
// text presents the sum as the cost; where it does not (an investment, a deal), a sum below the
// whole is a share of it and agrees.
inline finding cost_per_power(const paragraph_work& w, std::vector<const item*> figs, bool per_unit) {
  relation_builder b(w, relation::cost_per_power, std::move(figs));
  if (per_unit) b.in.values[1] = 1;
  b.in.implied = divide;
  if (b.figures[0]->foreign) {
    b.out.implied =
        std::string(b.figures[0]->fig.currency) + " " + number_text(b.in.values[0] / b.in.values[1] * 1e9) + " per GW";
    return b.not_checkable(no_exchange_rate(*b.figures[0]));
  }
  const cost_per_power_reference ref = gw_cost_reference();
  b.in.reference = ref.whole;
  b.write_implied = per_gw_usd;
  b.out.implied = per_gw_usd(b.in.values[0] / b.in.values[1]);
  b.out.reference = "all in " + range_text(ref.whole, per_gw_usd) + " (a GW at the facility up to a GW of IT load)";
  b.out.source = std::string(ref.source);
  const auto accs = accelerators_for(w, b.figures);
  const value_range gpus_alone = envelope(accs, [](const accelerator_profile& p) {
    return p.price.valid() && p.all_in_power.valid()
               ? value_range{p.price.low / p.all_in_power.high, p.price.high / p.all_in_power.low}
               : value_range{};
  });
  const bool presented_as_cost = per_unit || has_word_starting(w.text, w.sentences[b.figures[0]->sentence], cost_stems);
  if (presented_as_cost) {
    b.add_reference_slip(slip::share_for_total, ref.nvidia_hardware,
                         "NVIDIA's hardware alone, " + range_text(ref.nvidia_hardware, per_gw_usd));
    b.add_reference_slip(slip::share_for_total, gpus_alone,
                         "the GPUs alone (" + tokens_of(accs) + "), " + range_text(gpus_alone, per_gw_usd));
  }
  // Below the all-in cost, a cost that the text does not say includes the hardware may be the
  // buildings and power alone: no evidence of a slip by itself.
  const bool with_hardware = b.says(includes_hardware);
  b.in.open_below = !presented_as_cost || !with_hardware;
  b.open_note =
      "below the all-in cost of a GW: the text does not say the sum includes the chips (it may be the "
      "buildings and power alone, which the references do not price)";
  b.add_figure_slips(0, per_gw_usd);
  if (!per_unit) b.add_figure_slips(1, per_gw_usd);
  finding f = b.judge_now();
  const double implied = f.implied_value;
  // A share agrees down to a thousandth of the whole: below that ("$20" for a GW) the text says too
  // little of the GW for a verdict either way.
  if (!presented_as_cost && f.result == verdict::not_checkable && implied < ref.whole.low && f.causes.empty()) {
    const std::string share =
        number_text(100 * implied / ref.whole.low) + " % of the all-in cost of a GW at the facility";
    if (implied >= ref.whole.low / 1000) {
      f.result = verdict::consistent;
      f.note = "a share of the whole, not its cost: " + share;
    } else {
      f.note = "a share of the whole, if any, too small to judge: " + share;
    }
  }
  return f;
}

// A power against a country's electricity consumption (a yearly energy is an average power), for
// the percentage the text gives. Capacity and peak demand are the slip "capacity or peak vs
// consumption".
inline finding country_share(const paragraph_work& w, std::vector<const item*> figs, const country_profile& c) {
  // figures: [0] the power or energy, [1] the percentage
  relation_builder b(w, relation::country_share, std::move(figs));
  const item& p = *b.figures[0];
  if (p.what == role::energy) {
    b.in.values[0] = p.value() / year_seconds;
    b.out.note = "the energy is read as a year's: an average power";
  }
  b.in.implied = divide;  // the consumption the text implies: power / share
  b.in.reference = c.consumption;
  // A text that says its share is of the generating capacity or of the peak demand is judged on that
  // basis: "29 % of the UK's generating capacity" is no slip.
  const text_span said = w.sentences[b.figures[1]->sentence];
  const bool of_capacity = has_word_starting(w.text, said, capacity_stems);
  const bool of_peak = !of_capacity && has_word_starting(w.text, said, peak_stems);
  if (of_capacity || of_peak) {
    const value_range basis = of_capacity ? c.capacity : c.peak;
    const auto watts = [](double v) { return si_text(v, "W"); };
    b.in.reference = basis;
    b.out.implied = number_text(100 * b.in.values[0] / basis.high) + " % of " + std::string(c.name) + "'s " +
                    (of_capacity ? "generating capacity" : "peak demand") +
                    " (the text: " + number_text(100 * b.in.values[1]) + " %)";
    b.out.reference = std::string(c.name) + "'s " + (of_capacity ? "generating capacity " : "peak demand ") +
                      range_text(basis, watts);
    b.out.source = of_capacity ? c.capacity_source : c.peak_source;
    b.add_figure_slips(0, [&](double v) { return std::string(c.name) + " at " + watts(v); });
    finding f = b.judge_now();
    f.implied_value = b.in.values[1];
    f.reference_range = {b.in.values[0] / basis.high, b.in.values[0] / basis.low};
    return f;
  }
  const double power = b.in.values[0];
  const auto share = [&](value_range r) {
    return number_text(100 * power / r.high) + (r.low == r.high ? "" : "-" + number_text(100 * power / r.low)) + " %";
  };
  const auto watts = [](double v) { return si_text(v, "W"); };
  b.out.implied = share(c.consumption) + " of " + std::string(c.name) +
                  "'s electricity consumption (the text: " + number_text(100 * b.in.values[1]) + " %)";
  b.out.reference = std::string(c.name) + "'s consumption " + range_text(c.consumption, watts) + " on average";
  b.out.source = c.consumption_source;
  b.add_reference_slip(slip::capacity_vs_consumption, c.capacity,
                       "against " + std::string(c.name) + "'s generating capacity, " + range_text(c.capacity, watts) +
                           ": " + share(c.capacity) + " (" + std::string(c.capacity_source) + ")");
  b.add_reference_slip(slip::capacity_vs_consumption, c.peak,
                       "against " + std::string(c.name) + "'s peak demand, " + range_text(c.peak, watts) + ": " +
                           share(c.peak) + " (" + std::string(c.peak_source) + ")");
  const auto consumption_text = [&](double v) { return std::string(c.name) + " consuming " + watts(v); };
  b.add_figure_slips(0, consumption_text);
  std::array<double, 2> v = b.in.values;
  const double factor = p.what == role::energy ? year_hours : 1 / year_hours;
  v[0] *= factor;
  b.in.figure_slips.push_back(
      {slip::power_vs_energy, 0, factor,
       b.span(0) +
           (p.what == role::energy ? " is a power, written as an energy" : " is a year's energy, written as a power") +
           ": " + number_text(100 * v[0] / c.consumption.high) + " %"});
  finding f = b.judge_now();
  f.implied_value = b.in.values[1];
  f.reference_range = {power / c.consumption.high, power / c.consumption.low};
  return f;
}

// A price of electricity, against the industrial average of the reference figures.
inline finding electricity_price(const paragraph_work& w, std::vector<const item*> figs) {
  relation_builder b(w, relation::electricity_price, std::move(figs));
  b.in.values[1] = 1;
  b.in.implied = divide;
  b.in.reference = electricity_price_reference();
  b.write_implied = per_kwh_usd;
  b.out.implied = per_kwh_usd(b.in.values[0]);
  b.out.reference = "industrial average " + range_text(b.in.reference, per_kwh_usd);
  b.out.source = std::string(reference::us_industrial_price_2024.source);
  // Prices differ by place, contract and customer: off the average is no evidence by itself.
  b.in.open_below = b.in.open_above = true;
  b.open_note = "off the average: prices differ by place, contract and customer";
  b.add_figure_slips(0, per_kwh_usd);
  return b.judge_now();
}

// A sum or a count in a sentence that names a project of the reference figures, against what the
// references say of it: Stargate's cost (its 10 GW all in), Colossus 1's GPUs (xAI's list). A count
// that names one part's accelerator ("30.000 GB200") is judged against that part; the parts are
// the slip "a share taken for the total" for a figure judged against the whole.
inline finding project_figure(const paragraph_work& w, const item& it, const project_profile& p) {
  relation_builder b(w, relation::project_figure, {&it});
  b.in.values[1] = 1;
  b.in.implied = divide;
  const project_part* part = nullptr;
  for (const project_part& x : p.parts)
    if (!x.token.empty() && names(w.text, {it.fig.begin, it.fig.end}, x.token)) part = &x;
  const auto write = [&](double v) { return p.money ? usd_text(v) : number_text(v) + " GPUs"; };
  b.out.implied = write(it.value()) + " at " + std::string(p.subject);
  b.in.reference = part != nullptr ? part->range : p.whole;
  b.out.reference = std::string(p.subject) + ", " +
                    (part != nullptr ? std::string(part->what) + " of " + p.what : p.what) + ": " +
                    range_text(b.in.reference, write);
  b.out.source = p.source;
  // Below the whole may be a phase or a part, unless the text says it is the whole ("in total").
  b.in.open_below = part == nullptr &&
                    !b.says([](std::string_view t, text_span sp) { return has_word_starting(t, sp, total_stems); });
  b.open_note = "below the whole: the text does not say it is the whole (a phase or a part may be meant)";
  if (part == nullptr)
    for (const project_part& x : p.parts)
      b.add_reference_slip(slip::share_for_total, x.range,
                           std::string(x.what) + " alone, " + range_text(x.range, write));
  b.add_figure_slips(0, write);
  return b.judge_now();
}

// Every relation of one paragraph, in the order: per-unit figures, then each anchor (money, power,
// compute, percentage) with its partner in the same sentence, then in the paragraph, then the
// figures of named projects.
inline void relate(const paragraph_work& w, std::vector<finding>& out) {
  const std::size_t n = w.items.size();
  const role_set money = bit(role::money), gpus = bit(role::gpus), power = bit(role::power),
                 power_or_energy = bit(role::power) | bit(role::energy), compute = bit(role::compute);
  for (const item& it : w.items) {
    const std::vector<const item*> one{&it};
    if (it.what == role::usd_per_gpu) out.push_back(cost_per_gpu(w, one, true));
    if (it.what == role::w_per_gpu) out.push_back(power_per_gpu(w, one, true));
    if (it.what == role::usd_per_w) out.push_back(cost_per_power(w, one, true));
    if (it.what == role::usd_per_kwh) out.push_back(electricity_price(w, one));
    if (it.what == role::flops_per_gpu) out.push_back(compute_per_gpu(w, one, true));
  }
  // taken[r][i]: item i is already related in relation r; money takes one relation only.
  std::array<std::vector<bool>, 5> taken;
  for (auto& t : taken) t.assign(n, false);
  std::vector<bool> money_used(n, false);
  struct pending {
    std::size_t anchor, partner;
    relation kind;
    const project_profile* project = nullptr;
  };
  std::vector<pending> found;
  // A sum, power or compute figure related to another of its own sentence has its claim there: it is
  // not related across sentences too (the 4 GW of a country share is not also the power of the next
  // sentence's GPUs). A count of GPUs may be: a fleet is the subject of several sentences.
  std::vector<bool> in_sentence(n, false);
  // A sum in a sentence that names a project of the references (Stargate's USD 500 billion) is that
  // project's: it is judged against the project, not related to a count of another sentence (the
  // million GPUs OpenAI adds this year are not what Stargate's sum buys).
  const auto names_money_project = [&](std::size_t i) {
    for (const project_profile& p : project_profiles())
      for (const std::string_view subject : w.subjects[w.items[i].sentence])
        if (p.money && subject == p.subject) return true;
    return false;
  };
  const auto pass = [&](partner_scope scope) {
    for (std::size_t i = 0; i != n; ++i) {
      if (scope == partner_scope::paragraph && in_sentence[i]) continue;
      if (scope == partner_scope::paragraph && w.items[i].what == role::money && names_money_project(i)) continue;
      const auto try_relation = [&](relation r, role_set anchors, role_set partners) {
        auto& t = taken[static_cast<std::size_t>(r)];
        if (t[i] || (roles_of(w, i) & anchors) == 0) return false;
        const std::size_t j = find_partner(w, i, scope, anchors, partners, t);
        if (j == static_cast<std::size_t>(-1)) return false;
        t[i] = t[j] = true;
        found.push_back({i, j, r, nullptr});
        return true;
      };
      if (!money_used[i] &&
          (try_relation(relation::cost_per_gpu, money, gpus) || try_relation(relation::cost_per_power, money, power)))
        money_used[i] = true;
      try_relation(relation::power_per_gpu, power_or_energy, gpus);
      try_relation(relation::compute_per_gpu, compute, gpus);
      try_relation(relation::country_share, country_share_bit, power_or_energy);
    }
  };
  pass(partner_scope::sentence);
  for (const pending& p : found) in_sentence[p.anchor] = in_sentence[p.partner] = true;
  pass(partner_scope::paragraph);
  // A sum not related otherwise, or any count, in a sentence that names a project of the references.
  for (std::size_t i = 0; i != n; ++i) {
    const item& it = w.items[i];
    if (!(it.what == role::gpus || (it.what == role::money && !money_used[i] && !it.foreign))) continue;
    for (const project_profile& p : project_profiles()) {
      if (p.money != (it.what == role::money)) continue;
      bool named = false;
      for (const std::string_view subject : w.subjects[it.sentence]) named = named || subject == p.subject;
      if (named) found.push_back({i, i, relation::project_figure, &p});
    }
  }
  for (const pending& p : found) {
    const item* a = &w.items[p.anchor];
    const item* b = &w.items[p.partner];
    switch (p.kind) {
      case relation::cost_per_gpu:
        out.push_back(cost_per_gpu(w, {a, b}, false));
        break;
      case relation::power_per_gpu:
        out.push_back(power_per_gpu(w, {a, b}, false));
        break;
      case relation::compute_per_gpu:
        out.push_back(compute_per_gpu(w, {a, b}, false));
        break;
      case relation::cost_per_power:
        out.push_back(cost_per_power(w, {a, b}, false));
        break;
      case relation::country_share:
        out.push_back(country_share(w, {b, a}, *w.countries[p.anchor]));
        break;
      case relation::project_figure:
        out.push_back(project_figure(w, *a, *p.project));
        break;
      case relation::electricity_price:
        break;
    }
  }
}

}  // namespace detail::check

// Judges a rate given directly (what the text layer reads from "USD 30,000 per GPU", "750 W per
// GPU", "USD 50 billion per GW", "$0.078/kWh"), as check() judges such a figure in a text: context
// is the sentence around it, whose named accelerators select the reference (empty: the deployed
// accelerators of the catalogue). A rate of another dimension does not compile.
template <class U, class R>
requires same_dimension_v<U, unit_t<usd_per_gpu>> || same_dimension_v<U, unit_t<W_per_gpu>> ||
    same_dimension_v<U, unit_t<usd / W>> || same_dimension_v<U, unit_t<usd_per_kWh>>
        finding judge_rate(const basic_quantity<U, R>& rate, std::string_view context = {}) {
  using namespace detail::check;
  paragraph_work w;
  w.text = context;
  w.sentences = {text_span{0, context.size()}};
  w.subjects = {subjects_named(context, w.sentences[0])};
  item it;
  it.any_prefix = true;
  const auto as = [&](auto unit, role r) {
    it.what = r;
    it.low = it.high = rate.template value_in<double>(unit);
  };
  if constexpr (same_dimension_v<U, unit_t<usd_per_gpu>>) {
    as(usd_per_gpu, role::usd_per_gpu);
    w.items = {it};
    return cost_per_gpu(w, {&w.items[0]}, true);
  } else if constexpr (same_dimension_v<U, unit_t<W_per_gpu>>) {
    as(W_per_gpu, role::w_per_gpu);
    w.items = {it};
    return power_per_gpu(w, {&w.items[0]}, true);
  } else if constexpr (same_dimension_v<U, unit_t<usd / W>>) {
    as(usd / W, role::usd_per_w);
    w.items = {it};
    return cost_per_power(w, {&w.items[0]}, true);
  } else {
    as(usd_per_kWh, role::usd_per_kwh);
    w.items = {it};
    return electricity_price(w, {&w.items[0]});
  }
}

// Reads every figure of text (extract, in language, or for lang::guess in each paragraph's
// guessed language), relates those that belong together and judges each relation. Figures are
// related within a paragraph only (a blank line ends one), so articles separated by a blank line
// are never mixed. progress(done, total) is called after each paragraph, with byte counts.
template <class Progress>
check_result check(std::string_view text, lang language, Progress&& progress) {
  check_result out;
  if (!is_valid(language)) {
    out.errors.push_back({parse_errc::unknown_language, 0});
    return out;
  }
  const std::vector<text_span> paras = paragraphs(text);
  out.paragraphs = paras.size();
  for (std::size_t pi = 0; pi != paras.size(); ++pi) {
    const text_span para = paras[pi];
    detail::check::paragraph_work w;
    w.text = text;
    w.index = pi;
    w.language = language == lang::guess ? guess_language(text, para) : language;
    w.sentences = sentences(text, para, w.language);
    out.sentences += w.sentences.size();
    for (const text_span& sent : w.sentences) w.subjects.push_back(subjects_named(text, sent));
    w.roles.assign(w.sentences.size(), 0);
    const extraction ex = extract(para.in(text), w.language);
    for (parse_error e : ex.errors) {
      e.offset += para.begin;
      out.errors.push_back(e);
    }
    out.figures += ex.figures.size();
    std::size_t sentence = 0;
    for (figure f : ex.figures) {
      f.begin += para.begin;
      f.end += para.begin;
      // A figure that ends inside a word was not read whole (the "$500" of "$500B" in a French
      // paragraph, whose B is an English scale word): left out rather than judged at the wrong value.
      if (f.end < text.size() &&
          (detail::check::is_ascii_letter(text[f.end]) || detail::check::is_ascii_digit(text[f.end])))
        continue;
      detail::check::item it = detail::check::classify(text, f);
      if (it.what == detail::check::role::other) continue;
      while (sentence + 1 < w.sentences.size() && w.sentences[sentence].end <= f.begin) ++sentence;
      it.sentence = sentence;
      w.items.push_back(it);
      w.countries.push_back(it.what == detail::check::role::percent ? country_named(text, w.sentences[sentence])
                                                                    : nullptr);
      w.roles[sentence] |= detail::check::roles_of(w, w.items.size() - 1);
    }
    detail::check::relate(w, out.findings);
    progress(pi + 1 < paras.size() ? paras[pi + 1].begin : text.size(), text.size());
  }
  return out;
}

inline check_result check(std::string_view text, lang language) {
  return check(text, language, [](std::size_t, std::size_t) {});
}

// Refused: the findings' figures would point into a string that is gone when check returns.
template <class S>
requires owning_temporary_text<S> check_result check(S&& text, lang language)
= delete;

}  // namespace aiscale
