#!/usr/bin/env bash
# One entry point for people and CI:
#   ./dev.sh run [ovh-explorer arguments]   install what is missing, build, start the GUI
#   ./dev.sh test                           install what is missing, build, run every test
#   ./dev.sh build                          install what is missing, build
#   ./dev.sh package                        install what is missing, build, make the .deb in
#                                           $BUILD_DIR/package (cpack -G DEB)
#   ./dev.sh format                         apply .clang-format to every C++ file
#   ./dev.sh fuzz [MINUTES]                 fuzz the schema (v1, OpenAPI) and type parsers (default 10 min)
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
run_packages=(qt6-qpa-plugins libqt6sql6-sqlite fonts-dejavu-core openssl
    # Qt's own French (qtbase_fr): file dialogs and standard buttons under LANGUAGE=fr.
    qt6-translations-l10n
)
# cpack's DEB generator computes Depends with dpkg-shlibdeps.
package_packages=(dpkg-dev)
# The official wrappers' tools: the npm ovh peer, the snippet syntax checks and runs (curl).
# clang-format: the format check (tests/support/checkformat.sh).
test_packages=(python3 dbus-daemon gnome-keyring nodejs npm php-cli golang-go curl clang-format
    xvfb at-spi2-core python3-pyatspi
    "${package_packages[@]}" lintian desktop-file-utils)

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
        # Paths relative to the checkout and the build folder left out of the hash: a clone
        # elsewhere (CI's) reuses what this one compiled, debug info included.
        export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=1
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
    package)
        install_missing "${build_packages[@]}" "${package_packages[@]}"
        configure_and_build
        cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$build_dir/package"
        ls "$build_dir"/package/*.deb
        ;;
    format)
        install_missing clang-format
        cd "$here"
        find app core ui tests tools \( -name '*.cpp' -o -name '*.h' \) -exec clang-format -i {} +
        ;;
    fuzz)
        # libFuzzer (clang, with ASan and UBSan) over the schema parsers (v1, OpenAPI) and the type parser, seeded
        # with the bundled snapshots, MINUTES shared by the three. A crash leaves its input in
        # $fuzz_dir/crashes/: keep it in tests/data/fuzz/<target>/, tst_fuzzreplay replays it.
        minutes=${1:-10}
        install_missing "${build_packages[@]}" clang libclang-rt-dev python3
        fuzz_dir=${FUZZ_BUILD_DIR:-$here/build-fuzz}
        cmake -S "$here" -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_COMPILER=clang++ -DOVH_FUZZ=ON -DOVH_WERROR=OFF
        cmake --build "$fuzz_dir" -j "$(nproc)" --target fuzz_schema fuzz_openapi fuzz_typeref
        rm -rf "$fuzz_dir/seeds"
        python3 "$here/tests/fuzz/make_seeds.py" "$here"/resources/snapshots/*/1.0 "$fuzz_dir/seeds"
        mkdir -p "$fuzz_dir/crashes"
        # Type strings are short: a smaller bound makes many more runs of the type parser.
        mkdir -p "$fuzz_dir/seeds/openapi"
        cp "$here"/resources/snapshots/*/v2/*.json "$fuzz_dir/seeds/openapi/"
        for target in schema:16384 openapi:131072 typeref:1024; do
            max_len=${target#*:}
            target=${target%:*}
            mkdir -p "$fuzz_dir/corpus/$target"
            "$fuzz_dir/bin/fuzz_$target" -max_total_time=$((minutes * 20)) -max_len=$max_len \
                -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
                -dict="$here/tests/fuzz/${target/openapi/schema}.dict" \
                -artifact_prefix="$fuzz_dir/crashes/$target-" "$fuzz_dir/corpus/$target" \
                "$fuzz_dir/seeds/$target" "$here/tests/data/fuzz/$target" || status=$?
        done
        exit "${status:-0}"
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
        echo "usage: $0 run [args] | test | build | package | sanitize | format | fuzz [MINUTES]" >&2
        exit 2
        ;;
esac
