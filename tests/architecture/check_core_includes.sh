#!/usr/bin/env bash
# Usage: check_core_includes.sh CORE_DIR
# core/ may use Qt Core only. With BAKEN_GUI=OFF the GUI modules are not
# found, but their headers can still sit on the include path, so look.
set -euo pipefail
pattern='#\s*include\s*[<"](Qt(Gui|Widgets|Charts|PrintSupport|Svg)/|Q(Widget|Application|GuiApplication|Color|Font|Icon|Pixmap|Image|Painter|PdfWriter|Printer|Clipboard|Screen|Window|Action|Dialog|MessageBox)\b)'
if grep -rnE "$pattern" "$1" --include='*.h' --include='*.cpp'; then
    echo "core/ includes a Qt GUI header (above); move that code to ui/."
    exit 1
fi
echo "core/: Qt Core only"
