// Includes the umbrella and computes with quantities, but never reads or writes text: none of the
// text layer's tables may be built (lazy_tables.cmake compiles this under a small budget of
// constant evaluation, which building them exceeds).
#include <aiscale/aiscale.hpp>

namespace ai = aiscale;

constexpr auto power = 100 * ai::million * ai::gpu * (750.0 * ai::W / ai::gpu);
static_assert(ai::approx(power, 75.0 * ai::GW));

int main() { return power.value_in(ai::GW) > 0 ? 0 : 1; }
