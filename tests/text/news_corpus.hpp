// The news corpus (tests/text/news_corpus.txt, whose top documents the format): its records read
// from a file, and the comparison of a record's expected figures and errors with what extract
// finds. Shared by the Catch2 test and the report driver, so both judge a sentence the same way.
#pragma once

#include <aiscale/text.hpp>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace news_corpus {

namespace ai = aiscale;

struct expected_figure {
  ai::figure_kind kind = ai::figure_kind::number;
  double value = 0;
  double upper = 0;
  std::string tag;  // the currency for money kinds, the numeric format for compute kinds, else empty
  std::string span;
};

struct record {
  std::size_t line = 0;  // where the record's text line is in its file
  ai::lang language = ai::lang::guess;
  std::string text;
  std::vector<expected_figure> figures;
  std::vector<ai::parse_errc> errors;
  std::string note;  // the failing file's note: what main gets wrong
};

struct corpus {
  std::vector<record> records;
  std::vector<std::string> problems;  // malformed lines, each with its line number
};

// The kinds by the names of figure_kind's enumerators: name_of's names in lower case with '_' for
// a space ("compute rate" -> compute_rate, "GPUs" -> gpus), so no list of kinds is restated here.
inline std::string identifier_of(ai::figure_kind k) {
  std::string s(ai::name_of(k));
  for (char& c : s) c = c == ' ' ? '_' : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}
inline std::optional<ai::figure_kind> kind_named(std::string_view name) {
  for (unsigned k = 0; k != 256; ++k) {
    const auto kind = static_cast<ai::figure_kind>(k);
    if (ai::name_of(kind) == "unknown") break;
    if (identifier_of(kind) == name) return kind;
  }
  return std::nullopt;
}

// parse_errc has names only in its declaration; the corpus writes the codes extract reports.
struct errc_name {
  ai::parse_errc code;
  std::string_view name;
};
inline constexpr errc_name errc_names[] = {
    {ai::parse_errc::bad_number, "bad_number"},
    {ai::parse_errc::ambiguous_language, "ambiguous_language"},
    {ai::parse_errc::other_language, "other_language"},
    {ai::parse_errc::too_large, "too_large"},
    {ai::parse_errc::too_small, "too_small"},
    {ai::parse_errc::unknown_per_unit, "unknown_per_unit"},
    {ai::parse_errc::unknown_language, "unknown_language"},
    {ai::parse_errc::trailing_text, "trailing_text"},
    {ai::parse_errc::incomplete_range, "incomplete_range"},
    {ai::parse_errc::unknown_unit, "unknown_unit"},
    {ai::parse_errc::expected_number, "expected_number"},
};
inline std::string_view name_of_errc(ai::parse_errc e) {
  for (const errc_name& n : errc_names)
    if (n.code == e) return n.name;
  return "other error";
}

inline std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

// The escapes of the format: \uXXXX (a code point, written as UTF-8), \xHH (one raw byte, for
// invalid UTF-8) and \\. Not ok on a malformed escape.
inline std::optional<std::string> unescape(std::string_view s) {
  std::string out;
  const auto hex = [&](std::size_t at, std::size_t n) -> std::optional<unsigned> {
    if (at + n > s.size()) return std::nullopt;
    unsigned v = 0;
    for (std::size_t k = at; k != at + n; ++k) {
      const char c = s[k];
      const int d = c >= '0' && c <= '9'   ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                           : -1;
      if (d < 0) return std::nullopt;
      v = v * 16 + static_cast<unsigned>(d);
    }
    return v;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\') {
      out += s[i];
      continue;
    }
    if (i + 1 < s.size() && s[i + 1] == '\\') {
      out += '\\';
      ++i;
    } else if (i + 1 < s.size() && s[i + 1] == 'x') {
      const auto v = hex(i + 2, 2);
      if (!v) return std::nullopt;
      out += static_cast<char>(static_cast<unsigned char>(*v));
      i += 3;
    } else if (i + 1 < s.size() && s[i + 1] == 'u') {
      const auto v = hex(i + 2, 4);
      if (!v) return std::nullopt;
      const unsigned cp = *v;
      if (cp < 0x80) {
        out += static_cast<char>(cp);
      } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      }
      i += 5;
    } else {
      return std::nullopt;
    }
  }
  return out;
}

// A value as written in the file: a decimal, or a product and quotient of decimals ("0.078/3.6e6",
// "10.5e12*3600/31557600"), left to right, so a figure per unit is written in the units a reader
// knows and converted to the kind's unit in the open.
inline std::optional<double> value_of(std::string_view s) {
  double v = 1;
  char op = '*';
  std::size_t i = 0;
  while (i <= s.size()) {
    std::size_t j = i;
    while (j < s.size() && s[j] != '*' && s[j] != '/') ++j;
    const std::string number = trim(s.substr(i, j - i));
    if (number.empty()) return std::nullopt;
    char* end = nullptr;
    const double d = std::strtod(number.c_str(), &end);
    if (end != number.c_str() + number.size()) return std::nullopt;
    v = op == '*' ? v * d : v / d;
    if (j == s.size()) break;
    op = s[j];
    i = j + 1;
  }
  return v;
}

// The fields of a "fig:" line split at " | ".
inline std::vector<std::string> fields_of(std::string_view s) {
  std::vector<std::string> out;
  std::size_t from = 0;
  for (std::size_t at = s.find(" | "); at != std::string_view::npos; at = s.find(" | ", from)) {
    out.push_back(trim(s.substr(from, at - from)));
    from = at + 3;
  }
  out.push_back(trim(s.substr(from)));
  return out;
}

inline std::optional<expected_figure> figure_of(std::string_view line, std::string& why) {
  const std::vector<std::string> f = fields_of(line);
  if (f.size() != 4) {
    why = "a figure has four fields: kind | value[..upper] | tag | span";
    return std::nullopt;
  }
  expected_figure e;
  const auto kind = kind_named(f[0]);
  if (!kind) {
    why = "unknown kind \"" + f[0] + "\"";
    return std::nullopt;
  }
  e.kind = *kind;
  const std::size_t dots = f[1].find("..");
  const auto low = value_of(std::string_view(f[1]).substr(0, dots));
  const auto high = dots == std::string::npos ? low : value_of(std::string_view(f[1]).substr(dots + 2));
  if (!low || !high) {
    why = "bad value \"" + f[1] + "\"";
    return std::nullopt;
  }
  e.value = *low;
  e.upper = *high;
  e.tag = f[2] == "-" ? std::string() : f[2];
  const auto span = unescape(f[3]);
  if (!span || span->empty()) {
    why = "bad span \"" + f[3] + "\"";
    return std::nullopt;
  }
  e.span = *span;
  return e;
}

// The records of a corpus file. A record starts at its "text:" line; "lang:" sets the language of
// the records after it; "fig:", "err:" and "note:" add to the last record.
inline corpus read_corpus(const std::string& path) {
  corpus c;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    c.problems.push_back(path + ": cannot be opened");
    return c;
  }
  std::optional<ai::lang> language;
  std::string line;
  std::size_t number = 0;
  const auto problem = [&](const std::string& what) {
    c.problems.push_back(path + ":" + std::to_string(number) + ": " + what);
  };
  while (std::getline(in, line)) {
    ++number;
    const std::string t = trim(line);
    if (t.empty() || t[0] == '#') continue;
    const std::size_t colon = t.find(':');
    if (colon == std::string::npos) {
      problem("a line is `key: value`");
      continue;
    }
    const std::string key = t.substr(0, colon);
    const std::string rest = trim(std::string_view(t).substr(colon + 1));
    if (key == "lang") {
      const ai::lang l = ai::lang_from_code(rest);
      if (l == ai::lang::guess) problem("unknown language \"" + rest + "\"");
      language = l;
      continue;
    }
    if (key == "text") {
      const auto text = unescape(rest);
      if (!language || !text || text->empty()) {
        problem("a text needs a language before it and a well-formed text");
        continue;
      }
      c.records.push_back(record{number, *language, *text, {}, {}, {}});
      continue;
    }
    if (c.records.empty()) {
      problem("\"" + key + "\" before any text");
      continue;
    }
    record& r = c.records.back();
    if (key == "fig") {
      std::string why;
      if (const auto f = figure_of(rest, why)) {
        if (r.text.find(f->span) == std::string::npos) problem("span \"" + f->span + "\" is not in the text");
        r.figures.push_back(*f);
      } else {
        problem(why);
      }
    } else if (key == "err") {
      bool known = false;
      for (const errc_name& n : errc_names)
        if (n.name == rest) {
          r.errors.push_back(n.code);
          known = true;
        }
      if (!known) problem("unknown error code \"" + rest + "\"");
    } else if (key == "note") {
      r.note = rest;
    } else {
      problem("unknown key \"" + key + "\"");
    }
  }
  return c;
}

inline bool close(double expected, double found) {
  if (expected == found) return true;
  return std::fabs(found - expected) <= 1e-9 * std::fabs(expected);
}

inline bool money_like(ai::figure_kind k) {
  using K = ai::figure_kind;
  return k == K::money || k == K::price_per_energy || k == K::money_per_power || k == K::money_per_device ||
         k == K::money_per_time;
}
inline bool compute_like(ai::figure_kind k) {
  using K = ai::figure_kind;
  return k == K::compute_work || k == K::compute_rate || k == K::compute_per_device;
}

// The tag a figure carries: its currency, its numeric format, or nothing.
inline std::string tag_of(const ai::figure& f) {
  if (money_like(f.kind)) return std::string(f.currency);
  if (compute_like(f.kind)) return std::string(f.compute_format);
  return std::string(f.currency);  // empty for every other kind; shown when it is not
}

inline std::string describe(const ai::figure& f, std::string_view text) {
  std::ostringstream os;
  os.precision(17);
  os << identifier_of(f.kind) << " | " << f.value;
  if (f.upper != f.value) os << ".." << f.upper;
  const std::string tag = tag_of(f);
  os << " | " << (tag.empty() ? "-" : tag) << " | " << f.span_in(text);
  return os.str();
}
inline std::string describe(const expected_figure& e) {
  std::ostringstream os;
  os.precision(17);
  os << identifier_of(e.kind) << " | " << e.value;
  if (e.upper != e.value) os << ".." << e.upper;
  os << " | " << (e.tag.empty() ? "-" : e.tag) << " | " << e.span;
  return os.str();
}

inline bool matches(const expected_figure& e, const ai::figure& f, std::string_view text) {
  return f.kind == e.kind && close(e.value, f.value) && close(e.upper, f.upper) && tag_of(f) == e.tag &&
         f.span_in(text) == e.span;
}

// What differs between the record and what extract found reading it as `as`: one line each, empty
// when the record holds (every figure in order, no other figure, the errors expected and no other).
inline std::vector<std::string> differences(const record& r, const ai::extraction& found) {
  std::vector<std::string> out;
  // Both lists walk the text left to right: an expected figure is at its span's first place after
  // the one before it, so a figure read in two pieces shows as one difference and one extra.
  std::size_t i = 0, j = 0, from = 0;
  while (i != r.figures.size() || j != found.figures.size()) {
    const std::size_t at = i != r.figures.size() ? r.text.find(r.figures[i].span, from) : std::string::npos;
    if (j != found.figures.size() && (i == r.figures.size() || found.figures[j].begin < at)) {
      out.push_back("unexpected: " + describe(found.figures[j++], r.text));
      continue;
    }
    if (j == found.figures.size() || found.figures[j].begin > at) {
      out.push_back("missing:    " + describe(r.figures[i++]));
    } else {
      if (!matches(r.figures[i], found.figures[j], r.text)) {
        out.push_back("expected:   " + describe(r.figures[i]));
        out.push_back("found:      " + describe(found.figures[j], r.text));
      }
      ++i;
      ++j;
    }
    from = at + 1;
  }
  std::vector<ai::parse_errc> codes;
  for (const ai::parse_error& e : found.errors) codes.push_back(e.code);
  if (codes != r.errors) {
    std::string line = "errors expected [";
    for (const ai::parse_errc e : r.errors) line += " " + std::string(name_of_errc(e));
    line += " ], found [";
    for (const ai::parse_error& e : found.errors) {
      // The text from the error's offset, a dozen bytes where the error names none.
      const std::size_t at = e.offset < r.text.size() ? e.offset : r.text.size();
      const std::string_view shown = std::string_view(r.text).substr(at, e.length != 0 ? e.length : 12);
      line += " " + std::string(name_of_errc(e.code)) + " at \"" + std::string(shown) + "\"";
    }
    out.push_back(line + " ]");
  }
  return out;
}

// The record read in its own language and with lang::guess; the differences of each, labelled.
inline std::vector<std::string> check(const record& r) {
  std::vector<std::string> out;
  for (const ai::lang as : {r.language, ai::lang::guess}) {
    const ai::extraction e = ai::extract(std::string_view(r.text), as);
    for (const std::string& d : differences(r, e)) out.push_back("[" + std::string(ai::code_of(as)) + "] " + d);
  }
  return out;
}

}  // namespace news_corpus
