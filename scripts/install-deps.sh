#!/usr/bin/env bash
# Installs, from Debian's packages, whatever aiscale's build and tests need and the machine lacks.
# Does nothing when everything is there; needs root (or sudo) otherwise.
#   install-deps.sh          everything the test suite uses (scripts/test.sh calls this)
#   install-deps.sh build    only what building and running the examples needs: a build tool for
#                            CMake's presets (Ninja). The README's first line calls this.
set -euo pipefail

what=${1:-all}
missing=()
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

have_cmd cmake || missing+=(cmake)
have_cmd ninja || missing+=(ninja-build)
have_cmd g++ || missing+=(g++)
if [ "$what" = all ]; then
  have_cmd clang++ || missing+=(clang)
  have_cmd git || missing+=(git)
  have_cmd python3 || missing+=(python3)
  have_cmd pkg-config || missing+=(pkg-config)
  have_cmd valgrind || missing+=(valgrind)
  have_cmd clang-tidy || missing+=(clang-tidy)
  have_cmd clang-format || missing+=(clang-format)
  have_pkg catch2 || [ -f /usr/include/catch2/catch.hpp ] || [ -d /usr/local/include/catch2 ] || missing+=(catch2)
  have_pkg libbenchmark-dev || missing+=(libbenchmark-dev)
  have_pkg libfmt-dev || missing+=(libfmt-dev)
  have_pkg libclang-rt-14-dev || missing+=(libclang-rt-14-dev)
  # clang 19 with libc++ 19: the standard library with <format> and <print> (Debian 12 has both).
  have_cmd clang++-19 || missing+=(clang-19)
  have_pkg libc++-19-dev || missing+=(libc++-19-dev)
  have_pkg libc++abi-19-dev || missing+=(libc++abi-19-dev)
elif [ "$what" != build ]; then
  echo "usage: install-deps.sh [all|build]" >&2
  exit 2
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
