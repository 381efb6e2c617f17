// Compile-time checks of the accelerator catalogue: figures, per-device arithmetic, refusals.
#include <aiscale/catalog.hpp>
#include <aiscale/units.hpp>
#include <tuple>

namespace ai = aiscale;
namespace cat = ai::catalog;

namespace {

// Whether acc.peak(fmt) compiles: a refused format must not, and a published one must.
template <class Acc, class Format>
constexpr bool can_peak = requires(Acc a, Format f) {
  a.peak(f);
};
template <class Acc>
constexpr bool can_power = requires(Acc a) {
  a.max_power();
};
template <class Acc>
constexpr bool can_price = requires(Acc a) {
  a.price();
};
constexpr bool close(double a, double b) { return (a - b) * (a - b) <= 1e-18 * a * a; }
template <class A, class B>
constexpr bool can_add = requires(A a, B b) {
  a + b;
};

// a dense peak is a FLOP/s-per-GPU quantity of its format
static_assert(cat::h100_sxm.peak(ai::bf16) == 989 * ai::TFLOPS_of(ai::bf16) / ai::gpu);
static_assert(cat::h100_sxm.peak(ai::sparse(ai::bf16)) == 1979 * ai::TFLOPS_of(ai::sparse(ai::bf16)) / ai::gpu);
static_assert(cat::h100_sxm.peak(ai::fp64) == 34 * ai::TFLOPS_of(ai::fp64) / ai::gpu);
static_assert(cat::h100_sxm.fp64_tensor_peak() == 67 * ai::TFLOPS_of(ai::fp64) / ai::gpu);
static_assert(cat::h100_sxm.peak(ai::tf32) == 494.5 * ai::TFLOPS_of(ai::tf32) / ai::gpu);
static_assert(cat::a100_sxm.peak(ai::fp16) == cat::a100_sxm.peak(ai::bf16).value() * ai::TFLOPS_of(ai::fp16) / ai::gpu);
static_assert(cat::mi300x.peak(ai::sparse(ai::fp8)) == 5230 * ai::TFLOPS_of(ai::sparse(ai::fp8)) / ai::gpu);
static_assert(cat::tpu_v5p.peak(ai::int8) == 918 * ai::TFLOPS_of(ai::int8) / ai::gpu);
static_assert(cat::h200_sxm.peak(ai::fp8) == cat::h100_sxm.peak(ai::fp8));

// NVIDIA's sparse figures are twice the dense ones, except GB300's FP4
static_assert(close(cat::b200.peak(ai::sparse(ai::fp4)).value(), 2 * cat::b200.peak(ai::fp4).value()));
static_assert(cat::gb300.peak(ai::fp4).value() == 15'000 && cat::gb300.peak(ai::sparse(ai::fp4)).value() == 20'000);

// formats the vendor does not publish are refused, never zero
static_assert(!can_peak<decltype(cat::h100_sxm), decltype(ai::fp4)>);
static_assert(!can_peak<decltype(cat::h100_sxm), decltype(ai::sparse(ai::fp64))>);
static_assert(!can_peak<decltype(cat::a100_sxm), decltype(ai::fp8)>);
static_assert(!can_peak<decltype(cat::tpu_v5p), decltype(ai::fp32)>);
static_assert(!can_peak<decltype(cat::rubin), decltype(ai::bf16)>);    // not in NVIDIA's CES 2026 figures
static_assert(!can_peak<decltype(cat::tpu_v5p), decltype(ai::fp16)>);  // Google publishes BF16 only
static_assert(!can_peak<decltype(cat::b300), decltype(ai::fp4)>);      // dense FP4: sources disagree
static_assert(!can_peak<decltype(cat::trainium2), decltype(ai::sparse(ai::fp8))>);
static_assert(!can_peak<decltype(cat::gb300), decltype(ai::int8)>);
static_assert(can_peak<decltype(cat::rubin), decltype(ai::fp4)>);
static_assert(!cat::h100_sxm.publishes(ai::fp4) && cat::b200.publishes(ai::fp4));
static_assert(!can_power<decltype(cat::tpu_v5p)> && !can_power<decltype(cat::rubin)>);
static_assert(!can_power<decltype(cat::tpu7x)> && !can_power<decltype(cat::trainium2)>);
static_assert(cat::rubin.analyst_power() == 1800 * ai::W / ai::gpu);
static_assert(can_price<decltype(cat::h100_sxm)> && !can_price<decltype(cat::mi300x)>);

// one format's FLOP/s never adds to another's
static_assert(!can_add<decltype(cat::h100_sxm.peak(ai::bf16)), decltype(cat::h100_sxm.peak(ai::fp8))>);
static_assert(!can_add<decltype(cat::h100_sxm.peak(ai::bf16)), decltype(cat::h100_sxm.peak(ai::sparse(ai::bf16)))>);
static_assert(can_add<decltype(cat::h100_sxm.peak(ai::bf16)), decltype(cat::gb200.peak(ai::bf16))>);

// count x per-device = total
static_assert(ai::approx(1000 * ai::gpu * cat::h100_sxm.max_power(), 700 * ai::kW));
static_assert(ai::approx(72 * ai::gpu * cat::gb200.max_power(), 86.4 * ai::kW));
static_assert(ai::approx(72 * ai::gpu * cat::gb300.max_power(), 100.8 * ai::kW));
static_assert(ai::approx(8 * ai::gpu * cat::h200_sxm.memory(), 1128 * ai::GB));
static_assert(ai::approx(cat::h100_sxm.memory_bandwidth(), 3.35 * ai::TB_per_s / ai::gpu));
static_assert(ai::approx(cat::a100_sxm.memory_bandwidth(), 2039 * ai::GB_per_s / ai::gpu));

// packaging: per-package figures agree with the per-GPU ones
static_assert(cat::gb200_nvl72.gpus() == 72 * ai::gpu && cat::gb200_superchip.gpus() == 2 * ai::gpu);
static_assert(cat::dgx_h100.gpus() == 8 * ai::gpu && cat::vr_nvl72.gpus() == 72 * ai::gpu);
static_assert(ai::approx(cat::gb200_nvl72.peak(ai::fp4) * (1 * ai::nvl72_rack),
                         cat::gb200.peak(ai::fp4) * (72 * ai::gpu)));
static_assert(ai::approx(cat::gb200_nvl72.peak(ai::bf16) * (1 * ai::nvl72_rack),
                         cat::gb200.peak(ai::bf16) * (72 * ai::gpu)));
static_assert(ai::approx(cat::gb300_nvl72.peak(ai::fp4) * (1 * ai::nvl72_rack),
                         cat::gb300.peak(ai::fp4) * (72 * ai::gpu)));
static_assert(ai::approx(cat::gb300_nvl72.peak(ai::fp64) * (1 * ai::nvl72_rack),
                         cat::gb300.peak(ai::fp64) * (72 * ai::gpu)));
// Vera Rubin NVL72: FP8 exactly 72 x 17.5 PF; NVFP4 training 2.5 EF is NVIDIA's rounding of 72 x 35 PF
static_assert(ai::approx(cat::vr_nvl72.peak(ai::fp8) * (1 * ai::nvl72_rack),
                         cat::rubin.peak(ai::fp8) * (72 * ai::gpu)));
static_assert(ai::approx(cat::vr_nvl72.peak(ai::fp4) * (1 * ai::nvl72_rack), cat::rubin.peak(ai::fp4) * (72 * ai::gpu),
                         0.01));
static_assert(!ai::approx(cat::vr_nvl72.peak(ai::fp4) * (1 * ai::nvl72_rack),
                          cat::rubin.peak(ai::fp4) * (72 * ai::gpu)));
static_assert(cat::rubin.kind() == cat::provenance::announced && cat::h100_sxm.kind() == cat::provenance::datasheet);
static_assert(cat::rubin.as_of() == ai::date{2026, 1} && cat::vr_nvl72.as_of() == ai::date{2026, 1});
static_assert(ai::approx(cat::dgx_h100.max_power(), 1.275 * ai::kW / ai::gpu));
static_assert(ai::approx(3 * ai::nvl72_rack * cat::gb200_nvl72.max_power(), 360 * ai::kW));
static_assert(ai::approx(cat::gb200_nvl72.price().central(), 3e6 * ai::usd / ai::nvl72_rack));

// power at the system level: a server's or rack's power over its GPUs, 1.3-2x the chip's TDP
static_assert(ai::approx(cat::system_power(cat::h100_sxm), 1.275 * ai::kW / ai::gpu));
static_assert(ai::approx(cat::system_power(cat::b200), 14.3 / 8 * ai::kW / ai::gpu));
static_assert(ai::approx(cat::system_power(cat::gb200), 120.0 / 72 * ai::kW / ai::gpu));
static_assert(cat::system_power(cat::h200_sxm) == cat::system_power(cat::h100_sxm));
static_assert(cat::system_power(cat::gb200) > 1.3 * cat::gb200.max_power());
static_assert(cat::system_power(cat::h100_sxm) < 2.0 * cat::h100_sxm.max_power());
static_assert(!cat::system_power_published<cat::mi300x_spec> && cat::system_power_published<cat::b200_spec>);
static_assert(!cat::system_source(cat::b200).empty());

// the 2025-2026 parts, spot checks against their vendors' documents
static_assert(cat::tpu7x.peak(ai::fp8).value() == 2 * cat::tpu7x.peak(ai::bf16).value());
static_assert(ai::approx(cat::tpu7x.memory(), 192 * ai::GiB / ai::gpu));
static_assert(ai::approx(cat::trainium2.memory(), 96 * ai::GiB / ai::gpu));
static_assert(cat::tpu_v6e.peak(ai::int8).value() == 1836 && cat::tpu_v5p.peak(ai::fp8).value() == 459);
static_assert(ai::approx(cat::mi355x.peak(ai::fp8), 256 * 8192 * 2.4e9 * ai::FLOPS_of(ai::fp8) / ai::gpu, 1e-5));
static_assert(cat::mi325x.peak(ai::fp8) == cat::mi300x.peak(ai::fp8) && cat::mi325x.memory() == 256 * ai::GB / ai::gpu);
static_assert(cat::gaudi3.peak(ai::fp8).value() == cat::gaudi3.peak(ai::bf16).value());
static_assert(cat::b300.peak(ai::sparse(ai::fp4)).value() == 18'000 && cat::b300.max_power().value() == 1100);
static_assert(cat::h200_nvl.peak(ai::fp8) == cat::h100_nvl.peak(ai::fp8) && cat::h200_nvl.max_power().value() == 600);
static_assert(cat::gb300.memory() == 279 * ai::GB / ai::gpu);  // usable, not the 288 GB of the launch
static_assert(std::tuple_size_v<decltype(cat::all_accelerators)> == 19);

// prices are ranges per GPU
static_assert(cat::h100_sxm.price().low() == 25'000 * ai::usd / ai::gpu);
static_assert(cat::h100_sxm.price().high() == 30'000 * ai::usd / ai::gpu);
static_assert(ai::approx(cat::gb300.price().high() * (72 * ai::gpu), 4e6 * ai::usd));

}  // namespace
