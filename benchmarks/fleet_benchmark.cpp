// Google Benchmark of the fleet-cost kernel over 10 million entries: plain doubles against aiscale
// quantities, and the ratio of their median times (the goal is 1.00).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "fleet_data.hpp"

namespace {

using namespace aiscale_bench;

constexpr std::size_t fleet_size = 10'000'000;

const fleet_doubles& doubles() {
  static const fleet_doubles f = make_fleet_doubles(fleet_size);
  return f;
}
const fleet_quantities& quantities() {
  static const fleet_quantities f = to_quantities(doubles());
  return f;
}

void fleet_cost_plain_double(benchmark::State& state) {
  const fleet_doubles& f = doubles();
  for (auto _ : state) benchmark::DoNotOptimize(run_double(f));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(fleet_size));
}
BENCHMARK(fleet_cost_plain_double)->Unit(benchmark::kMillisecond);

void fleet_cost_aiscale_quantity(benchmark::State& state) {
  const fleet_quantities& f = quantities();
  for (auto _ : state) benchmark::DoNotOptimize(run_quantity(f));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(fleet_size));
}
BENCHMARK(fleet_cost_aiscale_quantity)->Unit(benchmark::kMillisecond);

// Prints as the console reporter does, and keeps each benchmark's real and CPU time per iteration:
// the median of the repetitions when there are several, else the first run. CPU time is the steadier
// of the two on a shared machine, where real time also counts the time other programs ran.
class ratio_reporter : public benchmark::ConsoleReporter {
 public:
  // No colour codes: the output goes into logs and benchmarks/README.md as often as to a terminal.
  ratio_reporter() : ConsoleReporter(OO_Tabular) {}

  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& r : runs) {
      const std::string name = r.run_name.function_name;
      if (r.run_type == Run::RT_Aggregate) {
        if (r.aggregate_name == "median") medians_[name] = {r.GetAdjustedRealTime(), r.GetAdjustedCPUTime()};
      } else if (r.error_occurred == false) {
        singles_[name].push_back({r.GetAdjustedRealTime(), r.GetAdjustedCPUTime()});
      }
    }
  }

  struct times {
    double real = 0.0;
    double cpu = 0.0;
  };

  times time_of(const std::string& name) const {
    if (const auto m = medians_.find(name); m != medians_.end()) return m->second;
    if (const auto s = singles_.find(name); s != singles_.end() && !s->second.empty()) return s->second.front();
    return {};
  }

 private:
  std::map<std::string, times> medians_;
  std::map<std::string, std::vector<times>> singles_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  // Same data, same sum: a benchmark of a kernel that computes something else would be worthless.
  const double plain = run_double(doubles());
  const double typed = run_quantity(quantities()).value();
  std::printf("fleet of %zu entries: %.6e USD (double), %.6e USD (quantity)%s\n", fleet_size, plain, typed,
              plain == typed ? ", identical" : ", DIFFERENT");
  ratio_reporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  const auto d = reporter.time_of("fleet_cost_plain_double");
  const auto q = reporter.time_of("fleet_cost_aiscale_quantity");
  if (d.real > 0.0 && d.cpu > 0.0)
    std::printf("ratio quantity / double (goal 1.00): %.3f in CPU time, %.3f in real time\n", q.cpu / d.cpu,
                q.real / d.real);
  benchmark::Shutdown();
  return plain == typed ? 0 : 1;
}
