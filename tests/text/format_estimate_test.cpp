// format(estimate, lang): ranges of the model layer in each language's way of writing a range.
#include <aiscale/text/format_estimate.hpp>
#include <aiscale/units.hpp>
#include <aiscale/units/estimate.hpp>

namespace ai = aiscale;
using ai::lang;

inline constexpr ai::estimate gpus{4.0 * ai::million * ai::gpu, 5.0 * ai::million* ai::gpu};
inline constexpr ai::estimate price{25.0 * ai::billion * ai::usd, 30.0 * ai::billion* ai::usd,
                                    27.0 * ai::billion* ai::usd};

static_assert(ai::format(gpus, lang::de) == "4 bis 5 Millionen GPUs");
static_assert(ai::format(price, lang::en) == "USD 25–30 billion");  // the central value is not printed
static_assert(ai::format(price, lang::en) == ai::format_range(price.low(), price.high(), lang::en));
// A range given high-to-low is refused where it is made (tests/compile_fail/cases/estimate_reversed.cpp),
// so every estimate prints low to high.
