// Death tests of the failure handler: this program overflows an integer quantity at run time and
// must not come back. "default" leaves it to the default handler (prints, aborts); "returning"
// installs a handler that returns, after which the library must still stop the program.
#include <aiscale/units.hpp>

#include <climits>
#include <cstdio>
#include <cstring>

namespace ai = aiscale;

namespace {
void log_and_return(const ai::failure& f) { std::fprintf(stderr, "handler saw: %s\n", f.what); }
}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::strcmp(argv[1], "returning") == 0) ai::set_failure_handler(&log_and_return);
  volatile int watts = INT_MAX;
  const auto total = watts * ai::W + 1 * ai::W;
  std::printf("not reached: %d\n", total.value());
  return 0;
}
