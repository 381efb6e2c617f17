// A unit expression has room for 24 distinct factors; a 25th is refused with a message, not garbage.
// expect-error: this unit expression has too many factors
#include <aiscale/units.hpp>
namespace ai = aiscale;
namespace f {
inline constexpr auto u0 = ai::named<"u0">(ai::gpu);
inline constexpr auto u1 = ai::named<"u1">(ai::gpu);
inline constexpr auto u2 = ai::named<"u2">(ai::gpu);
inline constexpr auto u3 = ai::named<"u3">(ai::gpu);
inline constexpr auto u4 = ai::named<"u4">(ai::gpu);
inline constexpr auto u5 = ai::named<"u5">(ai::gpu);
inline constexpr auto u6 = ai::named<"u6">(ai::gpu);
inline constexpr auto u7 = ai::named<"u7">(ai::gpu);
inline constexpr auto u8 = ai::named<"u8">(ai::gpu);
inline constexpr auto u9 = ai::named<"u9">(ai::gpu);
inline constexpr auto u10 = ai::named<"u10">(ai::gpu);
inline constexpr auto u11 = ai::named<"u11">(ai::gpu);
inline constexpr auto u12 = ai::named<"u12">(ai::gpu);
inline constexpr auto u13 = ai::named<"u13">(ai::gpu);
inline constexpr auto u14 = ai::named<"u14">(ai::gpu);
inline constexpr auto u15 = ai::named<"u15">(ai::gpu);
inline constexpr auto u16 = ai::named<"u16">(ai::gpu);
inline constexpr auto u17 = ai::named<"u17">(ai::gpu);
inline constexpr auto u18 = ai::named<"u18">(ai::gpu);
inline constexpr auto u19 = ai::named<"u19">(ai::gpu);
inline constexpr auto u20 = ai::named<"u20">(ai::gpu);
inline constexpr auto u21 = ai::named<"u21">(ai::gpu);
inline constexpr auto u22 = ai::named<"u22">(ai::gpu);
inline constexpr auto u23 = ai::named<"u23">(ai::gpu);
inline constexpr auto u24 = ai::named<"u24">(ai::gpu);
}  // namespace f
#ifdef AISCALE_EXPECT_FAIL
inline constexpr auto product = f::u0 * f::u1 * f::u2 * f::u3 * f::u4 * f::u5 * f::u6 * f::u7 * f::u8 * f::u9 * f::u10 *
                                f::u11 * f::u12 * f::u13 * f::u14 * f::u15 * f::u16 * f::u17 * f::u18 * f::u19 *
                                f::u20 * f::u21 * f::u22 * f::u23 * f::u24;
#else
inline constexpr auto product = f::u0 * f::u1 * f::u2 * f::u3 * f::u4 * f::u5 * f::u6 * f::u7 * f::u8 * f::u9 * f::u10 *
                                f::u11 * f::u12 * f::u13 * f::u14 * f::u15 * f::u16 * f::u17 * f::u18 * f::u19 *
                                f::u20 * f::u21 * f::u22 * f::u23;
#endif
