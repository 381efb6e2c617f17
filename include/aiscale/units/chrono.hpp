// std::chrono interoperation together with <chrono> itself, for code that wants both in one include.
// The conversions are in units/chrono_traits.hpp, which needs nothing from <chrono> and is what the
// umbrella header includes.
#pragma once

#include <chrono>

#include "aiscale/units/chrono_traits.hpp"
