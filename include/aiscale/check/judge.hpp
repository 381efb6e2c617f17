// The verdict on one relation of figures: is the figure the text implies inside the reference's
// range, and if not, which slip from a fixed list brings it there.
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace aiscale {

enum class verdict : std::uint8_t { consistent, implausible, not_checkable };

// The fixed list of likely causes of an implausible figure (docs/check.md). Each is tried only
// where it could apply: a prefix slip where a figure has a prefix or scale word, long vs short
// scale where a scale word differs between the scales, and so on.
enum class slip : std::uint8_t {
  prefix_off_by_1000,       // a power-of-1000 prefix or scale word one step off (GW for MW, million for billion)
  long_vs_short_scale,      // a long-scale word (Billion, biljoen, billón) read as its English look-alike
  numeric_format,           // another numeric format or sparsity (FP8 sparse for BF16 dense)
  power_vs_energy,          // a power taken for an energy or the reverse (GW for GWh)
  capacity_vs_consumption,  // generating capacity or peak demand taken for consumption
  chip_vs_all_in,           // the chips alone (TDP, price) taken for the deployed, all-in figure
  share_for_total,          // a part (the GPUs alone, one party's share) taken for the whole
};

constexpr std::string_view name_of(verdict v) {
  switch (v) {
    case verdict::consistent:
      return "consistent";
    case verdict::implausible:
      return "implausible";
    case verdict::not_checkable:
      return "not checkable";
  }
  return "unknown";
}

constexpr std::string_view name_of(slip c) {
  switch (c) {
    case slip::prefix_off_by_1000:
      return "a prefix off by 1000";
    case slip::long_vs_short_scale:
      return "long vs short scale";
    case slip::numeric_format:
      return "another numeric format or sparsity";
    case slip::power_vs_energy:
      return "power vs energy";
    case slip::capacity_vs_consumption:
      return "capacity or peak vs consumption";
    case slip::chip_vs_all_in:
      return "chip vs all-in";
    case slip::share_for_total:
      return "a share taken for the total";
  }
  return "unknown";
}

// A range of plain numbers in one unit (the unit is the relation's: USD per GPU, W per GPU ...).
struct value_range {
  double low = 0;
  double high = 0;
  constexpr bool valid() const { return low > 0 && high >= low && high <= std::numeric_limits<double>::max(); }
  constexpr value_range scaled(double f) const { return {low * f, high * f}; }
};

// How far a figure read from a news text may be from the reference range and still agree: news
// round to about two significant digits and relate two such figures, so each side may be off by
// about 5 %. The ranges themselves are the references' own (an estimate's low and high).
inline constexpr double rounding_tolerance = 0.10;

constexpr bool agrees(double implied, value_range ref, double tolerance = rounding_tolerance) {
  return ref.valid() && implied >= ref.low * (1 - tolerance) && implied <= ref.high * (1 + tolerance);
}

// A slip that changes one figure before the relation is computed again: the figure's value times
// factor is what the writer meant (a GW that should have been MW: factor 1/1000).
struct figure_slip {
  slip cause;
  std::size_t figure = 0;  // which of the relation's figures (0: the first, 1: the second)
  double factor = 1;
  std::string detail;  // "the power is 1000x too large", "Billionen read as billion"
};

// A slip that changes the reference instead: the figure matches another reference (the chips'
// TDP, the UK's capacity, FP8 sparse) that the writer took for the right one.
struct reference_slip {
  slip cause;
  value_range range;
  std::string detail;  // "H100 SXM TDP 700 W", "UK capacity about 104 GW"
};

// What judge() needs: the figures' values, how the implied figure follows from them (a ratio:
// increasing in the first value, decreasing in the second), the range it should fall in, and the
// slips that could apply here.
//
// A figure is not always one number: "400,000 to 500,000" is a range, "more than a million" a lower
// bound, "up to 300 MW" an upper one. low_factor and high_factor say where the figure's true value
// may lie, relative to values[i]: [values[i] x low_factor[i], values[i] x high_factor[i]], with 0 and
// infinity for an open end (1 and 1: the figure as written, which the rounding tolerance widens). The
// implied figure is then a range too, and it agrees where that range meets the reference's.
//
// open_below and open_above mark a side of the reference that is no evidence of a slip by itself: a
// compute rate below the peak may be a sustained rate, a site's power above what its GPUs draw may be
// its grid connection. There, the figure is implausible only where a slip of a figure explains the
// gap; otherwise it is not checkable.
struct judgement_input {
  std::array<double, 2> values{};
  double (*implied)(double, double) = nullptr;
  value_range reference;
  std::vector<figure_slip> figure_slips;
  std::vector<reference_slip> reference_slips;
  std::array<double, 2> low_factor{1, 1};
  std::array<double, 2> high_factor{1, 1};
  bool open_below = false;
  bool open_above = false;
};

struct judgement {
  verdict result = verdict::not_checkable;
  double implied = 0;
  std::vector<slip> causes;  // empty when consistent, or when no listed cause explains the gap
  std::string explanation;   // the slips' details, joined
  std::vector<slip> tried;   // every cause tried, in order, without repeats
  // Where the figures' bounds put the implied figure: low == implied == high for exact figures; 0 or
  // infinity at an open end.
  double implied_low = 0;
  double implied_high = 0;
  bool unbounded = false;     // not checkable: the figures' bounds leave the implied figure open at both ends
  bool on_open_side = false;  // not checkable: outside on an open side, and no slip of a figure explains it
};

namespace detail::check {
// The distance of a value from a range's geometric centre, in decades: of several causes that
// explain a gap, the one that lands nearest the middle of its reference wins.
inline double distance(double v, value_range r) {
  const double centre = std::sqrt(r.low * r.high);
  return std::fabs(std::log10(v / centre));
}
inline void note_tried(std::vector<slip>& tried, slip cause) {
  for (const slip known : tried)
    if (known == cause) return;
  tried.push_back(cause);
}

// The range of implied figures that values allow, given each figure's bounds (in.low_factor,
// in.high_factor): the implied figure at the four corners, 0 to infinity where a corner is
// undefined (two open ends divided).
inline value_range implied_span(const judgement_input& in, std::array<double, 2> values) {
  double lo = std::numeric_limits<double>::infinity(), hi = 0;
  for (const double f0 : {in.low_factor[0], in.high_factor[0]})
    for (const double f1 : {in.low_factor[1], in.high_factor[1]}) {
      const double r = in.implied(values[0] * f0, values[1] * f1);
      if (r != r) return {0, std::numeric_limits<double>::infinity()};
      lo = r < lo ? r : lo;
      hi = r > hi ? r : hi;
    }
  return {lo, hi};
}
}  // namespace detail::check

// The verdict: consistent when the implied figure (a range where a figure is a range or a bound) is
// within the reference's range, widened by the rounding tolerance; otherwise each single slip is
// tried, then each figure slip together with a reference slip (a prefix slip and another format, as
// in "200 ExaFLOPS" for 50 million H100). Of the causes that explain the gap, the one nearest its
// reference's centre is named; two slips are named only where no single one explains the gap. On an
// open side (in.open_below, in.open_above) only a cause with a slip of a figure counts, and without
// one the finding is not checkable.
inline judgement judge(const judgement_input& in) {
  judgement out;
  if (in.implied == nullptr || !in.reference.valid()) return out;
  const auto meets = [](value_range implied_range, value_range r) {
    return r.valid() && implied_range.high >= r.low * (1 - rounding_tolerance) &&
           implied_range.low <= r.high * (1 + rounding_tolerance);
  };
  const auto slipped = [&](const figure_slip& fs) {
    std::array<double, 2> v = in.values;
    v[fs.figure] *= fs.factor;
    return v;
  };
  out.implied = in.implied(in.values[0], in.values[1]);
  if (!std::isfinite(out.implied) || !(out.implied > 0)) return out;
  const value_range span = detail::check::implied_span(in, in.values);
  out.implied_low = span.low;
  out.implied_high = span.high;
  for (const figure_slip& fs : in.figure_slips) detail::check::note_tried(out.tried, fs.cause);
  for (const reference_slip& rs : in.reference_slips) detail::check::note_tried(out.tried, rs.cause);
  if (!(span.low > 0) && !std::isfinite(span.high)) {
    out.unbounded = true;
    return out;
  }
  if (meets(span, in.reference)) {
    out.result = verdict::consistent;
    return out;
  }
  out.result = verdict::implausible;
  const bool below = span.high < in.reference.low;
  const bool open = below ? in.open_below : in.open_above;
  double best = 1e300;
  // A slip explains the gap where it brings the figures as written into the range: a bound's open end
  // would meet almost any range after a slip, and is no evidence for one.
  const auto consider = [&](std::array<double, 2> v, value_range r, std::vector<slip> causes, std::string detail) {
    const double slipped_implied = in.implied(v[0], v[1]);
    if (!agrees(slipped_implied, r)) return;
    const double d = detail::check::distance(slipped_implied, r);
    if (d < best) {
      best = d;
      out.causes = std::move(causes);
      out.explanation = std::move(detail);
    }
  };
  for (const figure_slip& fs : in.figure_slips) consider(slipped(fs), in.reference, {fs.cause}, fs.detail);
  if (!open)
    for (const reference_slip& rs : in.reference_slips) consider(in.values, rs.range, {rs.cause}, rs.detail);
  const bool single = !out.causes.empty();
  if (!single)
    for (const figure_slip& f : in.figure_slips)
      for (const reference_slip& r : in.reference_slips)
        consider(slipped(f), r.range, {f.cause, r.cause}, f.detail + "; " + r.detail);
  // Two slips of figures, of different kinds (a prefix and power vs energy: 2 GW for 2 TWh a year).
  for (std::size_t i = 0; !single && i != in.figure_slips.size(); ++i)
    for (std::size_t k = i + 1; k != in.figure_slips.size(); ++k) {
      const figure_slip& f = in.figure_slips[i];
      const figure_slip& g = in.figure_slips[k];
      // Two scale slips (a prefix and the long scale) are the same mistake twice: not a pair.
      const auto scale = [](slip c) { return c == slip::prefix_off_by_1000 || c == slip::long_vs_short_scale; };
      if (f.cause == g.cause || (scale(f.cause) && scale(g.cause))) continue;
      std::array<double, 2> v = in.values;
      v[f.figure] *= f.factor;
      v[g.figure] *= g.factor;
      consider(v, in.reference, {f.cause, g.cause}, f.detail + "; " + g.detail);
    }
  if (out.causes.empty() && open) {
    out.result = verdict::not_checkable;
    out.on_open_side = true;
  }
  return out;
}

}  // namespace aiscale
