"""Our replacement for PyInstaller's QtGui hook: the same collection, minus the Qt plugins we do not use.

PyInstaller's own hook collects every plugin of QtGui's types and then bundles everything those plugins link
against: the GTK 3 theme pulls in GTK, the PDF image format QtPdf, the virtual keyboard Qt Quick, the EGLFS
and VNC platforms libinput and friends. None of that is used by a widgets app on a desktop, and each library
we bundle is one more to keep current, and each one we do not bundle becomes a package dependency. Filtering
here, before PyInstaller's dependency analysis, keeps their libraries out too (a filter after `Analysis` in
the spec would leave the libraries behind).

The plugins kept are listed in packaging/qt_plugins.py, which tools/system_deps.py reads too.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from PyInstaller.utils.hooks.qt import add_qt6_dependencies


def _plugin_rules() -> ModuleType:
    """packaging/qt_plugins.py, loaded by path: PyInstaller runs this hook without packaging/ on sys.path."""
    path = Path(__file__).resolve().parents[1] / "qt_plugins.py"
    spec = importlib.util.spec_from_file_location("field_intake_qt_plugins", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_RULES = _plugin_rules()


def _keep(src: str, dest_dir: str) -> bool:
    parts = Path(dest_dir).as_posix().split("/")
    if "plugins" not in parts:
        return True
    plugin_type = "/".join(parts[parts.index("plugins") + 1:])
    return bool(_RULES.keep_plugin(plugin_type, Path(src).name))


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _keep(src, dest)]
