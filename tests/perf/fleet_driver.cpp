// Runs one fleet kernel over N generated entries and prints its sum: the program callgrind counts
// instructions in (only inside the kernel, with --toggle-collect).
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "fleet_data.hpp"

int main(int argc, char** argv) {
  using namespace aiscale_bench;
  if (argc != 3 || (std::strcmp(argv[1], "double") != 0 && std::strcmp(argv[1], "quantity") != 0 &&
                    std::strcmp(argv[1], "from_doubles") != 0)) {
    std::fprintf(stderr, "usage: %s double|quantity|from_doubles N\n", argv[0]);
    return 2;
  }
  const fleet_doubles d = make_fleet_doubles(std::strtoull(argv[2], nullptr, 10));
  if (std::strcmp(argv[1], "double") == 0) {
    std::printf("%.17g\n", run_double(d));
  } else if (std::strcmp(argv[1], "from_doubles") == 0) {
    std::printf("%.17g\n", run_from_doubles(d).value());
  } else {
    std::printf("%.17g\n", run_quantity(to_quantities(d)).value());
  }
}
