// Defined behaviour at run time: each integer operation and conversion at the limit of its type
// works there, and one step beyond it calls the failure handler (test_support::fails installs one
// that records the failure and leaves with longjmp).
#include <aiscale/text/result.hpp>
#include <aiscale/units.hpp>

#include <cstring>
#include <limits>
#include <vector>

#include "../catch.hpp"
#include "expect_failure.hpp"

namespace ai = aiscale;
using test_support::fails;
using test_support::fails_with;
using test_support::last_failure;
using test_support::opaque;
using test_support::record_and_escape;

namespace {

constexpr int int_max = std::numeric_limits<int>::max();
constexpr int int_min = std::numeric_limits<int>::min();
constexpr long long ll_max = std::numeric_limits<long long>::max();
constexpr long long ll_min = std::numeric_limits<long long>::min();
constexpr auto overflow = ai::failure_kind::integer_overflow;
constexpr auto by_zero = ai::failure_kind::division_by_zero;
constexpr auto out_of_range = ai::failure_kind::value_out_of_range;

}  // namespace

TEST_CASE("integer + and - work up to the limits of the type and stop one beyond") {
  const auto top = opaque(int_max - 1) * ai::W;
  const auto bottom = opaque(int_min + 1) * ai::W;
  CHECK((top + 1 * ai::W).value() == int_max);
  CHECK((bottom - 1 * ai::W).value() == int_min);
  CHECK(fails_with(overflow, [&] { (void)(top + 2 * ai::W); }));
  CHECK(fails_with(overflow, [&] { (void)(bottom - 2 * ai::W); }));
  CHECK(fails_with(overflow, [&] { (void)(bottom + opaque(-2) * ai::W); }));
  CHECK(fails_with(overflow, [&] { (void)(opaque(ll_max) * ai::J + 1LL * ai::J); }));
  CHECK(fails_with(overflow, [&] { (void)(opaque(0u) * ai::gpu - 1u * ai::gpu); }));
  CHECK((opaque(1u) * ai::gpu - 1u * ai::gpu).value() == 0u);
}

TEST_CASE("integer += and -= stop where the result leaves the type") {
  ai::quantity<ai::W, int> p{opaque(int_max - 1)};
  p += 1 * ai::W;
  CHECK(p.value() == int_max);
  CHECK(fails_with(overflow, [&] { p += 1 * ai::W; }));
  ai::quantity<ai::W, int> q{opaque(int_min + 1)};
  q -= 1 * ai::W;
  CHECK(q.value() == int_min);
  CHECK(fails_with(overflow, [&] { q -= 1 * ai::W; }));
  // The operand is converted first: 3 MW in W fits an int, the sum does not.
  ai::quantity<ai::W, int> r{opaque(int_max - 3'000'000)};
  r += 3 * ai::MW;
  CHECK(fails_with(overflow, [&] { r += 1 * ai::MW; }));
}

TEST_CASE("integer * and *= stop where the product leaves the type") {
  const auto count = opaque(46'341) * ai::gpu;  // 46 341^2 is just above 2^31 - 1
  CHECK((count * (46'340 * ai::W / ai::gpu)).value() == 2'147'441'940);
  CHECK(fails_with(overflow, [&] { (void)(count * (46'341 * ai::W / ai::gpu)); }));
  CHECK(fails_with(overflow, [&] { (void)(count * 46'341); }));
  CHECK(fails_with(overflow, [&] { (void)(46'341 * count); }));
  CHECK(fails_with(overflow, [&] { (void)((opaque(int_min) * ai::W) * -1); }));
  CHECK(fails_with(overflow, [&] { (void)((opaque(ll_min) * ai::J) * -1LL); }));
  CHECK((opaque(int_min) * ai::W * 1).value() == int_min);
  ai::quantity<ai::gpu, int> n{opaque(1 << 30)};
  n *= 1;
  CHECK(fails_with(overflow, [&] { n *= 2; }));
  // A wider factor: the product is formed in long long, then must fit the quantity's int.
  CHECK(fails_with(overflow, [&] { n *= 4LL; }));
  ai::quantity<ai::gpu, unsigned> u{opaque(1u << 31)};
  CHECK(fails_with(overflow, [&] { u *= 2u; }));
}

TEST_CASE("integer division by zero calls the handler; by a non-zero value it is exact") {
  const auto gpus = opaque(144) * ai::gpu;
  const auto none = opaque(0) * ai::gpu;
  CHECK(ai::integer_quotient(gpus, 72 * ai::gpu).value() == 2);
  CHECK(fails_with(by_zero, [&] { (void)ai::integer_quotient(gpus, none); }));
  CHECK(fails_with(by_zero, [&] { (void)(gpus / none); }));
  CHECK(fails_with(by_zero, [&] { (void)(gpus / opaque(0)); }));
  CHECK(fails_with(by_zero, [&] { (void)(opaque(1) / none); }));
  CHECK((gpus / opaque(0.0)).value() == std::numeric_limits<double>::infinity());  // floating point: IEEE
  CHECK(fails_with(overflow, [&] { (void)ai::integer_quotient(opaque(int_min) * ai::W, -1 * ai::one); }));
  CHECK(ai::integer_quotient(opaque(int_min) * ai::W, 1 * ai::one).value() == int_min);
}

TEST_CASE("unary minus and abs stop at the smallest value of the type") {
  CHECK((-(opaque(int_max) * ai::W)).value() == -int_max);
  CHECK(fails_with(overflow, [&] { (void)(-(opaque(int_min) * ai::W)); }));
  CHECK(fails_with(overflow, [&] { (void)ai::abs(opaque(int_min) * ai::W); }));
  CHECK(ai::abs(opaque(int_min + 1) * ai::W).value() == int_max);
  CHECK(fails_with(overflow, [&] { (void)(-(opaque(1u) * ai::gpu)); }));
  CHECK((-(opaque(0u) * ai::gpu)).value() == 0u);
}

TEST_CASE("pow of an integer quantity stops where the power leaves the type") {
  CHECK(ai::pow<2>(opaque(46'340) * ai::s).value() == 2'147'395'600);
  CHECK(ai::pow<2>(opaque(-46'340) * ai::s).value() == 2'147'395'600);
  CHECK(fails_with(overflow, [] { (void)ai::pow<2>(opaque(46'341) * ai::s); }));
  CHECK(fails_with(overflow, [] { (void)ai::pow<3>(opaque(2'097'152LL) * ai::s); }));
  CHECK(ai::pow<-1>(opaque(4) * ai::s).value() == 0.25);
  CHECK(fails_with(by_zero, [] { (void)ai::pow<-1>(opaque(0) * ai::s); }));
}

TEST_CASE("sum of integer quantities stops when the total leaves the type") {
  const std::vector<ai::quantity<ai::gpu, int>> ok{ai::quantity<ai::gpu, int>{int_max - 1},
                                                   ai::quantity<ai::gpu, int>{1}};
  CHECK(ai::sum(ok).value() == int_max);
  const std::vector<ai::quantity<ai::gpu, int>> too_many{ai::quantity<ai::gpu, int>{int_max},
                                                         ai::quantity<ai::gpu, int>{1}};
  CHECK(fails_with(overflow, [&] { (void)ai::sum(too_many); }));
}

TEST_CASE("an integer unit conversion that the type allows but the value does not stops") {
  const auto mw = opaque(2147) * ai::MW;
  const ai::quantity<ai::W, int> fits = mw;
  CHECK(fits.value() == 2'147'000'000);
  CHECK(fails_with(overflow, [] {
    const ai::quantity<ai::W, int> w = opaque(2148) * ai::MW;
    (void)w;
  }));
  // coerce_in gives up the compile-time rule, not the value check.
  CHECK(fails_with(overflow, [] { (void)(opaque(3) * ai::GW).coerce_in(ai::W); }));
  CHECK((opaque(3LL) * ai::GW).coerce_in(ai::W).value() == 3'000'000'000LL);
  CHECK(fails_with(overflow, [] { (void)(opaque(ll_max / 1000 + 1) * ai::kW).coerce_in(ai::W); }));
  CHECK((opaque(ll_max / 1000) * ai::kW).coerce_in(ai::W).value() == ll_max / 1000 * 1000);
  // Comparisons convert too: int MW compared in W.
  CHECK(fails_with(overflow, [] { (void)(opaque(3000) * ai::MW < 1 * ai::W); }));
}

TEST_CASE("coerce_in to another number type checks that the value fits") {
  CHECK((opaque(-1) * ai::gpu).coerce_in<long long>(ai::gpu).value() == -1);
  CHECK(fails_with(overflow, [] { (void)(opaque(-1) * ai::gpu).coerce_in<unsigned>(ai::gpu); }));
  CHECK(fails_with(overflow, [] { (void)(opaque(ll_max) * ai::gpu).coerce_in<int>(ai::gpu); }));
  CHECK((opaque(int_max) * 1LL * ai::gpu).coerce_in<int>(ai::gpu).value() == int_max);
  CHECK(fails_with(overflow, [] { (void)(opaque(~0ULL) * ai::gpu).coerce_in<long long>(ai::gpu); }));
}

TEST_CASE("a floating-point value that no integer holds is caught, not converted") {
  CHECK((opaque(2.9) * ai::kW).coerce_in<int>(ai::W).value() == 2900);
  CHECK((opaque(-2.9) * ai::W).coerce_in<int>(ai::W).value() == -2);
  CHECK((opaque(9.2e18) * ai::W).coerce_in<long long>(ai::W).value() == 9'200'000'000'000'000'000LL);
  CHECK(fails_with(out_of_range, [] { (void)(opaque(9.3e18) * ai::W).coerce_in<long long>(ai::W); }));
  CHECK(fails_with(out_of_range, [] { (void)(opaque(1e30) * ai::W).coerce_in<long long>(ai::W); }));
  CHECK(fails_with(out_of_range, [] { (void)(opaque(2.2) * ai::GW).coerce_in<int>(ai::W); }));
  CHECK((opaque(2.1) * ai::GW).coerce_in<int>(ai::W).value() == 2'100'000'000);
  CHECK(fails_with(out_of_range,
                   [] { (void)(opaque(std::numeric_limits<double>::quiet_NaN()) * ai::W).coerce_in<int>(ai::W); }));
  CHECK(fails_with(out_of_range, [] {
    (void)(opaque(std::numeric_limits<double>::infinity()) * ai::W).coerce_in<long long>(ai::W);
  }));
  CHECK(fails_with(out_of_range, [] { (void)(opaque(-0.5e10) * ai::W).coerce_in<int>(ai::W); }));
  CHECK((opaque(-0.99) * ai::W).coerce_in<unsigned>(ai::W).value() == 0u);
  CHECK(fails_with(out_of_range, [] { (void)(opaque(-1.0) * ai::W).coerce_in<unsigned>(ai::W); }));
  CHECK((opaque(-2147483648.9) * ai::W).coerce_in<int>(ai::W).value() == int_min);
  CHECK(fails_with(out_of_range, [] { (void)(opaque(-2147483649.0) * ai::W).coerce_in<int>(ai::W); }));
  CHECK(fails_with(out_of_range, [] { (void)(opaque(2147483648.0) * ai::W).coerce_in<int>(ai::W); }));
}

TEST_CASE("a double beyond float's range is caught on the way into a float quantity; inf and NaN pass") {
  const ai::quantity<ai::W, float> fits = opaque(3e38) * ai::W;
  CHECK(fits.value() > 2.9e38f);
  CHECK(fails_with(out_of_range, [] {
    const ai::quantity<ai::W, float> w = opaque(1e39) * ai::W;
    (void)w;
  }));
  CHECK(fails_with(out_of_range, [] { (void)(opaque(1e36) * ai::kW).in<float>(ai::W); }));
  const ai::quantity<ai::W, float> infinite = opaque(std::numeric_limits<double>::infinity()) * ai::W;
  CHECK(infinite.value() == std::numeric_limits<float>::infinity());
  ai::quantity<ai::W, float> p{opaque(1.0f)};
  CHECK(fails_with(out_of_range, [&] { p *= 1e300; }));
  CHECK(fails_with(out_of_range, [&] { p /= 1e-300; }));
}

TEST_CASE("the handler learns the kind, a sentence and the place of a failure") {
  REQUIRE(fails([] { (void)(opaque(int_max) * ai::W + 1 * ai::W); }));
  CHECK(last_failure.kind == ai::failure_kind::integer_overflow);
  CHECK(std::strstr(last_failure.what, "integer overflow") != nullptr);
  CHECK(std::strstr(last_failure.what, "sum") != nullptr);
#if defined(__cpp_lib_source_location) || defined(AISCALE_HAS_LOCATION_BUILTINS)
  CHECK(std::strstr(last_failure.where.file_name(), "checked.hpp") != nullptr);
  CHECK(last_failure.where.line() > 0);
#endif
}

TEST_CASE("the value of a parse_result that holds an error goes to the handler, with the caller's place") {
  const ai::parse_result<int> failed{ai::parse_error{}};
  const ai::parse_result<int> read{7};
  REQUIRE(fails_with(ai::failure_kind::bad_result_access, [&] { (void)failed.value(); }));
  CHECK(std::strstr(last_failure.what, "has_value()") != nullptr);
#if defined(__cpp_lib_source_location) || defined(AISCALE_HAS_LOCATION_BUILTINS)
  CHECK(std::strstr(last_failure.where.file_name(), "failure_test.cpp") != nullptr);
#endif
  CHECK(fails_with(ai::failure_kind::bad_result_access, [&] { (void)*failed; }));
  CHECK_FALSE(fails([&] { CHECK(read.value() == 7); }));
  CHECK(failed.value_or(3) == 3);
}

TEST_CASE("set_failure_handler returns the previous handler, and nullptr restores the default") {
  CHECK(ai::get_failure_handler() == &ai::default_failure_handler);
  const ai::failure_handler original = ai::set_failure_handler(&record_and_escape);
  CHECK(original == &ai::default_failure_handler);
  CHECK(ai::get_failure_handler() == &record_and_escape);
  CHECK(ai::set_failure_handler(nullptr) == &record_and_escape);
  CHECK(ai::get_failure_handler() == &ai::default_failure_handler);
}

#if defined(__cpp_exceptions)
namespace {
struct overflow_error {
  ai::failure_kind kind;
};
void throw_failure(const ai::failure& f) { throw overflow_error{f.kind}; }
}  // namespace

TEST_CASE("a handler may throw, where exceptions are on") {
  const ai::failure_handler previous = ai::set_failure_handler(&throw_failure);
  CHECK_THROWS_AS((void)(opaque(int_max) * ai::W + 1 * ai::W), overflow_error);
  ai::set_failure_handler(previous);
}
#endif
