#!/usr/bin/env python3
"""Build the standalone Linux installers (`make package`): a PyInstaller one-folder app, a .deb and a .tar.gz.

    python tools/package.py [--skip-build] [--update-depends] [--zstd-level N]

Run with the project's virtual environment (it needs PySide6 for the icons and PyInstaller): `make package`
does. Steps, each timed:

1. the Debian packages the build needs (tools/ensure-debs.sh run fonts package): the run-time libraries
   come first, so that PyInstaller finds and bundles what Qt's xcb platform plugin links against;
2. compiled translations, icons rendered from the SVG, then `pyinstaller packaging/field-intake.spec`
   into build/package/field-intake/;
3. the `Depends` of the .deb, computed: every ELF file in the folder is read with `objdump -p`; a library
   it needs that the folder does not hold is looked up in the dynamic linker's cache and mapped to its
   Debian package with `dpkg -S`. Minimum versions come from the package's own shlibs declaration (glibc:
   the newest GLIBC_x.y symbol version the binaries use), not from the build machine's exact versions, so
   a Debian 12 laptop that missed a few point releases still installs offline. Bundled libraries that read
   data files from the system (fontconfig's configuration, the XKB keymaps, X11's compose tables) add the
   data packages their own Debian packages depend on; a CJK font is the one declared by hand
   (DECLARED_DEPENDS). The names are compared with
   packaging/linux/depends.txt and the build fails on a difference, so a new system dependency is a
   reviewed change (`--update-depends` rewrites the file after review);
4. build/package/field-intake_<version>_<arch>.deb (`dpkg-deb -Zzstd`): /opt/field-intake, the symlink
   /usr/bin/intake-app, the desktop entry, the icon (SVG and PNG sizes), the copyright file;
5. build/package/field-intake-<version>-linux-<arch>.tar.gz of the folder;
6. build/package/package-info.json: sizes, timings, the Depends line.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import system_deps  # tools/, beside this file

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = REPO_ROOT / "build" / "package"
APP_DIR = PACKAGE_DIR / "field-intake"
ICON_DIR = PACKAGE_DIR / "icons"
STAGING = REPO_ROOT / "build" / "deb-root"
SPEC = REPO_ROOT / "packaging" / "field-intake.spec"
DEPENDS_FILE = REPO_ROOT / "packaging" / "linux" / "depends.txt"
DESKTOP_FILE = REPO_ROOT / "packaging" / "field-intake.desktop"

PACKAGE_NAME = "field-intake"
INSTALL_DIR = "/opt/field-intake"
# Neutral on purpose: `dpkg -l` on a seized laptop shows this text, and it must not say whom the app is for.
SUMMARY = "secure, offline records of aid and testimony"
DESCRIPTION = """\
 Field Intake keeps records of aid and testimony for field workers of small
 organisations. Everything is stored in an encrypted vault on the computer
 (SQLCipher, keys derived with Argon2id); the app opens no network connection.
 .
 This is a standalone build: it brings its own Python and Qt libraries in
 /opt/field-intake and needs no internet connection to install or to run.
 Run `intake-app --self-test` to check an installation."""
MAINTAINER = "Field Intake developers <packaging@field-intake.invalid>"

# The sections of packaging/linux/debian-packages.txt the build installs first: the run-time libraries (Qt's
# xcb platform plugin links against them; they must be installed BEFORE PyInstaller runs, and the ones it
# does not bundle are mapped to packages below), then the build's own tools and libpython.
BUILD_SECTIONS = ["run", "fonts", "package"]

# Bundled libraries that read data files from the system at run time, and the Debian package with those files
# (each is a Depends of the library's own Debian package): fontconfig's configuration in /etc/fonts, the XKB
# keymaps (without them the keyboard does not work under xcb), X11's compose tables (dead keys, input methods).
RUNTIME_DATA = {
    "libfontconfig.so.1": "fontconfig-config",
    "libxkbcommon.so.0": "xkb-data",
    "libX11.so.6": "libx11-data",
}

# The one dependency no library asks for: fonts for the Korean, Japanese and Chinese interface. Without one,
# even the first-run language list is empty boxes (the self-test fails on it). Either package covers Hangul,
# kana and Simplified Chinese; apt takes the first, the second is smaller.
DECLARED_DEPENDS = {"fonts-noto-cjk | fonts-wqy-zenhei": ""}

# Files whose absence means a broken build, whatever PyInstaller said.
REQUIRED = [
    "intake-app",
    "_internal/schemas/taxonomy.json",
    "_internal/schemas/record.schema.json",
    "_internal/resources/icons/field-intake.svg",
    "_internal/resources/icons/ui/LICENSE",  # the navigation's and toolbar's icons (Tabler, MIT)
    "_internal/resources/icons/ui/lock.svg",
    "_internal/resources/translations/intake_ko.ts",
    "_internal/resources/translations/intake_ko.qm",
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
    "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "_internal/PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "_internal/PySide6/Qt/plugins/imageformats/libqsvg.so",  # ui/icons.py renders the SVGs through it
    "_internal/PySide6/Qt/translations/qtbase_ko.qm",
    "_internal/PySide6/Qt/translations/qtbase_ja.qm",
    "_internal/PySide6/Qt/translations/qtbase_zh_CN.qm",
    "_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "_internal/shamir_mnemonic/wordlist.txt",
]


def log(message: str) -> None:
    print(f"[package] {message}", flush=True)


def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    log("$ " + " ".join(cmd))
    return subprocess.run(cmd, check=True, text=True, **kwargs)  # type: ignore[call-overload,no-any-return]


def output(cmd: list[str]) -> str:
    return subprocess.run(cmd, check=True, text=True, capture_output=True).stdout


def app_version() -> str:
    sys.path.insert(0, str(REPO_ROOT))
    from intake_app import __version__

    return __version__


def deb_arch() -> str:
    return output(["dpkg", "--print-architecture"]).strip()


# -- 1 + 2: the one-folder build -----------------------------------------------------------------------------


def ensure_build_debs() -> None:
    run(["bash", str(REPO_ROOT / "tools" / "ensure-debs.sh"), *BUILD_SECTIONS],
        env={**os.environ, "PYTHON": sys.executable})  # lib{python}: the Python PyInstaller bundles


def build_folder() -> None:
    run([sys.executable, str(REPO_ROOT / "tools" / "build_translations.py")])
    qm = sorted((REPO_ROOT / "resources" / "translations").glob("*.qm"))
    if not qm:
        raise SystemExit("no compiled translations: pyside6-lrelease is missing from this environment")
    run([sys.executable, str(REPO_ROOT / "tools" / "package_icons.py"), str(ICON_DIR)])
    shutil.rmtree(APP_DIR, ignore_errors=True)
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(PACKAGE_DIR), "--workpath", str(REPO_ROOT / "build" / "pyinstaller"), str(SPEC)],
        cwd=REPO_ROOT)


def check_folder() -> None:
    missing = [rel for rel in REQUIRED if not (APP_DIR / rel).exists()]
    if missing:
        raise SystemExit(f"the build lacks {missing}")
    caches = [p for p in APP_DIR.rglob("*") if p.name == "__pycache__" or p.suffix == ".pyc"]
    if caches:
        raise SystemExit(f"the build carries bytecode caches: {caches[:5]}")


# -- 3: Depends -------------------------------------------------------------------------------------------


@dataclass
class ElfInfo:
    soname: str | None
    needed: list[str]


@dataclass
class DependsReport:
    packages: dict[str, str] = field(default_factory=dict)  # package -> version constraint ("" for none)
    libraries: dict[str, str] = field(default_factory=dict)  # external soname -> package
    data_packages: dict[str, str] = field(default_factory=dict)  # data package -> bundled lib reading it

    def line(self) -> str:
        return ", ".join(f"{pkg} ({ver})" if ver else pkg for pkg, ver in sorted(self.packages.items()))


def elf_files(root: Path) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as fh:
            if fh.read(4) == b"\x7fELF":
                found.append(path)
    return found


def elf_info(path: Path) -> ElfInfo:
    text = output(["objdump", "-p", str(path)])
    soname = re.search(r"^\s+SONAME\s+(\S+)", text, re.M)
    return ElfInfo(soname.group(1) if soname else None, re.findall(r"^\s+NEEDED\s+(\S+)", text, re.M))


def glibc_floor(files: list[Path]) -> str:
    """The newest GLIBC_x.y version of any undefined symbol: the oldest glibc the build runs on."""
    newest = (2, 0)
    for path in files:
        for major, minor in re.findall(r"\*UND\*.*\bGLIBC_(\d+)\.(\d+)", output(["objdump", "-T", str(path)])):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def owning_package(path: str) -> str:
    """The Debian package that installed `path`."""
    package = system_deps.owning_package(path)
    if package is None:
        raise SystemExit(f"no Debian package owns {path}: install it from a package, not by hand")
    return package


def shlibs_constraint(package: str, soname: str) -> str:
    """The minimum version the package's shlibs file declares for `soname` ("" when it declares none)."""
    match = re.match(r"(.+)\.so\.(.+)$", soname) or re.match(r"(.+)-([\d.]+)\.so$", soname)
    if not match:
        return ""
    name, version = match.groups()
    info = Path("/var/lib/dpkg/info")
    for shlibs in (info / f"{package}:{deb_arch()}.shlibs", info / f"{package}.shlibs"):
        if not shlibs.is_file():
            continue
        for line in shlibs.read_text().splitlines():
            parts = line.split(None, 2)
            if len(parts) == 3 and parts[0] == name and parts[1] == version:
                constraint = re.search(rf"\b{re.escape(package)} \(([^)]+)\)", parts[2])
                return constraint.group(1) if constraint else ""
    return ""


def stronger(a: str, b: str) -> str:
    """Of two `>= VERSION` constraints (or ""), the one that asks for more."""
    if not a or not b:
        return a or b
    newer = subprocess.run(["dpkg", "--compare-versions", b.split()[-1], "gt", a.split()[-1]], check=False)
    return b if newer.returncode == 0 else a


def data_dependency(package: str, data_package: str) -> str:
    """The constraint with which `package` depends on `data_package` ("" if it names none)."""
    depends = output(["dpkg-query", "-W", "-f", "${Depends}", package])
    for relation in (r.strip() for r in depends.split(",")):
        if relation.split(" ", 1)[0].split(":")[0] == data_package:
            return relation[len(relation.split(" ", 1)[0]):].strip().strip("()")
    return ""


def compute_depends(root: Path) -> DependsReport:
    files = elf_files(root)
    infos = {path: elf_info(path) for path in files}
    bundled = {p.name for p in root.rglob("*")} | {i.soname for i in infos.values() if i.soname}
    external = sorted({lib for info in infos.values() for lib in info.needed} - bundled)
    cache = system_deps.linker_cache()
    report = DependsReport()
    unresolved = [lib for lib in external if lib not in cache]
    if unresolved:
        raise SystemExit(f"libraries needed by the build but not installed here: {unresolved}; install their "
                         "packages (tools/ensure-debs.sh) and build again")
    for lib in external:
        package = owning_package(cache[lib][0])
        report.libraries[lib] = package
        report.packages[package] = stronger(report.packages.get(package, ""), shlibs_constraint(package, lib))
    if "libc6" in report.packages:
        report.packages["libc6"] = f">= {glibc_floor(files)}"
    # Libraries PyInstaller bundled from Debian packages still read data files from the system: depend on the
    # packages that carry them, with the constraint the library's own package uses.
    for lib, data_package in RUNTIME_DATA.items():
        if lib in bundled and lib in cache:
            package = owning_package(cache[lib][0])
            report.packages[data_package] = stronger(report.packages.get(data_package, ""),
                                                     data_dependency(package, data_package))
            report.data_packages[data_package] = lib
    report.packages.update(DECLARED_DEPENDS)
    return report


def check_depends(report: DependsReport, update: bool) -> None:
    computed = sorted(report.packages)
    if update:
        header = ("# Debian packages the .deb depends on, as computed by tools/package.py from the libraries the\n"
                  "# build needs but does not bundle. A difference fails the build: review it, then run\n"
                  "# `make package PACKAGE_ARGS=--update-depends`.\n")
        DEPENDS_FILE.parent.mkdir(parents=True, exist_ok=True)
        DEPENDS_FILE.write_text(header + "\n".join(computed) + "\n")
        log(f"wrote {DEPENDS_FILE.relative_to(REPO_ROOT)}")
        return
    expected = sorted(line.strip() for line in DEPENDS_FILE.read_text().splitlines()
                      if line.strip() and not line.startswith("#"))
    if computed != expected:
        added, removed = sorted(set(computed) - set(expected)), sorted(set(expected) - set(computed))
        why = {pkg: [lib for lib, p in report.libraries.items() if p == pkg] or report.data_packages.get(pkg)
               for pkg in added}
        raise SystemExit(f"Depends changed: new {why}, gone {removed}. Review, then run "
                         "`make package PACKAGE_ARGS=--update-depends`.")


# -- 4: the .deb ------------------------------------------------------------------------------------------


def normalise_modes(root: Path) -> None:
    """Directories 0755, files 0644, executables 0755: the build's umask must not leak into the package."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if mode & stat.S_IXUSR else 0o644)


def installed_size_kib(root: Path) -> int:
    """As dpkg-gencontrol counts it: each file rounded up to KiB, plus one per directory and symlink."""
    total = 0
    for path in root.rglob("*"):
        if path.relative_to(root).parts[0] == "DEBIAN":
            continue
        total += 1 if (path.is_symlink() or path.is_dir()) else (path.stat().st_size + 1023) // 1024
    return total


def stage_deb(version: str, arch: str, depends: str) -> int:
    shutil.rmtree(STAGING, ignore_errors=True)
    opt = STAGING / INSTALL_DIR.lstrip("/")
    shutil.copytree(APP_DIR, opt, symlinks=True)
    (STAGING / "usr" / "bin").mkdir(parents=True)
    # A symlink, not a wrapper script: the PyInstaller bootloader resolves its own path through /proc/self/exe.
    (STAGING / "usr" / "bin" / "intake-app").symlink_to(f"{INSTALL_DIR}/intake-app")
    share = STAGING / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(DESKTOP_FILE, share / "applications" / "field-intake.desktop")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(REPO_ROOT / "resources" / "icons" / "field-intake.svg", scalable / "field-intake.svg")
    for size in (48, 128, 256, 512):
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(ICON_DIR / f"field-intake-{size}.png", folder / "field-intake.png")
    doc = share / "doc" / PACKAGE_NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Field Intake\n\n"
        "Files: *\nLicense: GPL-3.0-or-later\n"
        " On Debian systems the full text is in /usr/share/common-licenses/GPL-3.\n"
        " The bundled libraries in /opt/field-intake/_internal keep their own licences\n"
        " (Python: PSF; Qt and PySide6: LGPL-3.0; SQLCipher: BSD; cryptography: Apache-2.0\n"
        " or BSD; the others as their packages say).\n")
    normalise_modes(STAGING)
    debian = STAGING / "DEBIAN"
    debian.mkdir(mode=0o755)
    md5 = []
    for path in sorted(STAGING.rglob("*")):
        if path.is_file() and not path.is_symlink() and path.relative_to(STAGING).parts[0] != "DEBIAN":
            md5.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {path.relative_to(STAGING).as_posix()}")  # noqa: S324 - dpkg's own format
    (debian / "md5sums").write_text("\n".join(md5) + "\n")
    size = installed_size_kib(STAGING)
    control = (
        f"Package: {PACKAGE_NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {size}\n"
        f"Depends: {depends}\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Description: {SUMMARY}\n{DESCRIPTION}\n"
    )
    (debian / "control").write_text(control)
    for path in debian.iterdir():
        path.chmod(0o644)
    return size


def build_deb(version: str, arch: str, level: int) -> Path:
    out = PACKAGE_DIR / f"{PACKAGE_NAME}_{version}_{arch}.deb"
    out.unlink(missing_ok=True)
    run(["dpkg-deb", "--root-owner-group", "-Zzstd", f"-z{level}", "--threads-max=2", "--build", str(STAGING),
         str(out)], stdout=subprocess.DEVNULL)
    return out


# -- 5: the tarball ------------------------------------------------------------------------------------------


def build_tarball(version: str, arch: str) -> Path:
    out = PACKAGE_DIR / f"{PACKAGE_NAME}-{version}-linux-{arch}.tar.gz"
    out.unlink(missing_ok=True)
    run(["tar", "--sort=name", "--owner=0", "--group=0", "--numeric-owner", "-czf", str(out),
         "-C", str(PACKAGE_DIR), APP_DIR.name])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Linux .deb and .tar.gz of Field Intake")
    parser.add_argument("--skip-build", action="store_true", help="reuse build/package/field-intake")
    parser.add_argument("--update-depends", action="store_true",
                        help="write the computed package list to packaging/linux/depends.txt instead of checking it")
    parser.add_argument("--zstd-level", type=int, default=int(os.environ.get("ZSTD_LEVEL", "9")),
                        help="zstd level of the .deb (9: ~8 s; 19: ~7 MB smaller, ~2 min)")
    args = parser.parse_args(argv)
    os.umask(0o022)
    timings: dict[str, float] = {}
    started = time.perf_counter()

    def lap(name: str, t0: float) -> None:
        timings[name] = round(time.perf_counter() - t0, 1)
        log(f"{name}: {timings[name]} s")

    t0 = time.perf_counter()
    ensure_build_debs()
    lap("debian build packages", t0)
    if not args.skip_build:
        t0 = time.perf_counter()
        build_folder()
        lap("pyinstaller build", t0)
    check_folder()
    version, arch = app_version(), deb_arch()

    t0 = time.perf_counter()
    report = compute_depends(APP_DIR)
    check_depends(report, args.update_depends)
    depends = report.line()
    lap("depends computation", t0)
    log(f"Depends: {depends}")

    t0 = time.perf_counter()
    installed_kib = stage_deb(version, arch, depends)
    deb = build_deb(version, arch, args.zstd_level)
    lap("deb", t0)
    t0 = time.perf_counter()
    tarball = build_tarball(version, arch)
    lap("tarball", t0)
    shutil.rmtree(STAGING, ignore_errors=True)

    info = {
        "version": version,
        "architecture": arch,
        "deb": deb.name,
        "deb_bytes": deb.stat().st_size,
        "installed_size_kib": installed_kib,
        "tarball": tarball.name,
        "tarball_bytes": tarball.stat().st_size,
        "folder_bytes": sum(p.stat().st_size for p in APP_DIR.rglob("*") if p.is_file() and not p.is_symlink()),
        "depends": depends,
        "external_libraries": report.libraries,
        "timings_s": timings,
        "total_s": round(time.perf_counter() - started, 1),
    }
    (PACKAGE_DIR / "package-info.json").write_text(json.dumps(info, indent=2) + "\n")
    mib = 1024 * 1024
    log(f"built {deb.relative_to(REPO_ROOT)} ({info['deb_bytes'] / mib:.1f} MiB, installed "
        f"{installed_kib / 1024:.0f} MiB) and {tarball.relative_to(REPO_ROOT)} ({info['tarball_bytes'] / mib:.1f} MiB) "
        f"in {info['total_s']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
