// The "figures" TU with only aiscale's core and units (<aiscale/units.hpp>), then the same figures.
#include <aiscale/units.hpp>

#include "figures_aiscale_body.hpp"
