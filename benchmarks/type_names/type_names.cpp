// Ten common quantities, each named in an error message: show<T> is declared and never defined,
// so each variable below is an error whose text spells T as the compiler prints it in any
// diagnostic. benchmarks/type_names.sh compiles this file and measures those spellings.
#include <aiscale/aiscale.hpp>

namespace ai = aiscale;

template <class T>
struct show;

show<decltype(1.0 * ai::W)> w;
show<decltype(1.0 * ai::GW)> gw;
show<decltype(1.0 * ai::TWh)> twh;
show<decltype(1.0 * ai::usd)> usd;
show<decltype(1.0 * ai::gpu)> gpu;
show<decltype(1.0 * ai::W / ai::gpu)> w_per_gpu;
show<decltype(1.0 * ai::usd / ai::gpu)> usd_per_gpu;
show<decltype(1.0 * ai::TFLOPS_of(ai::bf16))> tflops_bf16;
show<decltype(1.0 * ai::flop_of(ai::fp8))> flop_fp8;
show<decltype(1.0 * ai::usd / ai::kWh)> usd_per_kwh;
