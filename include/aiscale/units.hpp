// The core engine and the domain's units, without text, catalogue or model: the part whose
// include cost benchmarks/ compares with <chrono>.
#pragma once

#include "aiscale/core/math.hpp"
#include "aiscale/core/ostream.hpp"
#include "aiscale/core/quantity.hpp"
#include "aiscale/units/compute.hpp"
#include "aiscale/units/data.hpp"
#include "aiscale/units/derived.hpp"
#include "aiscale/units/devices.hpp"
#include "aiscale/units/energy.hpp"
#include "aiscale/units/exchange_rate.hpp"
#include "aiscale/units/literals.hpp"
#include "aiscale/units/money.hpp"
#include "aiscale/units/ostream.hpp"
#include "aiscale/units/prefixes.hpp"
#include "aiscale/units/ratio.hpp"
#include "aiscale/units/scale_words.hpp"
#include "aiscale/units/time.hpp"
