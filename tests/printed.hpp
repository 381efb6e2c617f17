// What operator<< writes for a value: the tests of printing compare it with the text they expect.
#pragma once

#include <sstream>
#include <string>

template <class T>
std::string printed(const T& value) {
  std::ostringstream os;
  os << value;
  return os.str();
}
