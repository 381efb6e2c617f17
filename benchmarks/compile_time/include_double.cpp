// Include-only baseline: no header at all, the cost of starting the compiler on a tiny TU.
double include_baseline(double x) { return 2 * x; }
