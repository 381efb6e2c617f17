// The check layer: read the figures of any article, relate those that belong together and judge
// them against the catalogue and the reference figures (check/check.hpp). Above text/ and model/.
#pragma once

#include "aiscale/check/check.hpp"
#include "aiscale/check/finding.hpp"
#include "aiscale/check/judge.hpp"
#include "aiscale/check/names.hpp"
#include "aiscale/check/references.hpp"
#include "aiscale/check/segment.hpp"
