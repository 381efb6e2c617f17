// Estimates as the model's users meet them: estimate<Q> itself lives in units/estimate.hpp, a
// neutral place that the catalogue includes too; this header keeps the model's include path working.
#pragma once

#include "aiscale/units/estimate.hpp"
