// Invalid domain values are refused at run time by the failure handler, at the caller's line: an
// exchange rate that is not positive and finite, an impossible date, a fleet with a negative or NaN
// count, a PUE below 1, a utilisation outside 0-100 %, an estimate with NaN or reversed ends or a
// central value outside its range, widened() by a negative amount, an integer estimate division that
// would truncate, and a division by an estimate that contains 0. The valid values next to each limit pass.
#include <aiscale/catalog.hpp>
#include <aiscale/model.hpp>
#include <aiscale/units.hpp>

#include <cstring>
#include <limits>

#include "../catch.hpp"
#include "expect_failure.hpp"

namespace ai = aiscale;
namespace cat = ai::catalog;
using test_support::fails_with;
using test_support::last_failure;
using test_support::opaque;

namespace {
constexpr auto invalid = ai::failure_kind::invalid_value;
constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();
}  // namespace

TEST_CASE("an exchange rate must be positive and finite") {
  const ai::exchange_rate smallest{opaque(std::numeric_limits<double>::denorm_min()) * ai::usd / ai::eur};
  CHECK(smallest.rate().value() > 0);
  for (const double bad : {0.0, -0.0, -1.08, not_a_number, infinity, -infinity})
    CHECK(fails_with(invalid, [=] { (void)ai::exchange_rate{opaque(bad) * ai::usd / ai::eur}; }));
  CHECK(fails_with(invalid, [] { (void)ai::exchange_rate{opaque(0) * ai::usd / ai::eur}; }));
  CHECK(ai::exchange_rate{opaque(2) * ai::usd / ai::eur}.rate().value() == 2);
}

TEST_CASE("an invalid value is reported at the caller's line") {
  const unsigned line = __LINE__ + 1;
  REQUIRE(fails_with(invalid, [] { (void)ai::exchange_rate{opaque(-1.0) * ai::usd / ai::eur}; }));
  CHECK(std::strstr(last_failure.what, "exchange rate") != nullptr);
#if defined(__cpp_lib_source_location) || defined(AISCALE_HAS_LOCATION_BUILTINS)
  CHECK(std::strstr(last_failure.where.file_name(), "domain_values_test.cpp") != nullptr);
  CHECK(last_failure.where.line() == line);
#else
  (void)line;
#endif
}

TEST_CASE("a date must exist in the calendar; parts left out are 0") {
  CHECK(ai::date{opaque(2024), opaque(2u), opaque(29u)}.day == 29);  // a leap year
  CHECK(ai::date{opaque(2000), 2, 29}.month == 2);                   // divisible by 400: leap
  CHECK(ai::date{opaque(2025), 12, 31}.year == 2025);
  CHECK(ai::date{opaque(2025)}.month == 0);
  CHECK(ai::date{opaque(2025), 8}.day == 0);
  CHECK(fails_with(invalid, [] { (void)ai::date{opaque(2025), 2, 29}; }));
  CHECK(fails_with(invalid, [] { (void)ai::date{opaque(1900), 2, 29}; }));  // divisible by 100 only
  CHECK(fails_with(invalid, [] { (void)ai::date{opaque(2025), 13}; }));
  CHECK(fails_with(invalid, [] { (void)ai::date{opaque(2025), 4, 31}; }));
  CHECK(fails_with(invalid, [] { (void)ai::date{opaque(2025), 0, 5}; }));  // a day without a month
  CHECK(fails_with(invalid, [] { (void)ai::date{opaque(0), 5}; }));        // a month of an unknown year
  static_assert(ai::date::possible(2024, 2, 29) && !ai::date::possible(2023, 2, 29));
}

TEST_CASE("a fleet refuses a negative or NaN count, a PUE below 1 and a utilisation outside 0-100 %") {
  const ai::fleet ok(cat::h100_sxm, opaque(0.0) * ai::gpu, 1.0 * ai::one, 0.0 * ai::one);
  CHECK(ok.it_power() == 0.0 * ai::W);
  const ai::fleet full(cat::h100_sxm, opaque(1000.0) * ai::gpu, 1.0 * ai::one, 100.0 * ai::percent);
  CHECK(full.utilisation().value() == 1.0);
  CHECK(fails_with(invalid, [] { (void)ai::fleet(cat::h100_sxm, opaque(-1.0) * ai::gpu); }));
  CHECK(fails_with(invalid, [] { (void)ai::fleet(cat::h100_sxm, opaque(not_a_number) * ai::gpu); }));
  CHECK(fails_with(invalid, [] { (void)ai::fleet(cat::h100_sxm, 1000.0 * ai::gpu, opaque(0.99) * ai::one); }));
  CHECK(fails_with(invalid, [] { (void)ai::fleet(cat::h100_sxm, 1000.0 * ai::gpu, opaque(not_a_number) * ai::one); }));
  CHECK(fails_with(
      invalid, [] { (void)ai::fleet(cat::h100_sxm, 1000.0 * ai::gpu, 1.2 * ai::one, opaque(100.1) * ai::percent); }));
  CHECK(fails_with(
      invalid, [] { (void)ai::fleet(cat::h100_sxm, 1000.0 * ai::gpu, 1.2 * ai::one, opaque(-0.1) * ai::percent); }));
  CHECK(fails_with(invalid, [] {
    (void)ai::fleet(cat::h100_sxm, 1000.0 * ai::gpu, 1.2 * ai::one, opaque(not_a_number) * ai::one);
  }));
  CHECK(fails_with(invalid, [] { (void)ai::fleet(cat::tpu_v5p, 1000.0 * ai::gpu, opaque(-900.0) * ai::W_per_gpu); }));
  CHECK(fails_with(invalid, [] { (void)ai::gpus_for_power(cat::h100_sxm, 1.0 * ai::GW, opaque(0.5) * ai::one); }));
  CHECK(ai::gpus_for_power(cat::h100_sxm, 1.0 * ai::GW, opaque(1.0) * ai::one).value() > 0);
}

TEST_CASE("an estimate refuses NaN ends, reversed ends and a central value outside its range") {
  const ai::estimate point{opaque(75.0) * ai::GW};
  CHECK(point.low() == point.high());
  const ai::estimate edges{opaque(20.0) * ai::GW, 30.0 * ai::GW, 30.0 * ai::GW};  // central at an end
  CHECK(edges.central() == 30.0 * ai::GW);
  CHECK(fails_with(invalid, [] { (void)ai::estimate{opaque(30.0) * ai::GW, 20.0 * ai::GW}; }));
  CHECK(fails_with(invalid, [] { (void)ai::estimate{opaque(not_a_number) * ai::GW, 20.0 * ai::GW}; }));
  CHECK(fails_with(invalid, [] { (void)ai::estimate{20.0 * ai::GW, opaque(not_a_number) * ai::GW}; }));
  CHECK(fails_with(invalid, [] { (void)ai::estimate{opaque(not_a_number) * ai::GW}; }));
  CHECK(fails_with(invalid, [] { (void)ai::estimate{20.0 * ai::GW, 30.0 * ai::GW, opaque(31.0) * ai::GW}; }));
  CHECK(fails_with(invalid, [] { (void)ai::estimate{20.0 * ai::GW, 30.0 * ai::GW, opaque(not_a_number) * ai::GW}; }));
  CHECK(fails_with(invalid, [] { (void)ai::estimate{opaque(3), 2}; }));  // plain numbers too
}

TEST_CASE("widened refuses a negative or NaN tolerance") {
  const ai::estimate e{75.0 * ai::GW};
  CHECK(e.widened(opaque(0.0)).low() == 75.0 * ai::GW);
  CHECK(fails_with(invalid, [&] { (void)e.widened(opaque(-0.1)); }));
  CHECK(fails_with(invalid, [&] { (void)e.widened(opaque(not_a_number)); }));
}

TEST_CASE("dividing integer estimates must not truncate, and no divisor may contain 0") {
  const ai::estimate<int> gpus{opaque(144), 288};
  const auto racks = gpus / ai::estimate<int>{opaque(72)};
  CHECK(racks.low() == 2);
  CHECK(racks.high() == 4);
  CHECK(fails_with(invalid, [&] { (void)(gpus / ai::estimate<int>{opaque(100)}); }));
  CHECK(fails_with(invalid, [&] { (void)(gpus / opaque(7)); }));
  const ai::estimate<double> around_zero{opaque(-1.0), 1.0};
  CHECK(fails_with(ai::failure_kind::division_by_zero, [&] { (void)(1.0 / around_zero); }));
  CHECK(fails_with(ai::failure_kind::division_by_zero, [&] { (void)(gpus / ai::estimate<int>{opaque(0), 2}); }));
  const ai::estimate price{25'000.0 * ai::usd / ai::gpu, 30'000.0 * ai::usd / ai::gpu};
  CHECK(fails_with(ai::failure_kind::division_by_zero, [&] {
    (void)(1.0 * ai::usd / ai::estimate{opaque(0.0) * ai::usd / ai::gpu, 1.0 * ai::usd / ai::gpu});
  }));
  CHECK(ai::approx((3.0 * ai::trillion * ai::usd / price).low(), 100 * ai::million * ai::gpu));
}
