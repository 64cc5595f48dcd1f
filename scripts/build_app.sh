#!/usr/bin/env bash
# Build the one-folder application with PyInstaller: dist/recp-audit/recp-audit
# (recp-audit.exe on Windows). Run from anywhere, in the environment the program is
# installed in (pip install -e .); PyInstaller is installed when missing.
#   scripts/build_app.sh [DIST_FOLDER [WORK_FOLDER]]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dist="${1:-$root/dist}"
work="${2:-$root/build}"
python="${PYTHON:-python3}"
"$python" -c "import PyInstaller" 2>/dev/null || "$python" -m pip install -q "pyinstaller>=6.5"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" "$root/build.spec"
echo "built: $dist/recp-audit"
