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
NAV_WIDTH = 210
NAV_ICON_SIZE = 20
TOOLBAR_ICON_SIZE = 20
DEFAULT_WINDOW_SIZE = (1100, 720)  # fits a 1366x768 laptop screen with its panel

# Palette: neutral with one accent; red only for errors and the panic/lock affordances. Every text colour
# here reads at WCAG AA (4.5:1) on white and on the window background (tests/ui/test_style.py checks it).
ACCENT = "#1f5f8b"
ACCENT_HOVER = "#dbe6ee"  # a navigation row under the pointer: a tint of the accent, black text on it
ERROR = "#b00020"
WARNING = "#8a5a00"
OK = "#2a7230"
MUTED = "#5f6368"
NAV_BACKGROUND = "#f7f7f7"
BORDER = "#c8c8c8"
# Strength meter colours by zxcvbn score 0..4: mid tones, so that the meter's black text (drawn over the
# coloured part) stays readable on each.
STRENGTH_COLOURS = ("#e53935", "#fb8c00", "#fdd835", "#9ccc65", "#43a047")

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


def main_window_sheet() -> str:
    """The main window's own style sheet: the navigation (icons, selected and hover rows, spacing) and
    the toolbar. Scoped by object name, so that no page's widgets change size under it."""
    return f"""
        QListWidget#navigation {{
            background: {NAV_BACKGROUND};
            border: none;
            border-right: 1px solid {BORDER};
            padding: {SPACING}px 6px;
            outline: 0;
        }}
        QListWidget#navigation::item {{
            color: #000000;
            padding: 6px 8px;
            border-radius: 6px;
        }}
        QListWidget#navigation::item:hover {{
            background: {ACCENT_HOVER};
        }}
        QListWidget#navigation::item:selected {{
            background: {ACCENT};
            color: #ffffff;
        }}
        QToolBar#toolbar {{
            spacing: 4px;
            padding: 2px {SPACING}px;
            border-bottom: 1px solid {BORDER};
        }}
        QToolBar#toolbar QToolButton {{
            padding: 4px 8px;
        }}
    """


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two "#rrggbb" colours (1 to 21; text needs 4.5 at AA)."""
    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def colour_style(colour: str, bold: bool = False) -> str:
    """A style sheet for a label's text colour (errors, hints)."""
    return f"color: {colour};" + (" font-weight: bold;" if bold else "")
