#!/usr/bin/env bash
# Installs, from Debian's packages, whatever aiscale's build and tests need and the machine lacks.
# Does nothing when everything is there; needs root (or sudo) otherwise.
set -euo pipefail

missing=()
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

have_cmd cmake || missing+=(cmake)
have_cmd ninja || missing+=(ninja-build)
have_cmd g++ || missing+=(g++)
have_cmd clang++ || missing+=(clang)
have_cmd python3 || missing+=(python3)
have_cmd pkg-config || missing+=(pkg-config)
have_cmd valgrind || missing+=(valgrind)
have_cmd clang-tidy || missing+=(clang-tidy)
have_cmd clang-format || missing+=(clang-format)
have_pkg catch2 || [ -f /usr/include/catch2/catch.hpp ] || [ -d /usr/local/include/catch2 ] || missing+=(catch2)
have_pkg libbenchmark-dev || missing+=(libbenchmark-dev)
have_pkg libfmt-dev || missing+=(libfmt-dev)
have_pkg libclang-rt-14-dev || missing+=(libclang-rt-14-dev)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
