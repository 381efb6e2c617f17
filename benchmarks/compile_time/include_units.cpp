// Include-only: aiscale's core and units (no <chrono>).
#include <aiscale/units.hpp>

double include_baseline(double x) { return 2 * x; }
