"""Look and feel in one place: a calm palette, generous spacing, a readable font with the right CJK face.

Han characters share code points across Chinese, Japanese and Korean but are drawn differently in
each; a Korean UI that falls back to a Chinese font looks wrong to its readers. So the CJK face is
put explicitly right after the base family, chosen by the UI language, and re-applied when the
language changes. Families that are not installed are skipped by Qt, which then falls back on its
own (fontconfig on Linux), so this never makes text disappear.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette

# Spacing (pixels) and sizes.
SPACING = 8
MARGIN = 16
BASE_POINT_SIZE = 11          # readable on a small laptop screen, under stress
TITLE_POINT_SIZE = 15
RECOVERY_KEY_POINT_SIZE = 20  # large enough to copy onto paper without mistakes
NAV_WIDTH = 190

# Palette: neutral with one accent; red only for errors and the panic/lock affordances.
ACCENT = "#1f5f8b"
ERROR = "#b00020"
WARNING = "#8a5a00"
OK = "#2e7d32"
MUTED = "#5f6368"
# Strength meter colours by zxcvbn score 0..4.
STRENGTH_COLOURS = ("#b00020", "#d84315", "#f9a825", "#7cb342", "#2e7d32")

_CJK_FAMILIES: dict[str, tuple[str, ...]] = {
    "ko": ("Noto Sans CJK KR", "Source Han Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", "NanumGothic"),
    "ja": ("Noto Sans CJK JP", "Source Han Sans JP", "Yu Gothic UI", "Meiryo", "Hiragino Sans"),
    "zh_CN": ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei UI", "PingFang SC",
              "WenQuanYi Micro Hei"),
}
_CJK_MONO: dict[str, str] = {"ko": "Noto Sans Mono CJK KR", "ja": "Noto Sans Mono CJK JP",
                             "zh_CN": "Noto Sans Mono CJK SC"}
_ORDER = ("ko", "ja", "zh_CN")


def font_families(lang: str, base_family: str) -> list[str]:
    """The base family, then the CJK faces with the UI language's first (the others cover names
    written in another CJK script)."""
    langs = [lang, *[code for code in _ORDER if code != lang]] if lang in _CJK_FAMILIES else list(_ORDER)
    families = [base_family]
    for code in langs:
        families.extend(_CJK_FAMILIES[code])
    return families


def ui_font(lang: str) -> QFont:
    base = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font = QFont(base)
    font.setFamilies(font_families(lang, base.family()))
    font.setPointSize(max(BASE_POINT_SIZE, base.pointSize()))
    return font


def mono_font(lang: str, point_size: int = BASE_POINT_SIZE) -> QFont:
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font = QFont(fixed)
    font.setFamilies([fixed.family(), "DejaVu Sans Mono", _CJK_MONO.get(lang, "Noto Sans Mono CJK KR")])
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(point_size)
    return font


def title_font(lang: str) -> QFont:
    font = ui_font(lang)
    font.setPointSize(TITLE_POINT_SIZE)
    font.setBold(True)
    return font


def apply_style(app: QGuiApplication, lang: str) -> None:
    """Font and palette for the whole application; call again after a language change."""
    app.setFont(ui_font(lang))
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(palette)


def colour_style(colour: str, bold: bool = False) -> str:
    """A style sheet for a label's text colour (errors, hints)."""
    return f"color: {colour};" + (" font-weight: bold;" if bold else "")
