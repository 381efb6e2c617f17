// A user adds a base dimension of their own, outside the library: tokens, priced per million.
#include <aiscale/units.hpp>

namespace my {
namespace ai = aiscale;
// The whole extension: one line for the dimension, one for a derived unit.
inline constexpr auto token = ai::base_unit<"token", "tok">;
inline constexpr auto mtok = ai::named<"Mtok">(ai::million * token);
}  // namespace my

namespace ai = aiscale;

constexpr auto price = 2.5 * ai::usd / my::mtok;       // USD 2.50 per million tokens
constexpr auto served = 40 * ai::billion * my::token;  // a day's traffic
constexpr auto bill = (price * served).in(ai::usd);    // dimensions cancel to USD
static_assert(ai::approx(bill, 100'000.0 * ai::usd));
static_assert(!ai::same_dimension_v<decltype(my::token), decltype(ai::gpu)>);
static_assert(decltype(ai::usd / my::mtok)::symbol.view() == "USD/Mtok");

// Tokens per second per GPU times a fleet is a token rate.
constexpr auto throughput = 1'500.0 * my::token / ai::s / ai::gpu;
constexpr auto fleet_rate = throughput * (1000 * ai::gpu);
static_assert(ai::approx(fleet_rate * (1 * ai::h), 5.4 * ai::billion * my::token));
