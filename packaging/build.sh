#!/usr/bin/env bash
# Build the Linux one-folder bundle and its tarball:
#   packaging/build.sh            -> dist/caseapp/ and dist/caseapp-<version>-linux-x86_64.tar.gz
# Needs the runtime dependencies and PyInstaller (`python3 -m pip install '.[bundle]'`), and on Linux icupkg and
# binutils to trim Qt's ICU data (Debian: icu-devtools binutils). Prints the size budget.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
# The bundle must stay under 150 MB unpacked (issue 16). MB here is du's: MiB of disk blocks, as `du -sm` says;
# the build also prints the decimal megabytes. packaging/README.md ("Size") says what each cut saved.
BUDGET_MB=${CASEAPP_BUNDLE_BUDGET_MB:-150}

DIST=${CASEAPP_DIST_DIR:-dist}
BUILD=${CASEAPP_BUILD_DIR:-build}

version=$("$PYTHON" -c 'import caseapp; print(caseapp.__version__)')
mkdir -p "$BUILD" "$DIST"
BUILD=$(cd "$BUILD" && pwd)  # absolute: PyInstaller resolves relative paths against the spec's folder
DIST=$(cd "$DIST" && pwd)
# A frozen bundle has no package metadata to read later: gather every licence now.
export CASEAPP_NOTICES_FILE="$BUILD/THIRD-PARTY-NOTICES.txt"
"$PYTHON" -m caseapp.services.licences > "$CASEAPP_NOTICES_FILE"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$BUILD/pyinstaller" \
    packaging/caseapp.spec

bundle="$DIST/caseapp"
size_kib=$(du -sk "$bundle" | cut -f1)
size_mb=$(du -sm "$bundle" | cut -f1)
decimal_mb=$(( $(du -sB1 "$bundle" | cut -f1) / 1000000 ))
echo "bundle: $bundle  ${size_mb} MB unpacked (du -sm, MiB; ${decimal_mb} million bytes; budget: under ${BUDGET_MB} MB)"
echo "  the program's Python code (the caseapp executable): $(du -sm "$bundle/caseapp" | cut -f1) MB; the largest parts:"
du -sm "$bundle"/_internal/* 2>/dev/null | sort -rn | awk 'NR <= 12 { print "  " $0 }'  # awk reads it all: no SIGPIPE under pipefail
if [ "$size_kib" -ge $(( BUDGET_MB * 1024 )) ]; then
    echo "bundle is over its size budget: ${size_mb} MB, must be under ${BUDGET_MB} MB" >&2
    exit 1
fi
cp packaging/install-linux.sh "$bundle/install-linux.sh"
arch=$(uname -m)
tarball="$DIST/caseapp-${version}-linux-${arch}.tar.gz"
tar -C "$DIST" -czf "$tarball" caseapp
echo "tarball: $tarball  $(du -m "$tarball" | cut -f1) MB"
