#!/bin/sh
# Put convstudio in this user's applications menu (no root needed), with its icon.
#   ./install-desktop.sh             install, pointing at this folder's convstudio
#   ./install-desktop.sh --uninstall take the menu entry and icons away again
# Run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
entry="$data/applications/convstudio.desktop"
sizes="16 32 48 64 128 256"

refresh() {
    update-desktop-database -q "$data/applications" 2>/dev/null || true
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$entry" "$data/icons/hicolor/scalable/apps/convstudio.svg"
    for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/convstudio.png"; done
    refresh
    echo "convstudio removed from the applications menu"
    exit 0
fi

for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$here/share/icons/hicolor/${size}x${size}/apps/convstudio.png" \
        "$data/icons/hicolor/${size}x${size}/apps/"
done
mkdir -p "$data/icons/hicolor/scalable/apps" "$data/applications"
cp "$here/share/icons/hicolor/scalable/apps/convstudio.svg" "$data/icons/hicolor/scalable/apps/"
# Exec takes the absolute path in quotes, where the desktop entry spec wants \ " ` $
# escaped (a backslash as four); TryExec is a plain string (a backslash as two).
exe=$(printf '%s' "$here/convstudio" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g')
try=$(printf '%s' "$here/convstudio" | sed -e 's/\\/\\\\/g')
while IFS= read -r line; do
    case $line in
        Exec=convstudio*) printf 'Exec="%s"%s\n' "$exe" "${line#Exec=convstudio}" ;;
        TryExec=*) printf 'TryExec=%s\n' "$try" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/share/applications/convstudio.desktop" > "$entry"
refresh
echo "convstudio added to the applications menu ($entry)"
