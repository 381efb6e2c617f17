// The correctly rounded double of a decimal text, the reference the number reader is checked against:
// std::from_chars where the standard library has it for floating point (libstdc++ 11 and later,
// libc++ 20 and later), else std::strtod, which the C library rounds correctly too (glibc does).
#pragma once

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>
#include <system_error>

namespace aiscale_test {

// Reads all of text into out; std::errc{} on success, result_out_of_range where the value is beyond
// the doubles (to infinity, or a non-zero number to zero), invalid_argument where text is no number.
inline std::errc reference_double(const std::string& text, double& out) {
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
  const auto r = std::from_chars(text.data(), text.data() + text.size(), out);
  if (r.ec == std::errc{} && r.ptr != text.data() + text.size()) return std::errc::invalid_argument;
  return r.ec;
#else
  errno = 0;
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return std::errc::invalid_argument;
  // strtod also sets ERANGE for a subnormal result, which from_chars returns as a value.
  if (errno == ERANGE && (out == 0 || std::isinf(out))) return std::errc::result_out_of_range;
  return std::errc{};
#endif
}

}  // namespace aiscale_test
