// The text layer: format, parse, parse_as and extract figures in English, German, Dutch, French,
// Spanish and Italian. Not part of aiscale/units.hpp, so that units users do not pay for it.
#pragma once

#include "aiscale/text/extract.hpp"
#include "aiscale/text/figure.hpp"
#include "aiscale/text/format.hpp"
#include "aiscale/text/format_estimate.hpp"
#include "aiscale/text/formatted_text.hpp"
#include "aiscale/text/lang.hpp"
#include "aiscale/text/ostream.hpp"
#include "aiscale/text/parse.hpp"
#include "aiscale/text/result.hpp"
#include "aiscale/text/std_format.hpp"
