// The figures table of docs/catalog.md against the catalogue: every figure of every accelerator,
// and every row, so that neither the page nor the headers can change alone.
#include <aiscale/catalog.hpp>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "../catch.hpp"

namespace cat = aiscale::catalog;

namespace {

std::string trim(std::string s) {
  const auto b = s.find_first_not_of(' ');
  const auto e = s.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// The rows of the table whose header starts with `header`, by their first cell.
std::map<std::string, std::vector<std::string>> table(std::string_view header) {
  std::ifstream in(AISCALE_SOURCE_DIR "/docs/catalog.md");
  REQUIRE(in);
  std::map<std::string, std::vector<std::string>> rows;
  std::string line;
  bool inside = false;
  while (std::getline(in, line)) {
    if (line.rfind(header, 0) == 0) {
      inside = true;
      std::getline(in, line);  // the |---| line
      continue;
    }
    if (!inside) continue;
    if (line.empty() || line[0] != '|') break;
    std::vector<std::string> cells;
    std::stringstream ss(line.substr(1));
    std::string cell;
    while (std::getline(ss, cell, '|')) cells.push_back(trim(cell));
    if (!cells.empty() && cells.back().empty()) cells.pop_back();
    rows[cells.front()] = cells;
  }
  return rows;
}

// "-" is "not published"; "989 (1979)" is dense and sparse; "- (18000)" sparse only.
struct cell_figures {
  cat::figure dense, sparse;
};
cat::figure number_or_dash(const std::string& text) {
  if (text == "-") return cat::not_published;
  return cat::published(std::strtod(text.c_str(), nullptr));
}
cell_figures parse(const std::string& cell) {
  const auto open = cell.find(" (");
  if (open == std::string::npos) return {number_or_dash(cell), cat::not_published};
  return {number_or_dash(cell.substr(0, open)), number_or_dash(cell.substr(open + 2, cell.size() - open - 3))};
}
bool same(cat::figure a, cat::figure b) {
  if (a.published != b.published) return false;
  // Four to five significant digits: the page rounds GiB conversions and 100/72.
  return !a.published || std::abs(a.value - b.value) <= 1e-4 * std::abs(b.value);
}

template <class Spec>
void check(cat::accelerator<Spec> acc, const std::map<std::string, std::vector<std::string>>& rows) {
  INFO(acc.name());
  const auto row = rows.find(std::string(acc.name()));
  REQUIRE(row != rows.end());
  const std::vector<std::string>& c = row->second;
  REQUIRE(c.size() == 14);
  const auto peak = [](std::string_view format) {
    for (const cat::format_peak& p : Spec::peaks)
      if (std::string_view(p.format) == format) return cell_figures{p.dense, p.sparse};
    return cell_figures{cat::not_published, cat::not_published};
  };
  const std::string_view formats[] = {"FP64", "", "FP32", "TF32", "BF16", "FP16", "FP8", "FP4", "INT8"};
  for (std::size_t i = 0; i != std::size(formats); ++i) {
    INFO(c[i + 1]);
    if (formats[i].empty()) {
      CHECK(same(parse(c[i + 1]).dense, Spec::fp64_tensor));
      continue;
    }
    INFO(formats[i]);
    CHECK(same(parse(c[i + 1]).dense, peak(formats[i]).dense));
    CHECK(same(parse(c[i + 1]).sparse, peak(formats[i]).sparse));
  }
  CHECK(same(parse(c[10]).dense, Spec::max_power));
  CHECK(same(parse(c[11]).dense, cat::published(Spec::memory_gb)));
  CHECK(same(parse(c[12]).dense, cat::published(Spec::bandwidth_gb_s)));
  CHECK(c[13] == (acc.kind() == cat::provenance::announced ? "announced" : "datasheet"));
}

// "25000-30000" and "2000000-3100000 (3000000)": a price range, "-" for none.
cat::price_range price_cell(const std::string& cell) {
  if (cell == "-") return cat::no_price;
  const auto dash = cell.find('-');
  const auto open = cell.find(" (");
  const double central = open == std::string::npos ? 0 : std::strtod(cell.c_str() + open + 2, nullptr);
  return {std::strtod(cell.c_str(), nullptr), std::strtod(cell.c_str() + dash + 1, nullptr), central, true, {}};
}
bool same(const cat::price_range& a, const cat::price_range& b) {
  return same(cat::figure{a.low, a.published}, cat::figure{b.low, b.published}) &&
         same(cat::figure{a.high, a.published}, cat::figure{b.high, b.published}) &&
         (a.central == 0) == (b.central == 0) && same(cat::published(a.central), cat::published(b.central));
}

template <class Spec>
void check_package(cat::package<Spec> pkg, const std::map<std::string, std::vector<std::string>>& rows) {
  INFO(pkg.name());
  const auto row = rows.find(std::string(pkg.name()));
  REQUIRE(row != rows.end());
  const std::vector<std::string>& c = row->second;
  REQUIRE(c.size() == 9);
  CHECK(std::strtod(c[1].c_str(), nullptr) == pkg.gpus().value());
  const std::string_view formats[] = {"FP64", "BF16", "FP8", "FP4"};
  std::size_t listed = 0;
  for (std::size_t i = 0; i != std::size(formats); ++i) {
    INFO(formats[i]);
    cat::figure held = cat::not_published;
    for (const cat::format_peak& p : Spec::peaks)
      if (std::string_view(p.format) == formats[i]) held = p.dense;
    CHECK(same(number_or_dash(c[i + 2]), held));
    listed += held.published ? 1 : 0;
  }
  std::size_t peaks = 0;  // every peak the package holds has a column (none is sparse)
  for (const cat::format_peak& p : Spec::peaks) {
    peaks += p.dense.published ? 1 : 0;
    CHECK_FALSE(p.sparse.published);
  }
  CHECK(peaks == listed);
  CHECK(same(number_or_dash(c[6]), Spec::max_power));
  CHECK(same(price_cell(c[7]), Spec::price));
  CHECK(c[8] == (pkg.kind() == cat::provenance::announced ? "announced" : "datasheet"));
}

template <class Spec>
void check_price(cat::accelerator<Spec> acc, const std::map<std::string, std::vector<std::string>>& rows) {
  INFO(acc.name());
  const auto row = rows.find(std::string(acc.name()));
  if (!Spec::price.published) {
    CHECK(row == rows.end());
    return;
  }
  REQUIRE(row != rows.end());
  REQUIRE(row->second.size() == 2);
  CHECK(same(price_cell(row->second[1]), Spec::price));
}

}  // namespace

TEST_CASE("every package figure is in the packaging table of docs/catalog.md, and every row is a package") {
  const auto rows = table("| package | GPUs |");
  std::apply([&](auto... pkg) { (check_package(pkg, rows), ...); }, cat::all_packages);
  CHECK(rows.size() == std::tuple_size_v<decltype(cat::all_packages)>);
}

TEST_CASE("every price estimate is in the price table of docs/catalog.md, and only those") {
  const auto rows = table("| accelerator | USD per GPU |");
  CHECK(rows.size() == 4);
  std::apply([&](auto... acc) { (check_price(acc, rows), ...); }, cat::all_accelerators);
}

TEST_CASE("every catalogue figure is in the table of docs/catalog.md, and every row is in the catalogue") {
  const auto rows = table("| accelerator | FP64 |");
  std::apply([&](auto... acc) { (check(acc, rows), ...); }, cat::all_accelerators);
  CHECK(rows.size() == std::tuple_size_v<decltype(cat::all_accelerators)>);
}

TEST_CASE("the figures table reads dashes as not published and brackets as sparse") {
  CHECK(price_cell("2000000-3100000 (3000000)").central == 3000000);
  CHECK(price_cell("25000-30000").high == 30000);
  CHECK_FALSE(price_cell("-").published);
  CHECK_FALSE(same(price_cell("25000-30000"), price_cell("25000-31000")));
  CHECK_FALSE(parse("-").dense.published);
  CHECK(parse("989 (1979)").sparse.value == 1979);
  CHECK_FALSE(parse("- (18000)").dense.published);
  CHECK(parse("102.01 (95 GiB)").dense.value == 102.01);
  CHECK_FALSE(same(cat::published(1.0), cat::not_published));
}
