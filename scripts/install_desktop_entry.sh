#!/usr/bin/env bash
# Add the built application to the Linux desktop menu of the current user: its icon and a
# desktop entry whose Exec points at the built program.
#   scripts/install_desktop_entry.sh [APP_FOLDER]   (default: dist/recp-audit)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
app="$(cd "${1:-$root/dist/recp-audit}" && pwd)"
[ -x "$app/recp-audit" ] || { echo "no built program at $app/recp-audit (run scripts/build_app.sh)" >&2; exit 1; }
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps"
cp "$root/resources/icons/recp_audit_256.png" "$data/icons/hicolor/256x256/apps/recp-audit.png"
sed "s|^Exec=recp-audit|Exec=\"$app/recp-audit\"|" "$root/resources/linux/recp-audit.desktop" \
    > "$data/applications/recp-audit.desktop"
echo "installed $data/applications/recp-audit.desktop"
