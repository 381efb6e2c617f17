// What a sentence names, for choosing references and keeping figures apart: accelerators (from
// the catalogue), countries (from the reference figures), organisations and projects, and the
// words that say a sum is a cost or an energy is per year.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "aiscale/check/references.hpp"
#include "aiscale/check/segment.hpp"

namespace aiscale {

namespace detail::check {
// Whether name occurs in span as a whole word (case-sensitive, as names are written): not inside
// a longer word, though a hyphenated compound ("H100-GPUs", "OpenAI-CEO") or a plural s counts.
inline std::size_t find_name(std::string_view text, text_span span, std::string_view name, std::size_t from) {
  const std::string_view upto = text.substr(0, span.end);
  for (std::size_t at = upto.find(name, from < span.begin ? span.begin : from); at != std::string_view::npos;
       at = upto.find(name, at + 1)) {
    const bool starts = at == 0 || !is_word_byte(upto[at - 1]);
    std::size_t after = at + name.size();
    if (after < upto.size() && upto[after] == 's') ++after;  // "H100s"
    const bool ends = after >= upto.size() || !is_word_byte(upto[after]);
    if (starts && ends) return at;
  }
  return std::string_view::npos;
}
inline bool names(std::string_view text, text_span span, std::string_view name) {
  return !name.empty() && find_name(text, span, name, span.begin) != std::string_view::npos;
}

// Whether a word of span starts with one of the stems, ignoring case ("Kosten" for "kost").
template <std::size_t N>
bool has_word_starting(std::string_view text, text_span span, const std::array<std::string_view, N>& stems) {
  std::size_t i = span.begin;
  while (i < span.end) {
    while (i < span.end && !is_word_byte(text[i])) ++i;
    std::size_t j = i;
    while (j < span.end && is_word_byte(text[j])) ++j;
    const std::string_view word = text.substr(i, j - i);
    for (const std::string_view stem : stems)
      if (word.size() >= stem.size() && equal_ignoring_case(word.substr(0, stem.size()), stem)) return true;
    i = j;
  }
  return false;
}

}  // namespace detail::check

// Words that present a sum as what something costs (not an investment, a deal or a value).
inline constexpr std::array<std::string_view, 6> cost_stems{"cost", "kost", "coût", "cout", "cuest", "price"};
// Words that say a sum includes the accelerators: it equips, or buys them ("to build and equip",
// "ausstatten", "purchase", "koopt", "achète", "compra"), or it includes a word of hardware
// ("including the chips", "GPUs inbegriffen", "puces comprises", "incluidos los servidores"). A
// sum without them may be the buildings and power alone.
inline constexpr std::array<std::string_view, 22> equips_stems{
    "equip",  "équip",   "ausstatt", "ausgestatt", "ausrüst", "uitrust", "attrezz", "buy",
    "bought", "purchas", "kauf",     "gekauft",    "koop",    "gekocht", "achat",   "achet",
    "achèt",  "acqui",   "compra",   "adquir",     "acquist", "aankoop"};
inline constexpr std::array<std::string_view, 14> includes_stems{
    "includ",    "inclus",     "inklusive", "inkl",   "einschließlich", "samt",    "inbegriffen",
    "inclusief", "inbegrepen", "compris",   "incluy", "incluid",        "compres", "compreso"};
inline constexpr std::array<std::string_view, 12> hardware_stems{
    "chip", "gpu",       "hardware",   "server",     "accelerat",    "beschleuniger",
    "puce", "processor", "procesador", "acelerador", "acceleratori", "rechner"};
// Words that present a figure as a project's whole ("in total", "insgesamt", "au total").
inline constexpr std::array<std::string_view, 8> total_stems{"total",   "insgesamt", "gesamt", "totaal",
                                                             "overall", "whole",     "entire", "complessiv"};
// Words that give a country share's basis as generating capacity or peak demand, not consumption.
inline constexpr std::array<std::string_view, 6> capacity_stems{
    "capacit", "kapazit", "install", "geïnstall", "erzeugungsleistung", "vermogen"};
inline constexpr std::array<std::string_view, 8> peak_stems{"peak", "spitze", "spitzenlast", "höchstlast",
                                                            "piek", "pointe", "pico",        "punta"};

// Whether a span says that its sum includes the hardware.
inline bool includes_hardware(std::string_view text, text_span span) {
  return detail::check::has_word_starting(text, span, equips_stems) ||
         (detail::check::has_word_starting(text, span, includes_stems) &&
          detail::check::has_word_starting(text, span, hardware_stems));
}

// Organisations and projects whose figures are their own: two sentences that name some of them and
// none in common are about different things, and their figures are not related. Vendors (NVIDIA,
// AMD) are left out: they sell to everyone, and an article names them beside any buyer.
struct subject_alias {
  std::string_view alias;
  std::string_view subject;
};
inline constexpr std::array<subject_alias, 24> subject_aliases{{
    {"OpenAI", "OpenAI"},
    {"ChatGPT", "OpenAI"},
    {"Altman", "OpenAI"},
    {"xAI", "xAI"},
    {"Musk", "xAI"},
    {"Grok", "xAI"},
    {"Colossus 1", "Colossus 1"},
    {"Colossus 2", "Colossus 2"},
    {"Colossus", "Colossus"},
    {"Stargate", "Stargate"},
    {"Meta", "Meta"},
    {"Zuckerberg", "Meta"},
    {"Microsoft", "Microsoft"},
    {"Google", "Google"},
    {"Alphabet", "Google"},
    {"Amazon", "Amazon"},
    {"AWS", "Amazon"},
    {"Anthropic", "Anthropic"},
    {"Oracle", "Oracle"},
    {"SoftBank", "SoftBank"},
    {"CoreWeave", "CoreWeave"},
    {"Mistral", "Mistral"},
    {"Tesla", "Tesla"},
    {"Alibaba", "Alibaba"},
}};

// The subjects a span names. A shorter alias inside a longer one found at the same place
// ("Colossus" in "Colossus 2") does not count.
inline std::vector<std::string_view> subjects_named(std::string_view text, text_span span) {
  std::vector<std::string_view> out;
  for (const subject_alias& a : subject_aliases) {
    for (std::size_t at = detail::check::find_name(text, span, a.alias, span.begin); at != std::string_view::npos;
         at = detail::check::find_name(text, span, a.alias, at + 1)) {
      bool inside_longer = false;
      for (const subject_alias& b : subject_aliases)
        inside_longer =
            inside_longer || (b.alias.size() > a.alias.size() && b.alias.substr(0, a.alias.size()) == a.alias &&
                              detail::check::find_name(text, span, b.alias, at) == at);
      if (inside_longer) continue;
      bool known = false;
      for (const std::string_view seen : out) known = known || seen == a.subject;
      if (!known) out.push_back(a.subject);
      break;
    }
  }
  return out;
}

// Whether both name a subject, and one in common.
inline bool shares_subject(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  for (const std::string_view x : a)
    for (const std::string_view y : b)
      if (x == y) return true;
  return false;
}

// Whether figures of two sentences may be related: unless both name subjects and share none.
inline bool same_subject(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  return a.empty() || b.empty() || shares_subject(a, b);
}

// The accelerators a span names, by their catalogue token ("H100", "GB200"): the first profile of
// each token (the SXM part of several H100s); by their other specific names (a model without a token
// such as "Gaudi 3" or "Rubin", a name such as "Ironwood"); and by a family ("TPU", "Trainium",
// "Instinct", "Blackwell"): every accelerator of the family, unless the span names one of them
// ("TPU v5p chips" are v5p's). "TPU" names Google's TPUs, never NVIDIA's parts. In catalogue order.
inline std::vector<const accelerator_profile*> accelerators_named(std::string_view text, text_span span) {
  std::vector<const accelerator_profile*> out;
  const auto known = [&](const accelerator_profile& p) {
    for (const accelerator_profile* q : out)
      if (q->name == p.name || (!p.token.empty() && q->token == p.token)) return true;
    return false;
  };
  const auto named = [&](std::string_view n) { return detail::check::names(text, span, n); };
  const std::vector<accelerator_profile>& all = accelerator_profiles();
  for (const accelerator_profile& p : all)
    if (!known(p) && (named(p.token) || named(p.aliases[0]) || named(p.aliases[2]))) out.push_back(&p);
  const std::size_t specific = out.size();
  for (const accelerator_profile& p : all)
    for (const std::string_view family : {p.aliases[1], p.aliases[3]}) {
      bool member_named = false;
      for (std::size_t i = 0; i != specific; ++i)
        member_named = member_named || out[i]->aliases[1] == family || out[i]->aliases[3] == family;
      if (!family.empty() && !member_named && !known(p) && named(family)) out.push_back(&p);
    }
  std::sort(out.begin(), out.end(), [&](const accelerator_profile* a, const accelerator_profile* b) {
    return a - all.data() < b - all.data();
  });
  return out;
}

// The first country of the reference figures that a span names, or none.
inline const country_profile* country_named(std::string_view text, text_span span) {
  for (const country_profile& c : country_profiles())
    for (const std::string_view n : c.names)
      if (detail::check::names(text, span, n)) return &c;
  return nullptr;
}

}  // namespace aiscale
