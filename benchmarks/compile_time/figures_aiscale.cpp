// The "figures" TU with aiscale as a user includes it: the umbrella header, then the figures.
#include <aiscale/aiscale.hpp>

#include "figures_aiscale_body.hpp"
