// Domain values at the edge of what is allowed construct in constant expressions; one step beyond
// each is a compile error (tests/compile_fail/cases: exchange_rate_*, date_*, fleet_*, estimate_*).
#include <aiscale/catalog.hpp>
#include <aiscale/model.hpp>
#include <aiscale/units.hpp>

#include <limits>

namespace ai = aiscale;
namespace cat = ai::catalog;

// Exchange rates: positive and finite, however small.
static_assert(ai::exchange_rate<ai::usd / ai::eur>::valid(1.08) && !ai::exchange_rate<ai::usd / ai::eur>::valid(0.0));
static_assert(!ai::exchange_rate<ai::usd / ai::eur>::valid(-1.08));
static_assert(!ai::exchange_rate<ai::usd / ai::eur>::valid(std::numeric_limits<double>::infinity()));
static_assert(!ai::exchange_rate<ai::usd / ai::eur>::valid(std::numeric_limits<double>::quiet_NaN()));
static_assert(ai::exchange_rate<ai::usd / ai::eur, int>::valid(1) &&
              !ai::exchange_rate<ai::usd / ai::eur, int>::valid(0));
inline constexpr ai::exchange_rate tiny{std::numeric_limits<double>::denorm_min() * ai::usd / ai::eur};
static_assert(tiny.rate().value() > 0);

// Dates: leap years, month lengths, parts left out.
static_assert(ai::date::possible(2024, 2, 29) && !ai::date::possible(2025, 2, 29));
static_assert(ai::date::possible(2000, 2, 29) && !ai::date::possible(1900, 2, 29));
static_assert(ai::date::possible(2025, 12, 31) && !ai::date::possible(2025, 11, 31));
static_assert(ai::date::possible(2025, 0, 0) && ai::date::possible(0, 0, 0));
static_assert(!ai::date::possible(2025, 0, 1) && !ai::date::possible(0, 1, 0) && !ai::date::possible(2025, 13, 0));
inline constexpr ai::date leap_day{2024, 2, 29};
static_assert(leap_day == ai::date{2024, 2, 29} && ai::date{} == ai::date{0, 0, 0});

// Fleets: 0 GPUs, PUE exactly 1, utilisation 0 % and 100 % are all allowed.
inline constexpr ai::fleet empty(cat::h100_sxm, 0.0 * ai::gpu, 1.0 * ai::one, 0.0 * ai::one);
static_assert(empty.it_power() == 0.0 * ai::W);
inline constexpr ai::fleet flat_out(cat::h100_sxm, 1000.0 * ai::gpu, 1.0 * ai::one, 100.0 * ai::percent);
static_assert(flat_out.sustained(ai::bf16) == flat_out.peak(ai::bf16));

// Estimates: equal ends, a central value at an end, infinite ends, widened by 0.
inline constexpr ai::estimate point{75.0 * ai::GW, 75.0 * ai::GW, 75.0 * ai::GW};
static_assert(point.width() == 0.0 * ai::GW);
inline constexpr ai::estimate open_ended{20.0 * ai::GW, std::numeric_limits<double>::infinity() * ai::GW};
static_assert(open_ended.contains(1e300 * ai::GW));
static_assert(ai::estimate{75.0 * ai::GW}.widened(0.0).low() == 75.0 * ai::GW);
static_assert((ai::estimate<int>{144, 288} / 72).high() == 4);
static_assert(ai::approx(
    (1.0 * ai::billion * ai::usd / ai::estimate{25'000.0 * ai::usd / ai::gpu, 40'000.0 * ai::usd / ai::gpu}).low(),
    25'000 * ai::gpu));
