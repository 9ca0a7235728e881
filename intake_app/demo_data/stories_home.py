"""Stories set at home in the North: the famine, punishment of family, foreign media, a public execution."""

from __future__ import annotations

from intake_app.demo_data.story_types import _Beat, _IncidentSpec, _Story

_FAMINE = _Story(
    key="famine",
    weight=10,
    years=lambda b: (max(b + 9, 1995), 1999),
    beats=(
        _Beat(
            required=True,
            en=(
                "In {year} the rations stopped completely in our town in {origin}.",
                "During the famine of the 1990s our family in {origin} lived on corn husks and grass "
                "soup.",
            ),
            ko=(
                "{year}년에 {origin_ko} 우리 동네에서는 배급이 완전히 끊겼습니다.",
                "1990년대 고난의 행군 때 {origin_ko}에 살던 우리 가족은 옥수수 껍질과 풀죽으로 "
                "연명했습니다.",
            ),
            incident=_IncidentSpec(
                ("denial_of_food",),
                "origin",
                vague=True,
                description="Public distribution stopped; family went hungry.",
            ),
        ),
        _Beat(
            en=(
                "My father died of hunger that winter, and my younger brother went to the market to beg.",
            ),
            ko=("그해 겨울 아버지는 굶어 돌아가셨고 남동생은 장마당에 나가 구걸했습니다.",),
        ),
        _Beat(
            en=("Children stopped going to school because they were too weak to walk there.",),
            ko=("아이들은 학교까지 걸어갈 힘이 없어서 학교에 가지 못했습니다.",),
        ),
        _Beat(
            months=(3, 12),
            en=("I went to China to find food and was caught by border guards on the way back.",),
            ko=("먹을 것을 구하러 중국에 갔다가 돌아오는 길에 국경경비대에게 잡혔습니다.",),
            incident=_IncidentSpec(
                ("punishment_for_food_seeking",),
                "border",
                optional=("restriction_of_movement",),
                perpetrators=("dprk_border_guards",),
                vague=True,
                description="Caught returning with food from China.",
            ),
        ),
        _Beat(
            en=(
                "At the People's Security station they beat me and kept me for {weeks} weeks with no "
                "food except what my mother brought.",
            ),
            ko=(
                "안전부에서 저를 때리고 {weeks}주 동안 가두었는데, 어머니가 가져다준 것 말고는 먹을 것이 "
                "없었습니다.",
            ),
            incident=_IncidentSpec(
                ("arbitrary_detention",),
                "facility",
                optional=("cruel_treatment",),
                facility_types=("peoples_security_detention",),
                perpetrators=("peoples_security",),
                vague=True,
                description="Held and beaten at the local station.",
            ),
        ),
        _Beat(
            en=(
                "Because my grandfather had been labelled a landlord, our family never received help "
                "from the Party.",
            ),
            ko=(
                "할아버지가 지주 출신이라는 딱지가 붙어 있어서 우리 집은 당의 도움을 한 번도 받지 "
                "못했습니다.",
            ),
            incident=_IncidentSpec(
                ("songbun_discrimination",),
                "origin",
                perpetrators=("party_officials",),
                vague=True,
                description="Family excluded from help because of songbun.",
            ),
        ),
    ),
)

_FAMILY_PUNISHMENT = _Story(
    key="family_punishment",
    weight=10,
    source_type="hearsay",
    relative=True,
    years=lambda b: (max(b + 18, 2005), 2023),
    beats=(
        _Beat(
            required=True,
            en=("After I left {origin} in {year}, State Security summoned {relative} again and again.",),
            ko=(
                "제가 {year}년에 {origin_ko}에서 나온 뒤로 보위부가 {relative_ko_obj} 여러 번 불러 "
                "갔습니다.",
            ),
            incident=_IncidentSpec(
                ("surveillance_of_family",),
                "origin",
                optional=("collective_punishment",),
                perpetrators=("state_security",),
                victim="relative",
                description="Relative questioned repeatedly after the defection.",
            ),
        ),
        _Beat(
            months=(3, 12),
            en=(
                "A broker who carries money across told me by phone that the family had been banished to "
                "a remote mountain village.",
            ),
            ko=("돈을 전해 주는 브로커가 전화로 가족이 외딴 산골 마을로 추방되었다고 알려 주었습니다.",),
            incident=_IncidentSpec(
                ("forced_relocation", "collective_punishment"),
                "remote",
                perpetrators=("state_security", "peoples_security", "party_officials"),
                victim="relative",
                description="Family banished to a remote village.",
            ),
        ),
        _Beat(
            months=(2, 18),
            en=(
                "{relative_cap} was taken away in {cur_year}, and nobody will tell the family where he "
                "is.",
            ),
            ko=(
                "{cur_year}년에 {relative_ko_top} 끌려갔고, 어디에 있는지 아무도 가족에게 알려 주지 "
                "않습니다.",
            ),
            incident=_IncidentSpec(
                ("enforced_disappearance",),
                "origin",
                optional=("collective_punishment",),
                perpetrators=("state_security",),
                victim="relative",
                description="Taken away; whereabouts not disclosed.",
            ),
        ),
        _Beat(
            en=(
                "People say he was sent to a political prison camp, which is the same as saying he will "
                "never come back.",
            ),
            ko=(
                "사람들은 그가 정치범수용소에 갔다고 하는데, 그것은 다시는 돌아오지 못한다는 말과 "
                "같습니다.",
            ),
            incident=_IncidentSpec(
                ("political_prison_camp",),
                "facility",
                facility_types=("kwanliso",),
                perpetrators=("state_security",),
                victim="relative",
                vague=True,
                description="Reportedly sent to a political prison camp.",
            ),
        ),
        _Beat(
            en=("I feel that my leaving is the reason they are suffering.",),
            ko=("제가 떠난 탓에 가족이 고통받는다는 생각에 마음이 무겁습니다.",),
        ),
    ),
)

_FOREIGN_MEDIA = _Story(
    key="foreign_media",
    weight=8,
    years=lambda b: (max(b + 14, 2005), 2021),
    beats=(
        _Beat(
            required=True,
            en=(
                "In {year} an inspection group came to our house in {origin} and found a USB stick with "
                "South Korean dramas.",
            ),
            ko=(
                "{year}년에 {origin_ko}에 있는 우리 집에 검열 그루빠가 들이닥쳐 한국 드라마가 든 USB를 "
                "찾아냈습니다.",
            ),
            incident=_IncidentSpec(
                ("punishment_foreign_media",),
                "origin",
                perpetrators=("peoples_security",),
                description="House search; foreign dramas found.",
            ),
        ),
        _Beat(
            en=(
                "They held me at the People's Security station for {weeks} weeks and beat me to make me "
                "say who had sold it.",
            ),
            ko=("안전부에 {weeks}주 동안 가두고 누가 팔았는지 대라며 때렸습니다.",),
            incident=_IncidentSpec(
                ("arbitrary_detention", "cruel_treatment"),
                "facility",
                optional=("forced_confession",),
                facility_types=("peoples_security_detention",),
                perpetrators=("peoples_security",),
                description="Detained and beaten to name the seller.",
            ),
        ),
        _Beat(
            en=("My family paid a bribe; otherwise I would have been sent to a labour camp.",),
            ko=("가족이 뇌물을 바쳐서 겨우 노동단련대에 가지 않았습니다.",),
        ),
        _Beat(
            months=(1, 2),
            en=("I was sent to a labour training camp for {months} months.",),
            ko=("노동단련대 {months}개월 처벌을 받았습니다.",),
            incident=_IncidentSpec(
                ("forced_labour", "punishment_without_trial"),
                "facility",
                facility_types=("rodong_danryondae",),
                perpetrators=("peoples_security",),
                description="Labour training camp for watching foreign media.",
            ),
        ),
        _Beat(
            required=True,
            en=("After that I felt there was no future for me there, and I left the next year.",),
            ko=("그 뒤로 그곳에는 제 미래가 없다고 느껴서 이듬해에 떠났습니다.",),
        ),
    ),
)

_PUBLIC_EXECUTION = _Story(
    key="public_execution",
    weight=5,
    source_type="witnessed",
    years=lambda b: (max(b + 10, 1996), 2019),
    beats=(
        _Beat(
            required=True,
            en=(
                "In {year} everyone in our neighbourhood in {origin} was ordered to the riverside to "
                "watch a public trial.",
            ),
            ko=(
                "{year}년에 {origin_ko} 우리 동네 사람들은 모두 강변에 모여 공개재판을 보라는 지시를 "
                "받았습니다.",
            ),
        ),
        _Beat(
            required=True,
            en=(
                "Two men accused of smuggling copper were shot in front of us, and the school children "
                "were made to stand in the front rows.",
            ),
            ko=(
                "구리를 밀수했다는 남자 두 명이 우리 앞에서 총살되었고, 학생들은 맨 앞줄에 서야 "
                "했습니다.",
            ),
            incident=_IncidentSpec(
                ("public_execution",),
                "origin",
                optional=("denial_of_fair_trial",),
                perpetrators=("peoples_security", "state_security"),
                victim="other",
                description="Public execution after a public trial.",
            ),
        ),
        _Beat(
            en=("There was no lawyer, and the sentence was read out from a paper in a few minutes.",),
            ko=("변호사도 없었고 판결은 몇 분 만에 종이에 적힌 대로 읽혔습니다.",),
        ),
        _Beat(
            en=(
                "Afterwards the head of the people's unit warned us that the same would happen to anyone "
                "who crossed the border.",
            ),
            ko=("그 뒤 인민반장은 국경을 넘는 사람도 똑같이 된다고 경고했습니다.",),
        ),
        _Beat(
            en=("I could not sleep for weeks afterwards.",),
            ko=("그 뒤로 몇 주 동안 잠을 잘 수가 없었습니다.",),
        ),
    ),
)
