// operator<< for quantities, written for people: the value, a space and the unit's symbol ("750 W/GPU").
// Where the stream would need an exponent for the number alone ("9.091e+08 W", "2.273e+10 USD"), the
// quantity prints with an SI prefix or a scale word instead ("909.1 MW", "22.73 billion USD"): results
// of the fleet model and the catalogue come in the coherent unit (W, Wh, USD, FLOP/s), and a person
// reads them in MW and billions. Needs only <iosfwd>, like core/ostream.hpp.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <type_traits>

#include "aiscale/core/char_view.hpp"
#include "aiscale/core/dimension.hpp"
#include "aiscale/core/ostream.hpp"
#include "aiscale/core/quantity.hpp"
#include "aiscale/units/compute.hpp"
#include "aiscale/units/data.hpp"
#include "aiscale/units/derived.hpp"
#include "aiscale/units/devices.hpp"
#include "aiscale/units/energy.hpp"
#include "aiscale/units/exchange_rate.hpp"
#include "aiscale/units/prefixes.hpp"
#include "aiscale/units/scale_words.hpp"

namespace aiscale {
namespace detail {

// How a quantity's number may be rescaled when it prints: by an SI prefix on its leading unit
// (W, Wh, J, B, bit, FLOP of any format), by a scale word (money, accelerator counts and GPU-hours), or not at
// all (every other unit, and units the user built with a prefix or scale word of their own).
enum class print_ladder : std::uint8_t { none, si_prefix, scale_word };

struct print_step {
  int exponent = 0;  // the power of ten divided out; 0: print as it is
  char_view word;    // the prefix ("M") or the scale word ("billion")
};

// Every step is a power of ten, 10^k: k is the magnitude's exponent of 5 (and of 2).
template <magnitude M>
constexpr int power_of_ten_exponent() {
  static_assert(M.num == 1 && M.den == 1 && M.exp2 == M.exp5, "aiscale: a printing step must be a power of ten");
  return M.exp5;
}
template <class P>
constexpr print_step step_of(P) {
  return {power_of_ten_exponent<P::factor>(), P::symbol.view()};
}
template <class W>
constexpr print_step word_step_of(W) {
  return {power_of_ten_exponent<W::def.mag>(), W::symbol.view()};
}

// The steps a readable number takes: the SI prefixes of units/prefixes.hpp from nano to exa (those people
// read without a table; past them an exponent is the clearer writing, as in "2e+25 FLOP"), and the scale
// words of units/scale_words.hpp.
inline constexpr print_step si_steps[] = {step_of(nano), step_of(micro), step_of(milli), step_of(kilo), step_of(mega),
                                          step_of(giga), step_of(tera),  step_of(peta),  step_of(exa)};
inline constexpr print_step word_steps[] = {word_step_of(thousand), word_step_of(million), word_step_of(billion),
                                            word_step_of(trillion), word_step_of(quadrillion)};

template <class U>
constexpr print_ladder print_ladder_of() {
  using Def = std::remove_cvref_t<decltype(U::def)>;
  if constexpr (Def::term_count == 0) {
    return print_ladder::none;
  } else {
    constexpr auto& d = U::def;
    // Money per anything counts in scale words: "753.9 million USD/yr".
    for (std::size_t i = 0; i != Def::dim_count; ++i)
      if (is_money_dimension(d.dim_name(i)) && d.dims[i].num == 1 && d.dims[i].den == 1)
        return print_ladder::scale_word;
    const unit_term& lead = d.terms[0];
    if (lead.spaced || lead.num != 1 || lead.den != 1) return print_ladder::none;
    const char_view name = d.text.view().substr(lead.begin, lead.size);
    // Accelerators and their hours count in scale words: "1.26 million GPU", "54 million GPU-h".
    if (name == unit_t<gpu>::symbol.view() || name == unit_t<gpu_hour>::symbol.view()) return print_ladder::scale_word;
    const char_view flop_name = unit_t<flop>::symbol.view();
    const bool is_flop = name == flop_name || (name.substr(0, flop_name.size()) == flop_name &&
                                               name.substr(flop_name.size(), 1) == char_view("("));
    if (is_flop || name == unit_t<J>::symbol.view() || name == unit_t<W>::symbol.view() ||
        name == unit_t<Wh>::symbol.view() || name == unit_t<byte>::symbol.view() || name == unit_t<bit>::symbol.view())
      return print_ladder::si_prefix;
    return print_ladder::none;
  }
}

// Whether the stream would write v with an exponent (the rule of %g at the stream's precision).
template <class Stream>
bool needs_exponent(const Stream& os, double v) {
  using ios = typename Stream::ios_base;
  if ((os.flags() & ios::floatfield) != typename ios::fmtflags())
    return false;  // std::fixed or std::scientific: as asked
  const double a = v < 0 ? -v : v;
  if (!(a > 0 && a <= 1.7976931348623157e308)) return false;     // zero, infinity and NaN print as they are
  const auto digits = os.precision() <= 0 ? 1 : os.precision();  // std::streamsize, without <ios>
  double limit = 1;
  for (decltype(os.precision()) i = 0; i != digits && limit < 1e300; ++i) limit *= 10;
  return a >= limit - 0.5 || a < 1e-4;
}

// The step of exponent k in a ladder; none beyond it (a quetta-watt, money below one unit), which then
// prints with an exponent.
template <std::size_t N>
constexpr print_step step_at(const print_step (&steps)[N], int k) {
  for (const print_step& s : steps)
    if (s.exponent == k) return s;
  return {};
}

// The step that brings the largest |value| of what is printed into [1, 1000), or none.
template <class U, class Stream>
print_step readable_step(const Stream& os, double largest) {
  constexpr print_ladder ladder = print_ladder_of<U>();
  if constexpr (ladder == print_ladder::none) {
    return {};
  } else {
    if (!needs_exponent(os, largest)) return {};
    const double a = largest < 0 ? -largest : largest;
    int exponent = 0;  // the largest power of 1000 not above a, found by steps (no <cmath> needed)
    double scale = 1;
    while (a >= scale * 1000 && exponent < 300) scale *= 1000, exponent += 3;
    while (a < scale && exponent > -300) scale /= 1000, exponent -= 3;
    if constexpr (ladder == print_ladder::si_prefix)
      return step_at(si_steps, exponent);
    else
      return step_at(word_steps, exponent);
  }
}

inline double divided_by_power_of_ten(double v, int exponent) {
  double scale = 1;
  for (int i = 0; i < exponent; ++i) scale *= 10;
  for (int i = 0; i > exponent; --i) scale *= 10;
  return exponent >= 0 ? v / scale : v * scale;
}

// Writes the unit after a number printed with step s: "MW", "billion USD", or the unit alone.
template <class U, class Stream>
Stream& put_unit(Stream& os, const print_step& s) {
  constexpr auto& symbol = U::symbol;
  if constexpr (symbol.size() != 0) {
    os << ' ';
    if (s.exponent != 0) {
      os.write(s.word.data(), static_cast<decltype(os.width())>(s.word.size()));
      if constexpr (print_ladder_of<U>() == print_ladder::scale_word) os << ' ';
    }
    os << symbol.c_str();
  }
  return os;
}

// The number of a quantity, rescaled by s.
template <class R>
auto scaled_value(const R& v, const print_step& s) {
  if constexpr (std::is_floating_point_v<R>)
    return s.exponent == 0 ? v : static_cast<R>(divided_by_power_of_ten(static_cast<double>(v), s.exponent));
  else
    return v;  // an integer prints whole: it is exact, and never needs an exponent
}

}  // namespace detail

template <class CharT, class Traits, class U, class R>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const basic_quantity<U, R>& q) {
  detail::print_step step;
  if constexpr (std::is_floating_point_v<R>) step = detail::readable_step<U>(os, static_cast<double>(q.value()));
  os << detail::scaled_value(q.value(), step);
  return detail::put_unit<U>(os, step);
}

// An exchange rate prints as its rate ("0.926 EUR/USD"); its date and source are there to be asked for.
template <class CharT, class Traits, auto U, class R>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const exchange_rate<U, R>& r) {
  return os << r.rate();
}

}  // namespace aiscale
