"""Places in the demo: towns in the North, coarse areas in China and the border crossings between them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class _Town:
    en: str
    ko: str
    province: str  # a dprk_provinces key


_TOWNS: dict[str, tuple[_Town, ...]] = {
    "north_hamgyong": (
        _Town("Chongjin", "청진", "north_hamgyong"),
        _Town("Hoeryong", "회령", "north_hamgyong"),
        _Town("Musan", "무산", "north_hamgyong"),
        _Town("Onsong", "온성", "north_hamgyong"),
    ),
    "ryanggang": (_Town("Hyesan", "혜산", "ryanggang"), _Town("Pochon", "보천", "ryanggang")),
    "south_hamgyong": (
        _Town("Hamhung", "함흥", "south_hamgyong"),
        _Town("Tanchon", "단천", "south_hamgyong"),
    ),
    "north_pyongan": (_Town("Sinuiju", "신의주", "north_pyongan"),),
    "chagang": (_Town("Manpo", "만포", "chagang"),),
    "pyongyang": (_Town("Pyongyang", "평양", "pyongyang"),),
    "rason": (_Town("Rajin", "라진", "rason"),),
    "nampo": (_Town("Nampo", "남포", "nampo"),),
    "kaesong": (_Town("Kaesong", "개성", "kaesong"),),
    "south_pyongan": (_Town("Pyongsong", "평성", "south_pyongan"),),
    "north_hwanghae": (_Town("Sariwon", "사리원", "north_hwanghae"),),
    "south_hwanghae": (_Town("Haeju", "해주", "south_hwanghae"),),
    "kangwon": (_Town("Wonsan", "원산", "kangwon"),),
}
# Where people sent back from China are handed over, by the border crossing's side.
_JILIN_CROSSINGS = (_TOWNS["north_hamgyong"][3], _TOWNS["north_hamgyong"][1], _TOWNS["north_hamgyong"][2])
_CHANGBAI_CROSSING = (_TOWNS["ryanggang"][0],)
_LIAONING_CROSSING = (_TOWNS["north_pyongan"][0],)
# Border towns of the provinces along the rivers, for someone crossing from home.
_HOME_CROSSINGS = {
    "north_hamgyong": _JILIN_CROSSINGS,
    "ryanggang": _CHANGBAI_CROSSING,
    "north_pyongan": _LIAONING_CROSSING,
    "chagang": _TOWNS["chagang"],
}


@dataclass(frozen=True)
class _Area:
    """A coarse place in China (a town's area, never an address) and where a return from it crosses."""

    en: str
    ko: str
    province: str  # a china_provinces key
    crossings: tuple[_Town, ...] = _JILIN_CROSSINGS


_AREAS: dict[str, tuple[_Area, ...]] = {
    "jilin": (
        _Area("Yanji area", "연길", "jilin"),
        _Area("Longjing area", "용정", "jilin"),
        _Area("Tumen area", "도문", "jilin"),
        _Area("Hunchun area", "훈춘", "jilin"),
        _Area("Helong area", "화룡", "jilin"),
        _Area("Changbai area", "장백", "jilin", _CHANGBAI_CROSSING),
        _Area("Changchun area", "장춘", "jilin"),
    ),
    "liaoning": (
        _Area("Dandong area", "단동", "liaoning", _LIAONING_CROSSING),
        _Area("Shenyang area", "심양", "liaoning", _LIAONING_CROSSING),
        _Area("Kuandian area", "관전", "liaoning", _LIAONING_CROSSING),
    ),
    "heilongjiang": (
        _Area("Harbin area", "하얼빈", "heilongjiang"),
        _Area("Mudanjiang area", "목단강", "heilongjiang"),
        _Area("Jixi area", "계서", "heilongjiang"),
    ),
    "shandong": (_Area("Qingdao area", "청도", "shandong"),),
    "beijing": (_Area("Beijing outskirts", "베이징 외곽", "beijing"),),
    "yunnan": (_Area("Kunming area", "곤명", "yunnan"),),
    "guangxi": (_Area("Nanning area", "난닝", "guangxi"),),
}
_BORDER_AREAS = _AREAS["jilin"] + _AREAS["liaoning"]
# Where trafficked women are most often taken: far from the border, to farming villages.
_FAR_AREAS = _AREAS["heilongjiang"] + _AREAS["shandong"] + _AREAS["liaoning"][1:]

_HOME_PROVINCE_WEIGHTS = {
    "jilin": 50,
    "liaoning": 15,
    "heilongjiang": 18,
    "shandong": 6,
    "beijing": 3,
    "yunnan": 4,
    "guangxi": 4,
}
_ORIGIN_WEIGHTS = {
    "north_hamgyong": 46,
    "ryanggang": 22,
    "south_hamgyong": 14,
    "north_pyongan": 4,
    "chagang": 3,
    "pyongyang": 2,
    "south_pyongan": 3,
    "kangwon": 2,
    "rason": 1,
    "north_hwanghae": 1,
    "south_hwanghae": 1,
    "nampo": 0.5,
    "kaesong": 0.5,
}
_SITUATION_WEIGHTS = {
    "in_hiding_china": 72,
    "in_transit": 8,
    "third_country": 8,
    "detained": 4,
    "repatriated": 4,
    "unknown": 4,
}
