"""The one list of Debian packages (packaging/linux/debian-packages.txt) against the wheels installed here.

Its [run] section must name every library the app's ELF files need from the system: on a bare Debian 12 a
missing one is `lrelease: error while loading shared libraries: libglib-2.0.so.0` or a Qt plugin that does
not load, and no machine that happens to have the library installed would notice.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENSURE = ROOT / "tools" / "ensure-debs.sh"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("system_deps", ROOT / "tools" / "system_deps.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


tool = _tool()


@pytest.fixture(scope="module")
def needed() -> object:
    return tool.wheel_libraries()


def test_every_library_the_wheels_need_is_listed_and_nothing_more(needed: object) -> None:
    assert tool.list_problems(tool.read_sections(), needed) == []


def test_each_listed_library_is_installed_from_its_package(needed: object) -> None:
    # `make test` installs [run] first (make system-deps), so every library must be there, owned as listed.
    assert tool.ownership_problems(tool.read_sections()) == []


def test_the_check_names_a_library_the_list_lacks(needed: object) -> None:
    sections = tool.read_sections()
    sections["run"] = [entry for entry in sections["run"] if entry.package != "libglib2.0-0"]
    problems = tool.list_problems(sections, needed)
    assert any(p.startswith("libglib-2.0.so.0 is needed by PySide6/") for p in problems), problems
    assert any(p.startswith("libgthread-2.0.so.0 is needed by ") for p in problems), problems
    stale = dataclasses.replace(needed, external={k: v for k, v in needed.external.items() if k != "libz.so.1"})
    assert tool.list_problems(tool.read_sections(), stale) == [
        "libz.so.1 (zlib1g) is listed in [run] but no wheel file needs it"]


def test_the_libraries_come_from_what_the_app_loads(needed: object) -> None:
    users = {user for users in needed.external.values() for user in users}
    # lrelease (make translations), the xcb and wayland platforms, the Qt modules the app imports.
    assert "PySide6/lrelease" in users
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in users or "PySide6/Qt/lib/libQt6XcbQpa.so.6" in users
    assert any(user.startswith("PySide6/Qt/plugins/wayland-") or "Wayland" in user for user in users)
    assert any(user.startswith("sqlcipher3/") for user in users)
    # The executables of the test and package extras: ruff (make lint) and PyInstaller's bootloader.
    assert any(user.endswith("bin/ruff") for user in users)
    assert any(user.startswith("PyInstaller/bootloader/") for user in users)
    # Plugins packaging/qt_plugins.py leaves out, and Qt modules the app does not import, add nothing.
    for library in ("libgtk-3.so.0", "libgbm.so.1", "libQt6Pdf.so.6", "libQt6WebEngineCore.so.6"):
        assert library not in needed.external
    # CUPS only for the print support plugin (the recovery key's Print button), nothing else asks for it.
    assert needed.external["libcups.so.2"] == {"PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"}
    assert not any("/QtQuick" in user or "egldeviceintegrations" in user for user in users)


def test_elf_reader_reads_qt_core_and_refuses_what_is_not_elf(tmp_path: Path) -> None:
    core = next(Path(p) for p in sys.modules["PySide6"].__path__) / "Qt" / "lib" / "libQt6Core.so.6"
    elf = tool.read_elf(core)
    assert elf.soname == "libQt6Core.so.6"
    assert "libglib-2.0.so.0" in elf.needed and "libc.so.6" in elf.needed
    script = tmp_path / "script"
    script.write_text("#!/bin/sh\n")
    with pytest.raises(tool.NotElf):
        tool.read_elf(script)
    truncated = tmp_path / "truncated.so"
    truncated.write_bytes(core.read_bytes()[:200])
    with pytest.raises(tool.NotElf):
        tool.read_elf(truncated)


def test_ensure_debs_prints_the_sections_and_refuses_an_unknown_one() -> None:
    sections = tool.read_sections()
    printed = subprocess.run(["bash", str(ENSURE), "--print", "run", "fonts"], capture_output=True, text=True,
                             check=True).stdout.split()
    assert printed == [entry.package for entry in sections["run"] + sections["fonts"]]
    assert "libglib2.0-0" in printed and "fonts-noto-cjk" in printed
    default = subprocess.run(["bash", str(ENSURE), "--print"], capture_output=True, text=True, check=True)
    assert default.stdout.split() == printed
    package = subprocess.run(["bash", str(ENSURE), "--print", "package"], capture_output=True, text=True,
                             check=True, env={"PATH": "/usr/bin:/bin", "PYTHON": sys.executable}).stdout.split()
    assert f"libpython{sys.version_info[0]}.{sys.version_info[1]}" in package
    unknown = subprocess.run(["bash", str(ENSURE), "--print", "run", "nonesuch"], capture_output=True, text=True,
                             check=False)
    assert unknown.returncode == 2 and unknown.stdout == ""
    assert "no section [nonesuch]" in unknown.stderr


def test_every_section_a_target_installs_exists() -> None:
    named = set()
    for path in [ROOT / "Makefile", *sorted((ROOT / "tools").glob("*.sh"))]:
        for call in re.findall(r"ensure-debs\.sh((?: +[a-z][a-z0-9-]*)+)", path.read_text()):
            named |= set(call.split())
    build = re.search(r"BUILD_SECTIONS = \[([^\]]*)\]", (ROOT / "tools" / "package.py").read_text())
    assert build
    named |= set(re.findall(r'"([a-z0-9-]+)"', build.group(1)))
    assert {"run", "fonts", "venv", "test", "cctv", "package", "package-test", "package-check",
            "source-check"} <= named
    assert named <= set(tool.read_sections()), named - set(tool.read_sections())
