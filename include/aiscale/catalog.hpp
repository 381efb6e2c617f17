// The catalogue: accelerators, their packaging, and the reference figures for checking claims.
#pragma once

#include "aiscale/catalog/accelerator.hpp"
#include "aiscale/catalog/accelerators.hpp"
#include "aiscale/catalog/packaging.hpp"
#include "aiscale/catalog/reference.hpp"
