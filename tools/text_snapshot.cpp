// text_snapshot FILE: what parse and extract make of every input of FILE (inputs separated by NUL
// bytes), every field of every figure and error, in every language and lang::guess. Run before and
// after a change to the text layer and compare the outputs: any difference is a change of behaviour.
// Not part of the build: g++ -std=c++20 -O1 -Iinclude tools/text_snapshot.cpp -o text_snapshot
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>

#include "aiscale/text/extract.hpp"
#include "aiscale/text/parse.hpp"

namespace {
namespace ai = aiscale;

void print_view(std::string_view text, std::string_view v) {
  // A view into the text prints as its span; any other (a table's string) as its characters.
  if (!v.empty() && v.data() >= text.data() && v.data() + v.size() <= text.data() + text.size())
    std::printf("@%zu+%zu", static_cast<std::size_t>(v.data() - text.data()), v.size());
  else
    std::printf("'%.*s'", static_cast<int>(v.size()), v.data());
}

void print_figure(std::string_view text, const ai::figure& f) {
  double v = f.value, u = f.upper;
  unsigned long long vb = 0, ub = 0;
  std::memcpy(&vb, &v, sizeof v);
  std::memcpy(&ub, &u, sizeof u);
  std::printf("fig %llx %llx %s cur=", vb, ub, std::string(ai::name_of(f.kind)).c_str());
  print_view(text, f.currency);
  std::printf(" fmt=");
  print_view(text, f.compute_format);
  std::printf(" sc=");
  print_view(text, f.scale_word);
  std::printf(" unit=");
  print_view(text, f.unit_text);
  std::printf(" [%zu,%zu) %s low=%llu,%d,%d high=%llu,%d,%d mag=%llu/%llu,%d,%d\n", f.begin, f.end,
              std::string(ai::code_of(f.language)).c_str(), static_cast<unsigned long long>(f.low.mantissa),
              f.low.exp10, f.low.negative, static_cast<unsigned long long>(f.high.mantissa), f.high.exp10,
              f.high.negative, static_cast<unsigned long long>(f.unit_scale.num),
              static_cast<unsigned long long>(f.unit_scale.den), f.unit_scale.exp2, f.unit_scale.exp5);
}

void print_error(std::string_view text, const ai::parse_error& e) {
  std::printf("err %d @%zu+%zu exp=", static_cast<int>(e.code), e.offset, e.length);
  print_view(text, e.expected);
  std::printf(" found=");
  print_view(text, e.found);
  std::printf("\n");
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::size_t at = 0, n = 0;
  constexpr ai::lang langs[] = {ai::lang::en, ai::lang::de, ai::lang::nl,   ai::lang::fr,
                                ai::lang::es, ai::lang::it, ai::lang::guess};
  while (at <= all.size()) {
    std::size_t e = all.find('\0', at);
    if (e == std::string::npos) e = all.size();
    const std::string_view text(all.data() + at, e - at);
    at = e + 1;
    std::printf("## %zu %zu\n", n++, text.size());
    for (const ai::lang l : langs) {
      std::printf("%s ", std::string(ai::code_of(l)).c_str());
      if (text.size() <= 400) {
        const auto r = ai::parse(text, l);
        if (r)
          print_figure(text, r.value());
        else
          print_error(text, r.error());
      } else {
        std::printf("long\n");
      }
      const ai::extraction x = ai::extract(text, l);
      for (const ai::figure& f : x.figures) std::printf("  x "), print_figure(text, f);
      for (const ai::parse_error& er : x.errors) std::printf("  x "), print_error(text, er);
    }
  }
}
