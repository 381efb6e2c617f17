// The twin of unused.cpp that reads text: parse needs the reader's tables, which are built here, so
// under lazy_tables.cmake's budget this must fail to compile (the budget is really below the tables).
#include <aiscale/aiscale.hpp>

namespace ai = aiscale;

constexpr auto power = 100 * ai::million * ai::gpu * (750.0 * ai::W / ai::gpu);
static_assert(ai::approx(power, 75.0 * ai::GW));

int main() { return ai::parse("75 GW", ai::lang::en) ? 0 : 1; }
