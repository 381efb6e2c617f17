// The static_assert suites need no run-time code: if this program built, they passed.
#include <cstdio>

int main() {
  std::puts("static_assert suites: all checks passed at compile time");
  return 0;
}
