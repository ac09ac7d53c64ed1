#!/usr/bin/env bash
# Install the caseapp bundle for the current user, with its menu entry and icons (no root needed):
#   caseapp/install-linux.sh                                (inside an unpacked bundle: installs that bundle)
#   packaging/install-linux.sh [BUNDLE_DIR_OR_TARBALL]      (from the source tree; default dist/caseapp)
#   packaging/install-linux.sh --uninstall
# Puts the program in ~/.local/opt/caseapp, a `caseapp` command in ~/.local/bin, the desktop entry, AppStream
# metadata and icons under ~/.local/share. The data folder (~/.local/share/caseapp) is never touched.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/caseapp"
bin="$HOME/.local/bin"

uninstall() {
    rm -rf "$opt"
    rm -f "$bin/caseapp" "$prefix/applications/caseapp.desktop" "$prefix/metainfo/kr.caseapp.caseapp.metainfo.xml"
    find "$prefix/icons/hicolor" -name caseapp.png -delete 2>/dev/null || true
    rm -f "$prefix/icons/hicolor/scalable/apps/caseapp.svg"
    echo "caseapp removed (your data folder was left as it is)."
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
fi

if [ -x "$here/caseapp" ] && [ -d "$here/_internal" ]; then
    default_source="$here"  # the copy of this script that build.sh puts inside the bundle
else
    default_source="$here/../dist/caseapp"
fi
source="${1:-$default_source}"
staging=""
if [ -f "$source" ]; then  # a tarball made by packaging/build.sh
    staging="$(mktemp -d)"
    trap 'rm -rf "$staging"' EXIT
    tar -C "$staging" -xzf "$source"
    source="$staging/caseapp"
fi
if [ ! -x "$source/caseapp" ]; then
    echo "No caseapp bundle at $source (build one with packaging/build.sh)." >&2
    exit 1
fi

# Replace the program as one step: copy beside, then swap, so a failed copy leaves the old version working.
mkdir -p "$(dirname "$opt")" "$bin"
rm -rf "$opt.new"
cp -a "$source" "$opt.new"
rm -rf "$opt.old"
[ -d "$opt" ] && mv "$opt" "$opt.old"
mv "$opt.new" "$opt"
rm -rf "$opt.old"
ln -sfn "$opt/caseapp" "$bin/caseapp"

icons="$opt/_internal/resources/icons"
for png in "$icons"/caseapp-*.png; do
    size="$(basename "$png" .png)"; size="${size#caseapp-}"
    install -Dm644 "$png" "$prefix/icons/hicolor/${size}x${size}/apps/caseapp.png"
done
install -Dm644 "$icons/caseapp.svg" "$prefix/icons/hicolor/scalable/apps/caseapp.svg"
sed "s|^Exec=.*|Exec=$opt/caseapp|" "$opt/_internal/packaging/caseapp.desktop" \
    | install -Dm644 /dev/stdin "$prefix/applications/caseapp.desktop"
install -Dm644 "$opt/_internal/packaging/caseapp.metainfo.xml" "$prefix/metainfo/kr.caseapp.caseapp.metainfo.xml"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/icons/hicolor" || true
echo "caseapp installed: $opt (menu entry: caseapp / 사례관리). Start it from the menu or with: $bin/caseapp"
