// estimate<Q>: a figure known only as a range, low to high, with an optional central value
// ("USD 25,000-30,000 per GPU", "4-5 million GPUs"). Arithmetic carries the range along. A neutral
// value of units/: the catalogue's prices and the model's results are both estimates, and neither
// layer includes the other for it.
#pragma once

#include <iosfwd>
#include <type_traits>

#include "aiscale/core/failure.hpp"
#include "aiscale/core/quantity.hpp"
#include "aiscale/units/ostream.hpp"

namespace aiscale {

template <class Q>
class estimate;

namespace detail {
template <class T>
inline constexpr bool is_estimate = false;
template <class Q>
inline constexpr bool is_estimate<estimate<Q>> = true;
}  // namespace detail
// Whether T (const or a reference included) is an estimate.
template <class T>
inline constexpr bool is_estimate_v = detail::is_estimate<std::remove_cvref_t<T>>;

namespace detail {
template <class A, class B>
AISCALE_HOST_DEVICE constexpr A smaller(A a, B b) {
  return b < a ? A(b) : a;
}
template <class A, class B>
AISCALE_HOST_DEVICE constexpr A larger(A a, B b) {
  return a < b ? A(b) : a;
}
// The hull of four corner values: interval arithmetic for * and /, right for any sign as long
// as a divisor's range does not straddle zero.
template <class T>
AISCALE_HOST_DEVICE constexpr T min4(T a, T b, T c, T d) {
  return smaller(smaller(a, b), smaller(c, d));
}
template <class T>
AISCALE_HOST_DEVICE constexpr T max4(T a, T b, T c, T d) {
  return larger(larger(a, b), larger(c, d));
}
// Whether a bound is NaN (a plain number or a quantity's number): NaN is the one value unequal to itself.
template <class Q>
AISCALE_HOST_DEVICE constexpr bool is_nan(const Q& x) {
  if constexpr (quantity_type<Q>)
    return x.value() != x.value();
  else
    return x != x;  // NOLINT(misc-redundant-expression): true only for NaN
}
}  // namespace detail

// Q is a quantity type (or a plain number type for a dimensionless factor). A range is given low
// to high: estimate{30, 25} is refused rather than reordered, since a reversed range is more often a
// slip (the wrong two figures, or a sign) than a range; so are NaN bounds and a central value outside
// the range. Each goes to the failure handler at the caller's line (a compile error in a constant
// expression).
template <class Q>
class estimate {
 public:
  using value_type = Q;

  // The parameters' names start with an underscore, which no global may: g++ -Wshadow compares the
  // names of a constructor with a body against the user's globals (tests/compile_fail/user_globals_test.cpp).
  AISCALE_HOST_DEVICE constexpr explicit estimate(Q _point, source_location _where = source_location::current())
      : low_(_point), high_(_point), central_(_point), has_central_(true) {
    check(_where);
  }
  AISCALE_HOST_DEVICE constexpr estimate(Q _low, Q _high, source_location _where = source_location::current())
      : low_(_low), high_(_high) {
    check(_where);
  }
  AISCALE_HOST_DEVICE constexpr estimate(Q _low, Q _high, Q _central,
                                         source_location _where = source_location::current())
      : low_(_low), high_(_high), central_(_central), has_central_(true) {
    check(_where);
  }
  // From an estimate of a convertible type: an estimate in million GPU becomes one in GPU.
  template <class Q2>
  requires(!std::is_same_v<Q, Q2> && std::is_convertible_v<Q2, Q>) constexpr estimate(const estimate<Q2>& e)
      : low_(e.low()),
        high_(e.high()),
        central_(e.has_central() ? Q(e.central_or_low()) : Q{}),
        has_central_(e.has_central()) {}

  [[nodiscard]] AISCALE_HOST_DEVICE constexpr Q low() const { return low_; }
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr Q high() const { return high_; }
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr bool has_central() const { return has_central_; }
  // The central value when one was given, else the midpoint of the range.
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto central() const {
    if (has_central_) return low_ + (central_ - low_) * 1.0;
    return low_ + (high_ - low_) * 0.5;
  }
  // The given central value, or the low bound: for conversions that must keep the type.
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr Q central_or_low() const { return has_central_ ? central_ : low_; }
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto width() const { return high_ - low_; }

  // Whether a value lies within the range, bounds included.
  template <class Q2>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr bool contains(const Q2& candidate) const {
    return !(candidate < low_) && !(high_ < candidate);
  }
  // Whether two ranges share at least one value.
  template <class Q2>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr bool overlaps(const estimate<Q2>& o) const {
    return !(o.high() < low_) && !(high_ < o.low());
  }
  // The range made wider by a relative tolerance on each side: "about 75 GW" at 10 % is 67.5-82.5 GW.
  // A negative or NaN tolerance would narrow or erase the range: refused.
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr estimate widened(
      double rel, source_location _where = source_location::current()) const {
    if (!(rel >= 0)) detail::invalid_value("invalid estimate: widened() by a negative or NaN tolerance", _where);
    estimate wider = *this;
    wider.low_ = low_ * (low_ < Q{} ? 1 + rel : 1 - rel);
    wider.high_ = high_ * (high_ < Q{} ? 1 - rel : 1 + rel);
    return wider;
  }
  // The same range in another unit: estimate{4 * million * gpu, 5 * million * gpu}.in(gpu).
  template <class U>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto in(U u) const {
    using R = estimate<decltype(low_.in(u))>;
    return has_central_ ? R(low_.in(u), high_.in(u), central_.in(u)) : R(low_.in(u), high_.in(u));
  }
  template <class U>
  [[nodiscard]] AISCALE_HOST_DEVICE constexpr auto values_in(U u) const {
    return estimate<double>(low_.template value_in<double>(u), high_.template value_in<double>(u),
                            central().template value_in<double>(u));
  }

 private:
  AISCALE_HOST_DEVICE constexpr void check(source_location where) const {
    if (detail::is_nan(low_) || detail::is_nan(high_)) detail::invalid_value("invalid estimate: a bound is NaN", where);
    if (high_ < low_) detail::invalid_value("invalid estimate: the low bound is above the high bound", where);
    if (has_central_ && (detail::is_nan(central_) || central_ < low_ || high_ < central_))
      detail::invalid_value("invalid estimate: the central value is NaN or lies outside the range", where);
  }

  Q low_{};
  Q high_{};
  Q central_{};
  bool has_central_ = false;
};

template <class Q>
estimate(Q) -> estimate<Q>;
template <class Q>
estimate(Q, Q) -> estimate<Q>;
template <class Q>
estimate(Q, Q, Q) -> estimate<Q>;

namespace detail {
// A plain quantity or number seen as an estimate whose range is one point.
template <class T>
AISCALE_HOST_DEVICE constexpr auto as_estimate(const T& point) {
  if constexpr (is_estimate_v<T>)
    return point;
  else
    return estimate<T>(point);
}
}  // namespace detail

// What estimate arithmetic takes: two estimates, or an estimate and a quantity or a plain number, in
// either order (quantity-quantity arithmetic stays the core's). Public, because it is what the
// operators' signatures and a user's own overloads name.
template <class T>
concept estimate_operand = is_estimate_v<T> || quantity_type<T> || scalar<T>;
// At least one side an estimate, written as an if: clang-format 14 reads the && after a variable
// template as a reference.
template <class A, class B>
concept estimate_operands = [] {
  if constexpr (is_estimate_v<A> || is_estimate_v<B>)
    return estimate_operand<A> && estimate_operand<B>;
  else
    return false;
}();

namespace detail {
template <class R, class E1, class E2, class F>
AISCALE_HOST_DEVICE constexpr estimate<R> combine_central(R lo, R hi, const E1& a, const E2& b, F f) {
  if (a.has_central() && b.has_central()) return estimate<R>(lo, hi, R(f(a.central_or_low(), b.central_or_low())));
  return estimate<R>(lo, hi);
}
}  // namespace detail

// Sums and differences of ranges: the low bound from the lows (or the low minus the other's high).
template <class A, class B>
requires estimate_operands<A, B> AISCALE_HOST_DEVICE constexpr auto operator+(const A& x, const B& y) {
  const auto a = detail::as_estimate(x);
  const auto b = detail::as_estimate(y);
  using R = decltype(a.low() + b.low());
  return detail::combine_central<R>(a.low() + b.low(), a.high() + b.high(), a, b,
                                    [](auto lhs, auto rhs) { return lhs + rhs; });
}
template <class A, class B>
requires estimate_operands<A, B> AISCALE_HOST_DEVICE constexpr auto operator-(const A& x, const B& y) {
  const auto a = detail::as_estimate(x);
  const auto b = detail::as_estimate(y);
  using R = decltype(a.low() - b.low());
  return detail::combine_central<R>(a.low() - b.high(), a.high() - b.low(), a, b,
                                    [](auto lhs, auto rhs) { return lhs - rhs; });
}
template <class A, class B>
requires estimate_operands<A, B> AISCALE_HOST_DEVICE constexpr auto operator*(const A& x, const B& y) {
  const auto a = detail::as_estimate(x);
  const auto b = detail::as_estimate(y);
  using R = decltype(a.low() * b.low());
  const R c[] = {a.low() * b.low(), a.low() * b.high(), a.high() * b.low(), a.high() * b.high()};
  return detail::combine_central<R>(detail::min4(c[0], c[1], c[2], c[3]), detail::max4(c[0], c[1], c[2], c[3]), a, b,
                                    [](auto lhs, auto rhs) { return lhs * rhs; });
}
template <class A, class B>
requires estimate_operands<A, B> AISCALE_HOST_DEVICE constexpr auto operator/(const A& x, const B& y) {
  const auto a = detail::as_estimate(x);
  const auto b = detail::as_estimate(y);
  using R = decltype(a.low() / b.low());
  // The hull of the corners is the quotient's range only for a divisor that keeps one sign.
  if (!(b.high() < decltype(b.high()){}) && !(decltype(b.low()){} < b.low()))
    detail::division_by_zero("division by zero: the divisor estimate's range contains 0", source_location::current());
  // Plain integers divide with truncation; an estimate of them must not quietly lose its fraction.
  if constexpr (std::is_integral_v<R>) {
    if (a.low() % b.low() != 0 || a.low() % b.high() != 0 || a.high() % b.low() != 0 || a.high() % b.high() != 0 ||
        (a.has_central() && b.has_central() && a.central_or_low() % b.central_or_low() != 0))
      detail::invalid_value("invalid estimate: this integer division would truncate; divide estimates of double",
                            source_location::current());
  }
  const R c[] = {a.low() / b.low(), a.low() / b.high(), a.high() / b.low(), a.high() / b.high()};
  return detail::combine_central<R>(detail::min4(c[0], c[1], c[2], c[3]), detail::max4(c[0], c[1], c[2], c[3]), a, b,
                                    [](auto lhs, auto rhs) { return lhs / rhs; });
}
// Scaling by a unit: estimate{25, 30} * usd / gpu, as with a number.
template <class Q, unit_type U>
AISCALE_HOST_DEVICE constexpr auto operator*(const estimate<Q>& e, U u) {
  using R = decltype(e.low() * u);
  return e.has_central() ? estimate<R>(e.low() * u, e.high() * u, e.central_or_low() * u)
                         : estimate<R>(e.low() * u, e.high() * u);
}
template <class Q, unit_type U>
AISCALE_HOST_DEVICE constexpr auto operator/(const estimate<Q>& e, U u) {
  using R = decltype(e.low() / u);
  return e.has_central() ? estimate<R>(e.low() / u, e.high() / u, e.central_or_low() / u)
                         : estimate<R>(e.low() / u, e.high() / u);
}

// Comparison with a single value holds for the whole range: an estimate is below a value when
// even its high bound is, above it when even its low bound is. Neither holds for a range that
// contains the value; ask contains() for that.
template <class Q, class T>
requires(!is_estimate_v<T>) constexpr bool operator<(const estimate<Q>& e, const T& bound) { return e.high() < bound; }
template <class Q, class T>
requires(!is_estimate_v<T>) constexpr bool operator>(const estimate<Q>& e, const T& bound) { return bound < e.low(); }
template <class Q, class T>
requires(!is_estimate_v<T>) constexpr bool operator<=(const estimate<Q>& e, const T& bound) {
  return !(bound < e.high());
}
template <class Q, class T>
requires(!is_estimate_v<T>) constexpr bool operator>=(const estimate<Q>& e, const T& bound) {
  return !(e.low() < bound);
}
template <class T, class Q>
requires(!is_estimate_v<T>) constexpr bool operator<(const T& bound, const estimate<Q>& e) { return e > bound; }
template <class T, class Q>
requires(!is_estimate_v<T>) constexpr bool operator>(const T& bound, const estimate<Q>& e) { return e < bound; }
template <class T, class Q>
requires(!is_estimate_v<T>) constexpr bool operator<=(const T& bound, const estimate<Q>& e) { return e >= bound; }
template <class T, class Q>
requires(!is_estimate_v<T>) constexpr bool operator>=(const T& bound, const estimate<Q>& e) { return e <= bound; }

// Prints "25000-30000 USD/GPU", with " (central 27500)" when a central value was given. A
// range that reaches below zero prints "-5 to 5 W" so that the minus signs stay readable. The
// bounds share one prefix or scale word, chosen for the larger ("22.73-30.3 billion USD").
template <class CharT, class Traits, class Q>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const estimate<Q>& e) {
  if constexpr (quantity_type<Q>) {
    using R = typename Q::rep;
    detail::print_step step;
    if constexpr (std::is_floating_point_v<R>) {
      const auto magnitude = [](R v) { return static_cast<double>(v < 0 ? -v : v); };
      const double low = magnitude(e.low().value()), high = magnitude(e.high().value());
      step = detail::readable_step<unit_t<Q::unit>>(os, low > high ? low : high);
    }
    const auto plain = [&](const Q& bound) { return detail::scaled_value(bound.value(), step); };
    os << plain(e.low()) << (e.low().value() < 0 ? " to " : "-") << plain(e.high());
    detail::put_unit<unit_t<Q::unit>>(os, step);
    if (e.has_central()) os << " (central " << plain(e.central_or_low()) << ')';
  } else {
    os << e.low() << (e.low() < 0 ? " to " : "-") << e.high();
    if (e.has_central()) os << " (central " << e.central_or_low() << ')';
  }
  return os;
}

}  // namespace aiscale
