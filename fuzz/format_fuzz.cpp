// libFuzzer target for format() and format_range(): any double, language and options; the text
// must fit (but for huge and tiny values, which say so with complete()), NaN and infinities are
// written as such, and finite values read back with parse_as to the digits written.
#include <aiscale/text/format.hpp>
#include <aiscale/text/parse.hpp>
#include <aiscale/units.hpp>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 11) return 0;
  namespace ai = aiscale;
  double v = 0, w = 0;
  std::memcpy(&v, data, sizeof v);
  const auto language = static_cast<ai::lang>(data[8] % 6);
  const ai::format_options o{.digits = data[9] % 20 - 1,
                             .compact = (data[10] & 1) != 0,
                             .currency = static_cast<ai::currency_style>((data[10] >> 1) % 4)};
  if (size >= 19) std::memcpy(&w, data + 11, sizeof w);
  const auto check = [&](auto unit) {
    const auto q = v * unit;
    const ai::formatted_text t = ai::format(q, language, o);
    // Every digit is written: a huge or tiny value may not fit (complete() is false then), one
    // between 1e-60 and 1e60 always does, as do NaN and the infinities.
    const double a = std::abs(v);
    const bool must_fit = !std::isfinite(v) || a == 0 || (a > 1e-60 && a < 1e60);
    if (must_fit && !t.complete()) __builtin_trap();
    // A value that is no lang is written as English.
    if (!(ai::format(q, static_cast<ai::lang>(7), o) == ai::format(q, ai::lang::en, o))) __builtin_trap();
    (void)ai::format_range(q, w * unit, language, o);
    // NaN and the infinities are written as such, never as a number.
    if (!std::isfinite(v)) {
      std::string lower(t.view());
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (lower.find(std::isnan(v) ? "nan" : "inf") == std::string::npos) __builtin_trap();
    }
    if (std::isfinite(v) && std::abs(v) < 1e25 && std::abs(v) > 1e-6) {
      const auto back = ai::parse_as(unit, t.view(), language);
      if (!back) __builtin_trap();
      // The round trip keeps the value to the digits written: o.digits significant digits, as
      // round_to clamps them to 1..17, rounded once (and a double's own rounding at 17).
      const int digits = o.digits < 1 ? 1 : o.digits > 17 ? 17 : o.digits;
      const double tolerance = (0.5 * std::pow(10.0, 1 - digits) + 4e-16) * std::abs(v) * (1 + 1e-9);
      if (std::abs(back->value() - v) > tolerance) __builtin_trap();
    }
  };
  check(ai::usd);
  check(ai::GW);
  check(ai::gpu);
  check(ai::TFLOPS_of(ai::fp8));
  return 0;
}
