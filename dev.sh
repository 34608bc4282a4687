#!/usr/bin/env bash
# One entry point for people and CI:
#   ./dev.sh run [ovh-explorer arguments]   install what is missing, build, start the GUI
#   ./dev.sh test                           install what is missing, build, run every test
#   ./dev.sh build                          install what is missing, build
#   ./dev.sh sanitize                       Debug build under ASan, LSan and UBSan in
#                                           $BUILD_DIR-sanitize, run every test there
# Works on a fresh Debian 12 as root or with sudo. BUILD_DIR overrides ./build.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir=${BUILD_DIR:-$here/build}

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev qt6-tools-dev qt6-l10n-tools libgl-dev
)
run_packages=(qt6-qpa-plugins fonts-dejavu-core openssl)
# The official wrappers' tools: the npm ovh peer, the snippet syntax checks and runs (curl).
test_packages=(python3 dbus-daemon gnome-keyring nodejs npm php-cli golang-go curl)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: need root or sudo to install: ${*: -1}" >&2
        exit 1
    fi
}

install_missing() {
    local missing=()
    local package
    for package in "$@"; do
        # Node.js from another source (nodesource) ships its own npm: take it as it is.
        if [ "$package" = npm ] && command -v npm >/dev/null 2>&1; then
            continue
        fi
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# configure_and_build [DIR BUILD_TYPE [CMAKE_ARGUMENTS...]]: ccache is used when installed.
configure_and_build() {
    local dir=${1:-$build_dir} type=${2:-RelWithDebInfo}
    shift 2 || shift $#
    local werror=OFF
    if [ "${CI:-}" = "true" ]; then
        werror=ON
    fi
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DOVH_WERROR=$werror \
        "${launcher[@]}" "$@"
    cmake --build "$dir" -j "$(nproc)"
}

command=${1:-run}
shift || true
case "$command" in
    run)
        install_missing "${build_packages[@]}" "${run_packages[@]}"
        configure_and_build
        exec "$build_dir/bin/ovh-explorer" "$@"
        ;;
    test)
        install_missing "${build_packages[@]}" "${run_packages[@]}" "${test_packages[@]}"
        configure_and_build
        cd "$build_dir"
        ctest --output-on-failure --timeout 600 -j "$(nproc)"
        ;;
    build)
        install_missing "${build_packages[@]}"
        configure_and_build
        ;;
    sanitize)
        # Asserts on, every ASan/LSan/UBSan finding fails its test (options: tests/CMakeLists.txt);
        # the benchmarks and the screenshot tool are left out to keep it short.
        install_missing "${build_packages[@]}" "${run_packages[@]}" "${test_packages[@]}" ccache
        configure_and_build "$build_dir-sanitize" Debug -DOVH_SANITIZE=ON -DOVH_BUILD_BENCH=OFF
        cd "$build_dir-sanitize"
        ctest --output-on-failure --timeout 1200 -j "$(nproc)"
        ;;
    *)
        echo "usage: $0 run [args] | test | build | sanitize" >&2
        exit 2
        ;;
esac
