#!/bin/sh
# Install this Balagh folder for the current user (no root needed).
#
#   ./install-user.sh            copy to ~/.local/opt/balagh and register the menu entry
#   ./install-user.sh --remove   remove the program and its menu entry
#
# The database, backups and logs live in the user's data folders
# (~/.local/share/Balagh, ~/.config/Balagh, ~/.local/state/Balagh/log): they are never
# touched by installing, upgrading or removing the program.
set -eu

APP_ID=ma.gov.dgsn.Balagh
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
TARGET=$HOME/.local/opt/balagh
BIN=$HOME/.local/bin

remove() {
    rm -f "$DATA_HOME/applications/$APP_ID.desktop" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
    find "$DATA_HOME/icons/hicolor" -name "$APP_ID.*" -type f -delete 2>/dev/null || true
    if [ -L "$BIN/balagh" ]; then rm -f "$BIN/balagh"; fi
    rm -rf "$TARGET"
}

if [ "${1:-}" = "--remove" ]; then
    remove
    echo "Balagh removed (your data in $DATA_HOME/Balagh is kept)."
    exit 0
fi

if [ "$HERE" != "$TARGET" ]; then
    rm -rf "$TARGET.new"
    mkdir -p "$(dirname "$TARGET")"
    cp -a "$HERE" "$TARGET.new"
    rm -rf "$TARGET"
    mv "$TARGET.new" "$TARGET"
fi

mkdir -p "$BIN" "$DATA_HOME/applications" "$DATA_HOME/metainfo"
ln -sf "$TARGET/balagh" "$BIN/balagh"
cp -R "$TARGET/share/icons" "$DATA_HOME/"
cp "$TARGET/share/metainfo/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/"
sed -e "s|^Exec=balagh |Exec=\"$TARGET/balagh\" |" -e "s|^TryExec=balagh$|TryExec=$TARGET/balagh|" \
    "$TARGET/share/applications/$APP_ID.desktop" > "$DATA_HOME/applications/$APP_ID.desktop"
command -v update-desktop-database >/dev/null 2>&1 && \
    update-desktop-database -q "$DATA_HOME/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && \
    gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" || true
echo "Balagh installed in $TARGET; menu entry: بلاغ / Balagh."
