"""The catalogue of demo stories, and the words that fill in their placeholders."""

from __future__ import annotations

from intake_app.demo_data.stories_detention import _DEATH_IN_CUSTODY, _FORCED_ABORTION, _RELIGION, _REPATRIATION
from intake_app.demo_data.stories_flight import _LABOUR_CHINA, _TRAFFICKING
from intake_app.demo_data.stories_home import _FAMILY_PUNISHMENT, _FAMINE, _FOREIGN_MEDIA, _PUBLIC_EXECUTION
from intake_app.demo_data.story_types import _Story

# The order matters: a witness's story is drawn from this sequence, so it is part of what a seed builds.
_STORIES: tuple[_Story, ...] = (
    _REPATRIATION,
    _FORCED_ABORTION,
    _FAMINE,
    _TRAFFICKING,
    _FAMILY_PUNISHMENT,
    _RELIGION,
    _FOREIGN_MEDIA,
    _LABOUR_CHINA,
    _DEATH_IN_CUSTODY,
    _PUBLIC_EXECUTION,
)

_RELATIVES: dict[str, dict[str, str]] = {
    "spouse": {"relative": "my husband", "relative_ko_obj": "남편을", "relative_ko_top": "남편은"},
    "parent": {"relative": "my father", "relative_ko_obj": "아버지를", "relative_ko_top": "아버지는"},
    "sibling": {
        "relative": "my younger brother",
        "relative_ko_obj": "남동생을",
        "relative_ko_top": "남동생은",
    },
    "child": {"relative": "my son", "relative_ko_obj": "아들을", "relative_ko_top": "아들은"},
}
_WORKPLACES = (
    ("restaurant", "식당"),
    ("farm", "농장"),
    ("sewing workshop", "봉제 공장"),
    ("pig farm", "돼지 농장"),
)
_SEASONS = {
    12: ("winter", "겨울"),
    1: ("winter", "겨울"),
    2: ("winter", "겨울"),
    3: ("spring", "봄"),
    4: ("spring", "봄"),
    5: ("spring", "봄"),
    6: ("summer", "여름"),
    7: ("summer", "여름"),
    8: ("summer", "여름"),
    9: ("autumn", "가을"),
    10: ("autumn", "가을"),
    11: ("autumn", "가을"),
}
