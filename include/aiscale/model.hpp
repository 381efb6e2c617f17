// The model: estimates (ranges), H100-equivalents and fleet arithmetic. Includes the catalogue.
#pragma once

#include "aiscale/catalog.hpp"
#include "aiscale/model/fleet.hpp"
#include "aiscale/model/h100_equivalent.hpp"
#include "aiscale/units/estimate.hpp"
