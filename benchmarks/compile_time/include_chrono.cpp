// Include-only: <chrono>, the standard's own library of typed quantities, as the yardstick.
#include <chrono>

double include_baseline(double x) { return 2 * x; }
