#!/usr/bin/env python3
"""The Debian packages a run from source needs, derived from the ELF files of the installed wheels.

    python tools/system_deps.py            # check packaging/linux/debian-packages.txt against this machine
    python tools/system_deps.py --update   # rewrite its [run] section from what the wheels need

packaging/linux/debian-packages.txt is the one list of Debian packages that `make run`, `make test` and
`make package` install (tools/ensure-debs.sh reads it, one section per need). Its [run] section is not
written by hand: this tool reads, with no tool but Python, the ELF files loaded from the wheels of
pyproject.toml's dependencies and extras (their extension modules and executables, such as ruff and
PyInstaller's bootloader; of PySide6 only the modules the app imports, the Qt plugins of
packaging/qt_plugins.py and the lrelease that `make translations` runs), follows each library they need
that another wheel file provides, and keeps the ones no wheel provides. Each of those
is then looked up in the dynamic linker's cache and mapped to the Debian package that owns it (`dpkg -S`),
as tools/package.py does for the .deb's Depends.

The check (also tests/packaging/test_system_deps.py, in `make test`) fails when a library the wheels need
is missing from [run] (the bare-machine failure of `libglib-2.0.so.0: cannot open shared object file`), when
[run] names a library no wheel needs any more, or when a listed library belongs to another package here.
The first two need nothing installed; the third needs [run] installed (`make system-deps`).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import mmap
import os
import re
import struct
import subprocess
import sys
import sysconfig
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

REPO_ROOT = Path(__file__).resolve().parent.parent
LIST_FILE = REPO_ROOT / "packaging" / "linux" / "debian-packages.txt"
DERIVED_SECTION = "run"
# Executables of the PySide6 wheel that the build steps of `make run` start (tools/build_translations.py).
PYSIDE_TOOLS = ["lrelease"]
_QT_IMPORT = re.compile(r"\bPySide6\.(Qt\w+)")


# -- the list file -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    package: str
    libraries: tuple[str, ...] = ()


def read_sections(path: Path = LIST_FILE) -> dict[str, list[Entry]]:
    """`[section]` headers, then one package a line, `package: soname soname` in derived sections."""
    sections: dict[str, list[Entry]] = {}
    current: list[Entry] | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        header = re.fullmatch(r"\[([a-z0-9-]+)\]", line)
        if header:
            current = sections.setdefault(header.group(1), [])
            continue
        if current is None:
            raise ValueError(f"{path.name}:{number}: a package before any [section]")
        package, _colon, libraries = line.partition(":")
        if not re.fullmatch(r"[a-z0-9{][a-z0-9.+{}-]*", package.strip()):
            raise ValueError(f"{path.name}:{number}: not a Debian package name: {package.strip()!r}")
        current.append(Entry(package.strip(), tuple(libraries.split())))
    return sections


def render_derived(mapping: dict[str, set[str]]) -> str:
    """The [run] section's lines: packages sorted, each with the sorted libraries it provides."""
    return "".join(f"{package}: {' '.join(sorted(libs))}\n" for package, libs in sorted(mapping.items()))


def replace_derived(text: str, body: str) -> str:
    """`text` with the lines of the [run] section (up to the next header or comment block) replaced."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() == f"[{DERIVED_SECTION}]") + 1
    end = start
    while end < len(lines) and lines[end].strip() and not lines[end].lstrip().startswith(("[", "#")):
        end += 1
    return "".join(lines[:start]) + body + "".join(lines[end:])


# -- ELF ------------------------------------------------------------------------------------------------------


@dataclass
class Elf:
    soname: str | None
    needed: list[str]


class NotElf(Exception):
    """The file is not an ELF object (a script, data) or is too damaged to read its dynamic section."""


def read_elf(path: Path) -> Elf:
    """DT_SONAME and DT_NEEDED from the program headers (PT_DYNAMIC), as the dynamic loader reads them."""
    with path.open("rb") as fh:
        head = fh.read(64)
        if head[:4] != b"\x7fELF" or len(head) < 64 or head[4] not in (1, 2) or head[5] not in (1, 2):
            raise NotElf(path)
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:  # Qt's largest libraries are ~100 MB
            return _dynamic_section(path, data)


def _dynamic_section(path: Path, data: mmap.mmap) -> Elf:
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    try:
        if wide:
            phoff, phentsize, phnum = (struct.unpack_from(order + "Q", data, 0x20)[0],
                                       *struct.unpack_from(order + "HH", data, 0x36))
            header, dyn = order + "IIQQQQQQ", order + "qQ"
        else:
            phoff, phentsize, phnum = (struct.unpack_from(order + "I", data, 0x1C)[0],
                                       *struct.unpack_from(order + "HH", data, 0x2A))
            header, dyn = order + "IIIIIIII", order + "iI"
        loads: list[tuple[int, int, int]] = []  # (vaddr, offset, filesz)
        dynamic: tuple[int, int] | None = None
        for i in range(phnum):
            fields = struct.unpack_from(header, data, phoff + i * phentsize)
            if wide:
                p_type, _flags, offset, vaddr, _paddr, filesz = fields[:6]
            else:
                p_type, offset, vaddr, _paddr, filesz = fields[:5]
            if p_type == 1:
                loads.append((vaddr, offset, filesz))
            elif p_type == 2:
                dynamic = (offset, filesz)
        if dynamic is None:
            return Elf(None, [])  # statically linked
        entries: list[tuple[int, int]] = []
        size = struct.calcsize(dyn)
        for pos in range(dynamic[0], dynamic[0] + dynamic[1] - size + 1, size):
            tag, value = struct.unpack_from(dyn, data, pos)
            if tag == 0:
                break
            entries.append((tag, value))
        strtab_vaddr = next(value for tag, value in entries if tag == 5)
        strtab = next(off + strtab_vaddr - va for va, off, sz in loads if va <= strtab_vaddr < va + sz)

        def string(at: int) -> str:
            return data[strtab + at:data.find(b"\0", strtab + at)].decode()

        soname = next((string(value) for tag, value in entries if tag == 14), None)
        return Elf(soname, [string(value) for tag, value in entries if tag == 1])
    except (struct.error, StopIteration, ValueError, UnicodeDecodeError) as exc:
        raise NotElf(f"{path}: {exc}") from exc


# -- what the app loads from the wheels ----------------------------------------------------------------------


def installed_distributions(pyproject: Path = REPO_ROOT / "pyproject.toml") -> list[importlib.metadata.Distribution]:
    """The installed distributions of pyproject.toml's dependencies and extras (`make test` installs `test`,
    `make package` `package`), and of theirs, markers evaluated here."""
    from packaging.requirements import Requirement

    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    extras = project.get("optional-dependencies", {}).values()
    wanted = [*project["dependencies"], *(requirement for extra in extras for requirement in extra)]
    todo = [Requirement(r) for r in wanted]
    seen: dict[str, importlib.metadata.Distribution] = {}
    while todo:
        requirement = todo.pop()
        key = re.sub(r"[-_.]+", "-", requirement.name).lower()
        if key in seen or (requirement.marker and not requirement.marker.evaluate({"extra": ""})):
            continue
        seen[key] = importlib.metadata.distribution(requirement.name)
        todo.extend(Requirement(r) for r in seen[key].requires or [])
    return [seen[key] for key in sorted(seen)]


def qt_modules_imported(source: Path = REPO_ROOT / "intake_app") -> set[str]:
    return {m for path in source.rglob("*.py") for m in _QT_IMPORT.findall(path.read_text(encoding="utf-8"))}


def _qt_plugin_rules() -> ModuleType:
    path = REPO_ROOT / "packaging" / "qt_plugins.py"
    spec = importlib.util.spec_from_file_location("field_intake_qt_plugins", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _is_root(relative: str, qt_modules: set[str], rules: ModuleType) -> bool:
    """Is this ELF file of a wheel one the app, `make translations` or a tool of the extras runs directly?"""
    parts = relative.split("/")
    name = parts[-1]
    if parts[0] != "PySide6":
        return True  # the other wheels' extension modules, ruff's executable, PyInstaller's bootloaders
    if len(parts) == 2:
        return name in PYSIDE_TOOLS or name.split(".")[0] in qt_modules
    if parts[1:3] == ["Qt", "plugins"] and len(parts) >= 5:
        plugin_type = "/".join(parts[3:-1])
        return plugin_type in rules.USED_TYPES and bool(rules.keep_plugin(plugin_type, name))
    return False


@dataclass
class WheelLibraries:
    files: int = 0  # ELF files the app loads, directly or through another wheel file
    external: dict[str, set[str]] = field(default_factory=dict)  # soname -> the wheel files that need it


def wheel_libraries(distributions: Iterable[importlib.metadata.Distribution] | None = None,
                    qt_modules: set[str] | None = None) -> WheelLibraries:
    """The libraries the app's ELF files need that no wheel file provides, and who needs each."""
    dists = list(installed_distributions() if distributions is None else distributions)
    modules = qt_modules_imported() if qt_modules is None else qt_modules
    rules = _qt_plugin_rules()
    elves: dict[str, tuple[Path, Elf]] = {}
    for dist in dists:
        for record in dist.files or []:
            path = Path(str(dist.locate_file(record)))
            if path.is_symlink() or not path.is_file() or path.suffix in (".py", ".pyi", ".pyc", ".json", ".qm"):
                continue
            try:
                elves[record.as_posix()] = (path, read_elf(path))
            except NotElf:
                continue
    provided: dict[str, str] = {}
    for relative, (path, elf) in elves.items():
        provided.setdefault(path.name, relative)
        if elf.soname:
            provided.setdefault(elf.soname, relative)
    todo = sorted(relative for relative in elves if _is_root(relative, modules, rules))
    loaded: set[str] = set()
    result = WheelLibraries()
    while todo:
        relative = todo.pop()
        if relative in loaded:
            continue
        loaded.add(relative)
        for library in elves[relative][1].needed:
            if library in provided:
                todo.append(provided[library])
            else:
                result.external.setdefault(library, set()).add(relative)
    result.files = len(loaded)
    return result


# -- Debian packages ----------------------------------------------------------------------------------------


def linker_cache() -> dict[str, list[str]]:
    """soname -> paths, from `ldconfig -p`, for this architecture's library folders first."""
    multiarch = sysconfig.get_config_var("MULTIARCH") or ""
    cache: dict[str, list[str]] = {}
    done = subprocess.run(["/sbin/ldconfig", "-p"], check=True, capture_output=True, text=True)
    for line in done.stdout.splitlines()[1:]:
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if match:
            cache.setdefault(match.group(1), []).append(match.group(3))
    for paths in cache.values():
        paths.sort(key=lambda p: multiarch not in p)
    return cache


def owning_package(path: str) -> str | None:
    """The Debian package that installed `path` (trying the /usr-merged spellings of the same file)."""
    real = os.path.realpath(path)
    candidates = [path, real]
    for p in (path, real):
        candidates.append(p[4:] if p.startswith("/usr/") else "/usr" + p)
    for candidate in dict.fromkeys(candidates):
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def list_problems(sections: dict[str, list[Entry]], needed: WheelLibraries) -> list[str]:
    """What [run] lacks or has too many, against what the wheels need ([] when it fits); needs nothing installed."""
    listed = listed_libraries(sections)
    found = []
    for library in sorted(set(needed.external) - set(listed)):
        users = sorted(needed.external[library])
        found.append(f"{library} is needed by {users[0]}" + (f" and {len(users) - 1} more" if len(users) > 1 else "")
                     + f" but no package in [{DERIVED_SECTION}] of {LIST_FILE.name} provides it")
    for library in sorted(set(listed) - set(needed.external)):
        found.append(f"{library} ({listed[library]}) is listed in [{DERIVED_SECTION}] but no wheel file needs it")
    packages_without = [e.package for e in sections.get(DERIVED_SECTION, []) if not e.libraries]
    if packages_without:
        found.append(f"[{DERIVED_SECTION}] lists packages without a library: {packages_without}; "
                     "declared needs belong in their own section")
    return found


def ownership_problems(sections: dict[str, list[Entry]]) -> list[str]:
    """Listed libraries that are not installed here, or that another package provides here."""
    cache = linker_cache()
    found = []
    for library, package in sorted(listed_libraries(sections).items()):
        if library not in cache:
            found.append(f"{library} ({package}) is not installed here: run `make system-deps`")
            continue
        owner = owning_package(cache[library][0])
        if owner != package:
            found.append(f"{library} is listed under {package} but {owner or 'no package'} provides it here")
    return found


def listed_libraries(sections: dict[str, list[Entry]]) -> dict[str, str]:
    return {lib: entry.package for entry in sections.get(DERIVED_SECTION, []) for lib in entry.libraries}


def derive(needed: WheelLibraries) -> dict[str, set[str]]:
    """package -> libraries, for each library the wheels need (they must all be installed here)."""
    cache = linker_cache()
    missing = sorted(lib for lib in needed.external if lib not in cache)
    if missing:
        raise SystemExit(f"not installed here, so their packages cannot be found: {missing}; install them "
                         "(apt-get install the package with `apt-file search LIBRARY`) and run this again")
    mapping: dict[str, set[str]] = {}
    for library in needed.external:
        owner = owning_package(cache[library][0])
        if owner is None:
            raise SystemExit(f"no Debian package owns {cache[library][0]}: install it from a package")
        mapping.setdefault(owner, set()).add(library)
    return mapping


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check or derive the Debian packages the wheels need")
    parser.add_argument("--update", action="store_true", help=f"rewrite the [{DERIVED_SECTION}] section")
    args = parser.parse_args(argv)
    needed = wheel_libraries()
    print(f"{needed.files} ELF files of the wheels are loaded; {len(needed.external)} libraries come from the system")
    if args.update:
        LIST_FILE.write_text(replace_derived(LIST_FILE.read_text(encoding="utf-8"), render_derived(derive(needed))),
                             encoding="utf-8")
        print(f"wrote [{DERIVED_SECTION}] of {LIST_FILE.relative_to(REPO_ROOT)}: review the difference")
    sections = read_sections()
    found = list_problems(sections, needed) + ownership_problems(sections)
    for problem in found:
        print(f"  {problem}", file=sys.stderr)
    if found:
        print("run `python tools/system_deps.py --update` on a machine with them installed", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
