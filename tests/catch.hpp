// Includes Catch2 v3 or v2, whichever the build found, so tests are written once for both.
#pragma once

#if AISCALE_CATCH_VERSION == 3
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
using Catch::Approx;
#else
#include <catch2/catch.hpp>
#endif
