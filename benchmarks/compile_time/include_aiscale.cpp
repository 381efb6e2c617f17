// Include-only: the umbrella header, everything aiscale has.
#include <aiscale/aiscale.hpp>

double include_baseline(double x) { return 2 * x; }
