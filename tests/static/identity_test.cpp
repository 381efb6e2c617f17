// Base dimensions are identified by their whole declared names: names built to collide under
// small hashes are still different dimensions, and units of them neither add nor compare.
#include <aiscale/units.hpp>

#include <cstddef>
#include <utility>

namespace ai = aiscale;

namespace {

template <class A, class B>
concept addable = requires(A a, B b) {
  a + b;
};
template <class A, class B>
concept comparable = requires(A a, B b) {
  a == b;
};

template <ai::unit_type A, ai::unit_type B>
constexpr bool distinct_dimensions() {
  using qa = ai::quantity<A{}, double>;
  using qb = ai::quantity<B{}, double>;
  return !ai::same_dimension_v<A, B> && !addable<qa, qb> && !comparable<qa, qb>;
}

// Pairs of names whose 32-bit FNV-1a hashes are equal (the hash that identified dimensions before),
// and one pair equal but for the lowest bit, which the hash used for "money:".
static_assert(distinct_dimensions<ai::base_unit_t<"dim7739", "a">, ai::base_unit_t<"dim769424", "b">>());
static_assert(distinct_dimensions<ai::base_unit_t<"dim7738", "a">, ai::base_unit_t<"dim769425", "b">>());
static_assert(distinct_dimensions<ai::base_unit_t<"dim7735", "a">, ai::base_unit_t<"dim769428", "b">>());
static_assert(distinct_dimensions<ai::base_unit_t<"dim6439", "tok">, ai::base_unit_t<"dim593103", "slot">>());
// Names that collide under additive or xor hashes, and under hashes of a prefix or of the length.
static_assert(distinct_dimensions<ai::base_unit_t<"ab", "x">, ai::base_unit_t<"ba", "y">>());
static_assert(distinct_dimensions<ai::base_unit_t<"ad", "x">, ai::base_unit_t<"bc", "y">>());
static_assert(distinct_dimensions<ai::base_unit_t<"token", "x">, ai::base_unit_t<"tokens", "y">>());
static_assert(distinct_dimensions<ai::base_unit_t<"token", "x">, ai::base_unit_t<"toke", "y">>());
static_assert(distinct_dimensions<ai::base_unit_t<"energy", "x">, ai::base_unit_t<"energZ", "y">>());
// A user's dimension is not one of the library's, whatever its symbol.
static_assert(distinct_dimensions<ai::base_unit_t<"Energy", "J">, decltype(ai::J)>());
static_assert(distinct_dimensions<ai::base_unit_t<"money:usd", "USD">, decltype(ai::usd)>());
static_assert(distinct_dimensions<ai::base_unit_t<"compute:bf16", "FLOP">, decltype(ai::flop_of(ai::bf16))>());

// The same name is the same dimension, whatever the symbol: two declarations of "energy" agree.
static_assert(ai::same_dimension_v<ai::base_unit_t<"energy", "joule">, decltype(ai::J)>);
static_assert(ai::approx(1.0 * ai::base_unit<"energy", "joule"> + 1.0 * ai::J, 2.0 * ai::J));

// Many user dimensions, named "d0" ... "d47": every pair differs, alone and in products.
template <std::size_t I>
constexpr auto indexed_name() {
  ai::fixed_string < I<10 ? 2 : 3> name{};
  name.data_[0] = 'd';
  if constexpr (I < 10) {
    name.data_[1] = static_cast<char>('0' + I);
  } else {
    name.data_[1] = static_cast<char>('0' + I / 10);
    name.data_[2] = static_cast<char>('0' + I % 10);
  }
  return name;
}
template <std::size_t I>
using dim_unit = ai::base_unit_t<indexed_name<I>(), "u">;

inline constexpr std::size_t many = 48;

template <std::size_t I, std::size_t... J>
constexpr bool row_distinct(std::index_sequence<J...>) {
  return (... && (J <= I || distinct_dimensions<dim_unit<I>, dim_unit<J>>()));
}
template <std::size_t... I>
constexpr bool all_distinct(std::index_sequence<I...> seq) {
  return (... && row_distinct<I>(seq));
}
static_assert(all_distinct(std::make_index_sequence<many>{}));

// Products keep each name: d1·d2 is d2·d1, but neither is d1/d2, d1^2 or d12.
using d1 = dim_unit<1>;
using d2 = dim_unit<2>;
using d12 = dim_unit<12>;
static_assert(ai::same_dimension_v<decltype(d1{} * d2{}), decltype(d2{} * d1{})>);
static_assert(distinct_dimensions<decltype(d1{} * d2{}), decltype(d1{} / d2{})>());
static_assert(distinct_dimensions<decltype(d1{} * d2{}), decltype(ai::pow<2>(d1{}))>());
static_assert(distinct_dimensions<decltype(d1{} * d2{}), d12>());
static_assert(ai::same_dimension_v<decltype(d1{} * d2{} / d2{}), d1>);

// A currency is a base dimension whose name starts with "money:"; an exchange rate needs two.
static_assert(ai::is_money_dimension("money:USD") && !ai::is_money_dimension("money") &&
              !ai::is_money_dimension("mone:USD"));
static_assert(ai::same_dimension_v<decltype(ai::currency<"USD">), decltype(ai::usd)>);

}  // namespace
