#!/bin/sh
# Adds LAO Network Desktop to this user's application menu, pointing at this folder.
# Run it again after moving the folder; `sh install.sh --remove` takes the entry away.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
icons=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps
if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/lao-desktop.desktop" "$icons/lao-desktop.png"
    echo "Removed from the application menu (your data is kept)."
    exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/lao-desktop.png" "$icons/lao-desktop.png"
sed "s|^Exec=lao-desktop|Exec=\"$here/lao-desktop\"|" "$here/lao-desktop.desktop" \
    >"$apps/lao-desktop.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
echo "Added to the application menu: $apps/lao-desktop.desktop"
