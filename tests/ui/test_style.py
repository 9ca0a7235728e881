"""The look: every text colour of the style reads at WCAG AA on the backgrounds it is drawn on."""

from __future__ import annotations

import pytest

from intake_app.ui import style

# Fusion's window and base colours (the app's style) and the navigation's own background.
BACKGROUNDS = ("#ffffff", "#efefef", style.NAV_BACKGROUND)


def test_contrast_ratio_matches_the_wcag_examples():
    assert style.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert style.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert style.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("colour", [style.ACCENT, style.ERROR, style.WARNING, style.OK, style.MUTED])
@pytest.mark.parametrize("background", BACKGROUNDS)
def test_text_colours_pass_aa(colour, background):
    assert style.contrast_ratio(colour, background) >= 4.5


def test_selected_and_hovered_navigation_rows_are_readable():
    assert style.contrast_ratio("#ffffff", style.ACCENT) >= 4.5   # selected: white on the accent
    assert style.contrast_ratio("#000000", style.ACCENT_HOVER) >= 4.5


@pytest.mark.parametrize("colour", style.STRENGTH_COLOURS)
def test_the_strength_meter_text_is_readable_on_each_colour(colour):
    assert style.contrast_ratio("#000000", colour) >= 4.5  # the meter's black text is drawn over it


def test_the_main_window_sheet_names_its_widgets():
    sheet = style.main_window_sheet()
    assert "QListWidget#navigation::item:selected" in sheet and "QToolBar#toolbar" in sheet
