// aiscale: unit-safe quantities for AI infrastructure. The umbrella header: everything.
#pragma once

#include "aiscale/units.hpp"
#include "aiscale/units/chrono_traits.hpp"

#include "aiscale/model.hpp"
#include "aiscale/text.hpp"
