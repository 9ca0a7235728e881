"""Stories of life in hiding in China: trafficking and forced marriage, unpaid labour."""

from __future__ import annotations

from intake_app.demo_data.story_types import _Beat, _IncidentSpec, _Story

_TRAFFICKING = _Story(
    key="trafficking",
    weight=14,
    female_only=True,
    far=True,
    years=lambda b: (max(b + 16, 1999), min(b + 45, 2021)),
    beats=(
        _Beat(
            required=True,
            en=(
                "A broker in {origin} promised me restaurant work in China, but after we crossed the "
                "river in {year} I was sold to a farmer in the {cn_place}.",
            ),
            ko=(
                "{origin_ko}에서 브로커가 중국 식당 일을 소개해 준다고 했지만, {year}년에 강을 "
                "건너자마자 {cn_place_ko}의 농민에게 팔려 갔습니다.",
            ),
            incident=_IncidentSpec(
                ("trafficking_of_women",),
                "china",
                optional=("sexual_exploitation",),
                perpetrators=("traffickers",),
                description="Sold by a broker to a farmer.",
            ),
        ),
        _Beat(
            required=True,
            en=(
                "The man paid about {price} yuan for me, and his family locked the door at night so that "
                "I could not run away.",
            ),
            ko=(
                "그 남자는 저를 {price}위안 정도에 샀고, 그 집 식구들은 제가 도망가지 못하게 밤마다 문을 "
                "잠갔습니다.",
            ),
            incident=_IncidentSpec(
                ("forced_marriage",),
                "china",
                optional=("cruel_treatment",),
                perpetrators=("buyer_or_husband",),
                description="Held as a \u201cwife\u201d by the buyer's family.",
            ),
        ),
        _Beat(
            en=(
                "I was beaten when I tried to leave, and I could not go to the police because they would "
                "send me back.",
            ),
            ko=("도망치려다 맞았지만, 공안에 가면 북송될 것이라 신고할 수도 없었습니다.",),
        ),
        _Beat(
            months=(10, 30),
            en=(
                "My {child_en} was born in {cur_year}, but cannot be registered or go to school because "
                "I have no papers.",
            ),
            ko=(
                "{cur_year}년에 {child_ko_obj} 낳았지만 제가 신분이 없어서 아이는 호적에 오르지도, "
                "학교에 가지도 못합니다.",
            ),
            incident=_IncidentSpec(
                ("denial_of_birth_registration",),
                "china",
                optional=("denial_of_education",),
                victim="child",
                description="Child born in China cannot be registered.",
            ),
        ),
        _Beat(
            months=(12, 36),
            en=(
                "I ran away in {cur_year} and now live in hiding with help from a church.",
                "I want my child to have a name that is written down somewhere.",
            ),
            ko=(
                "{cur_year}년에 도망쳐 나와 지금은 교회의 도움으로 숨어 지냅니다.",
                "제 아이의 이름이 어딘가에 적혀 있기를 바랍니다.",
            ),
        ),
    ),
)

_LABOUR_CHINA = _Story(
    key="labour_china",
    weight=8,
    years=lambda b: (max(b + 16, 2003), 2024),
    beats=(
        _Beat(
            required=True,
            en=(
                "In {year} I found work at a {workplace} in the {cn_place} through a Korean-Chinese "
                "acquaintance.",
            ),
            ko=("{year}년에 조선족 지인의 소개로 {cn_place_ko}의 {workplace_ko}에서 일하게 되었습니다.",),
        ),
        _Beat(
            required=True,
            months=(2, 10),
            en=(
                "The owner paid me nothing for {months} months and said he would call the police if I "
                "complained.",
            ),
            ko=(
                "주인은 {months}개월 동안 월급을 한 푼도 주지 않았고, 불평하면 공안에 신고하겠다고 "
                "했습니다.",
            ),
            incident=_IncidentSpec(
                ("labour_exploitation_china",),
                "china",
                perpetrators=("employer",),
                description="Unpaid work under threat of being reported.",
            ),
        ),
        _Beat(
            en=("I worked from six in the morning until midnight and slept in the storeroom.",),
            ko=("아침 여섯 시부터 자정까지 일하고 창고에서 잤습니다.",),
        ),
        _Beat(
            months=(1, 6),
            en=(
                "When I finally left, he reported me; the police arrested me, and I was released only "
                "after friends paid {fine} yuan.",
            ),
            ko=(
                "결국 떠나자 주인이 신고해서 공안에 붙잡혔고, 지인들이 {fine}위안을 내 주고서야 "
                "풀려났습니다.",
            ),
            incident=_IncidentSpec(
                ("arrest_in_china",),
                "china",
                perpetrators=("chinese_police",),
                description="Arrested after the employer reported her.",
            ),
        ),
        _Beat(
            en=("Many women I know work like this because they have no papers.",),
            ko=("제가 아는 많은 여성들이 신분증이 없어서 이렇게 일합니다.",),
        ),
    ),
)
