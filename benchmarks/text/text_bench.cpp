// Parsing a figure phrase vs std::from_chars on the same number alone; formatting a quantity vs
// std::to_chars of its number; extract over article text, and over its prose without the figures, in
// MB/s. Results: benchmarks/text/README.md.
#include <benchmark/benchmark.h>

#include <aiscale/text.hpp>
#include <aiscale/units.hpp>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>

namespace ai = aiscale;

namespace {

struct phrase {
  std::string_view text;    // the figure as an article writes it
  std::string_view number;  // the same number as from_chars reads it
  ai::lang language;
};

constexpr phrase phrases[] = {
    {"75 GW", "75", ai::lang::en},
    {"3,5 Mrd. EUR", "3.5", ai::lang::de},
    {"989 TFLOP/s BF16", "989", ai::lang::en},
    {"3 000 milliards de dollars", "3000", ai::lang::fr},
    {"100.000 H100-GPUs", "100000", ai::lang::de},
};

void BM_from_chars(benchmark::State& state) {
  const phrase& p = phrases[state.range(0)];
  for (auto _ : state) {
    double v = 0;
    const std::string_view s = p.number;
    benchmark::DoNotOptimize(s.data());
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    benchmark::DoNotOptimize(r.ec == std::errc{});
    benchmark::DoNotOptimize(v);
  }
  state.SetLabel(std::string(p.number));
}

void BM_parse(benchmark::State& state) {
  const phrase& p = phrases[state.range(0)];
  for (auto _ : state) {
    std::string_view s = p.text;
    benchmark::DoNotOptimize(s);
    const auto r = ai::parse(s, p.language);
    benchmark::DoNotOptimize(r.has_value());
  }
  state.SetLabel(std::string(p.text));
}

void BM_to_chars(benchmark::State& state) {
  double v = 75e9;
  char buf[64];
  for (auto _ : state) {
    benchmark::DoNotOptimize(v);
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    benchmark::DoNotOptimize(r.ptr);
    benchmark::ClobberMemory();
  }
}

void BM_to_chars_precision(benchmark::State& state) {
  double v = 75e9;
  char buf[64];
  for (auto _ : state) {
    benchmark::DoNotOptimize(v);
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 3);
    benchmark::DoNotOptimize(r.ptr);
    benchmark::ClobberMemory();
  }
}

void BM_format_power(benchmark::State& state) {
  double v = 75e9;
  for (auto _ : state) {
    benchmark::DoNotOptimize(v);
    const ai::formatted_text t = ai::format(v * ai::W, ai::lang::en);
    benchmark::DoNotOptimize(t.size());
  }
}

void BM_format_money(benchmark::State& state) {
  double v = 3e12;
  for (auto _ : state) {
    benchmark::DoNotOptimize(v);
    const ai::formatted_text t = ai::format(v * ai::usd, ai::lang::de);
    benchmark::DoNotOptimize(t.size());
  }
}

// extract over ordinary article text: a paragraph of a news report, repeated to 64 KiB, in bytes
// per second (MB/s in the report).
constexpr std::string_view article_paragraph =
    "The company said on Tuesday it will spend $25 billion on a 1.2 GW campus in Texas, with 400,000 "
    "GPUs to be installed by 2027. Analysts at the bank expect capital spending of about 3 trillion "
    "dollars across the industry over the next five years, while power demand from data centers could "
    "reach 945 TWh by 2030, up from 415 TWh last year. Shares rose 4.5% in early trading.\n";

// The same report's prose without its figures: what extract costs on the text between them.
constexpr std::string_view prose_paragraph =
    "The company said on Tuesday that it would build a new campus in Texas, where analysts at the bank "
    "expect the industry to keep spending across the next several years, while demand from data centers "
    "grows faster than anyone had planned. Shares rose in early trading as investors welcomed the news.\n";

void extract_repeated(benchmark::State& state, std::string_view paragraph) {
  std::string text;
  while (text.size() < 64 * 1024) text += paragraph;
  std::size_t found = 0;
  for (auto _ : state) {
    const ai::extraction e = ai::extract(text, ai::lang::en);
    found = e.figures.size();
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
  state.SetLabel(std::to_string(found) + " figures");
}
void BM_extract_article(benchmark::State& state) { extract_repeated(state, article_paragraph); }
void BM_extract_prose(benchmark::State& state) { extract_repeated(state, prose_paragraph); }

}  // namespace

BENCHMARK(BM_from_chars)->DenseRange(0, 4);
BENCHMARK(BM_parse)->DenseRange(0, 4);
BENCHMARK(BM_to_chars);
BENCHMARK(BM_to_chars_precision);
BENCHMARK(BM_format_power);
BENCHMARK(BM_format_money);
BENCHMARK(BM_extract_article);
BENCHMARK(BM_extract_prose);
BENCHMARK_MAIN();
