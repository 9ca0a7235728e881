"""Stories of detention: repatriation from China, forced abortion, faith punished, a death in custody."""

from __future__ import annotations

from intake_app.demo_data.story_types import _Beat, _IncidentSpec, _Story

_REPATRIATION = _Story(
    key="repatriation",
    weight=22,
    years=lambda b: (max(b + 16, 1999), 2022),
    beats=(
        _Beat(
            required=True,
            en=(
                "I crossed the Tumen River in {year} because there was nothing left to eat at home in "
                "{origin}.",
                "I left {origin} in {year} and lived in hiding near the {cn_place}, working on farms.",
            ),
            ko=(
                "{year}년에 집에 먹을 것이 없어서 {origin_ko}에서 두만강을 건넜습니다.",
                "{year}년에 {origin_ko}에서 나와 {cn_place_ko} 근처에 숨어 살면서 농사일을 했습니다.",
            ),
        ),
        _Beat(
            months=(6, 30),
            en=(
                "Chinese police stopped me during an identity check in the {cn_place} and held me in a "
                "detention centre for about {weeks} weeks.",
            ),
            ko=(
                "{cn_place_ko}에서 신분 검사를 하던 중국 공안에게 붙잡혀 {weeks}주 정도 구류소에 갇혀 "
                "있었습니다.",
            ),
            incident=_IncidentSpec(
                ("arrest_in_china",),
                "china",
                optional=("arbitrary_detention",),
                perpetrators=("chinese_police", "chinese_public_security"),
                description="Arrested in an identity check; held before handover.",
            ),
        ),
        _Beat(
            months=(1, 2),
            en=(
                "I was handed over to the North Korean side at the bridge and taken to the holding "
                "centre in {town}.",
            ),
            ko=("다리에서 북한 쪽으로 넘겨졌고 {town_ko} 집결소로 끌려갔습니다.",),
            incident=_IncidentSpec(
                ("refoulement",),
                "border",
                optional=("punishment_for_leaving_country",),
                perpetrators=("chinese_public_security", "chinese_border_guards"),
                description="Forcibly returned across the bridge.",
            ),
        ),
        _Beat(
            required=True,
            months=(0, 1),
            en=(
                "State Security officers beat me during interrogation because they wanted to know "
                "whether I had met South Koreans or missionaries.",
                "During interrogation I was kicked and beaten with a stick until I signed a statement.",
                "In the holding centre we had to sit motionless for hours, and anyone who moved was "
                "beaten.",
            ),
            ko=(
                "보위부 사람들이 남조선 사람이나 선교사를 만났는지 대라며 심문 중에 저를 때렸습니다.",
                "심문 중에 진술서에 손도장을 찍을 때까지 발로 차이고 몽둥이로 맞았습니다.",
                "집결소에서는 몇 시간씩 꼼짝 말고 앉아 있어야 했고 조금이라도 움직이면 맞았습니다.",
            ),
            incident=_IncidentSpec(
                ("torture",),
                "facility",
                optional=("cruel_treatment", "forced_confession", "inhumane_detention_conditions"),
                facility_types=("jipkyulso", "state_security_detention"),
                perpetrators=("state_security",),
                description="Beaten during interrogation after repatriation.",
            ),
        ),
        _Beat(
            en=(
                "Women were made to strip and squat again and again so that the guards could look for "
                "hidden money.",
            ),
            ko=("여자들은 옷을 벗고 돈을 숨겼는지 보려고 여러 번 앉았다 일어섰다를 해야 했습니다.",),
            incident=_IncidentSpec(
                ("invasive_body_search",),
                "facility",
                optional=("sexual_violence_detention",),
                facility_types=("jipkyulso",),
                perpetrators=("peoples_security", "prison_guards"),
                description="Strip search of the women detainees.",
            ),
        ),
        _Beat(
            en=("We were given a handful of corn a day, and many people fell ill.",),
            ko=("하루에 옥수수 한 줌밖에 주지 않아서 많은 사람이 병이 났습니다.",),
        ),
        _Beat(
            months=(1, 3),
            en=(
                "Without any trial I was sent to a labour training camp for {months} months, where we "
                "carried stones and worked in the fields from dawn.",
            ),
            ko=(
                "재판도 없이 {months}개월 동안 노동단련대에 보내져 새벽부터 돌을 나르고 밭일을 했습니다.",
            ),
            incident=_IncidentSpec(
                ("forced_labour", "punishment_without_trial"),
                "facility",
                facility_types=("rodong_danryondae",),
                perpetrators=("peoples_security",),
                description="Labour training camp sentence without trial.",
            ),
        ),
        _Beat(
            months=(6, 14),
            en=(
                "After my release I crossed again in {cur_year}, because I knew I would be watched for "
                "the rest of my life.",
                "When I was released I weighed less than forty kilograms.",
            ),
            ko=(
                "풀려난 뒤 평생 감시당할 것을 알았기 때문에 {cur_year}년에 다시 강을 건넜습니다.",
                "풀려났을 때 몸무게가 40킬로그램도 되지 않았습니다.",
            ),
        ),
    ),
)

_FORCED_ABORTION = _Story(
    key="forced_abortion",
    weight=8,
    female_only=True,
    years=lambda b: (max(b + 18, 2000), min(b + 42, 2022)),
    beats=(
        _Beat(
            required=True,
            en=(
                "I was {preg_months} months pregnant when I was caught in the {cn_place} and sent back "
                "in {year}.",
            ),
            ko=("{year}년에 {cn_place_ko}에서 붙잡혀 북송될 때 저는 임신 {preg_months}개월이었습니다.",),
            incident=_IncidentSpec(
                ("refoulement",),
                "border",
                optional=("arrest_in_china",),
                perpetrators=("chinese_public_security",),
                description="Returned while pregnant.",
            ),
        ),
        _Beat(
            required=True,
            months=(0, 1),
            en=(
                "At the holding centre in {town} the officers said the baby was of \u201cChinese "
                "seed\u201d and could not be allowed to be born.",
            ),
            ko=(
                "{town_ko} 집결소에서 안전원들은 아이가 \u2018중국 종자\u2019라서 낳게 둘 수 없다고 "
                "했습니다.",
            ),
        ),
        _Beat(
            required=True,
            en=(
                "They gave me an injection, the baby was born dead the next day, and nobody gave me any "
                "care afterwards.",
                "A medical assistant forced the abortion without anaesthetic, and I was sent back to the "
                "cell the same day.",
            ),
            ko=(
                "주사를 맞히고 다음 날 아이는 죽은 채로 나왔고, 그 뒤로 아무런 치료도 받지 못했습니다.",
                "의료 담당자가 마취도 없이 강제로 낙태를 시켰고, 저는 그날로 감방에 돌려보내졌습니다.",
            ),
            incident=_IncidentSpec(
                ("enforced_abortion",),
                "facility",
                optional=("denial_of_reproductive_health", "denial_of_medical_care", "cruel_treatment"),
                facility_types=("jipkyulso", "peoples_security_detention"),
                perpetrators=("peoples_security", "state_security"),
                description="Forced abortion in detention after repatriation.",
            ),
        ),
        _Beat(
            en=("Two other women in my cell went through the same thing that month.",),
            ko=("그 달에 같은 감방의 다른 여자 두 명도 똑같은 일을 당했습니다.",),
        ),
        _Beat(
            en=("I still have pain, and I cannot see a doctor in China because I have no papers.",),
            ko=("지금도 몸이 아프지만 신분증이 없어서 중국에서 병원에 갈 수 없습니다.",),
        ),
        _Beat(
            en=("I am telling this so that someone writes it down.",),
            ko=("누군가 이 일을 기록해 주기를 바라서 말씀드립니다.",),
        ),
    ),
)

_RELIGION = _Story(
    key="religion",
    weight=6,
    years=lambda b: (max(b + 18, 2000), 2020),
    beats=(
        _Beat(
            required=True,
            en=("While hiding in the {cn_place} I went to a small house church and was given a Bible.",),
            ko=("{cn_place_ko}에 숨어 있을 때 작은 가정교회에 다니면서 성경책을 받았습니다.",),
        ),
        _Beat(
            required=True,
            months=(6, 24),
            en=("When I was sent back in {cur_year}, the guards found the Bible sewn into my coat.",),
            ko=("{cur_year}년에 북송될 때 경비대가 외투 안에 꿰매 넣은 성경책을 찾아냈습니다.",),
            incident=_IncidentSpec(
                ("refoulement",),
                "border",
                perpetrators=("chinese_public_security",),
                description="Returned; a Bible was found in the search.",
            ),
        ),
        _Beat(
            required=True,
            months=(0, 1),
            en=(
                "State Security interrogated me for weeks about the missionaries and beat me every time "
                "I said I did not know their names.",
            ),
            ko=(
                "보위부는 몇 주 동안 선교사에 대해 심문했고, 이름을 모른다고 할 때마다 저를 때렸습니다.",
            ),
            incident=_IncidentSpec(
                ("religious_persecution", "torture"),
                "facility",
                optional=("punishment_contact_missionaries", "forced_confession"),
                facility_types=("state_security_detention",),
                perpetrators=("state_security",),
                description="Interrogated and beaten over contact with a church.",
            ),
        ),
        _Beat(
            months=(2, 6),
            en=(
                "I was sentenced to {years} years in a prison labour camp after a hearing that lasted a "
                "few minutes.",
            ),
            ko=("몇 분 만에 끝난 재판에서 교화소 {years}년을 선고받았습니다.",),
            incident=_IncidentSpec(
                ("denial_of_fair_trial", "arbitrary_detention"),
                "facility",
                optional=("forced_labour",),
                facility_types=("kyohwaso",),
                perpetrators=("peoples_security",),
                description="Sentenced after a hearing of a few minutes.",
            ),
        ),
        _Beat(
            en=(
                "In the camp I prayed silently, because anyone heard praying was put in the punishment "
                "cell.",
            ),
            ko=("교화소에서는 기도하는 소리가 들리면 독방에 갇혔기 때문에 속으로만 기도했습니다.",),
        ),
        _Beat(
            en=("I still keep my faith, but I have not told my family in the North.",),
            ko=("지금도 믿음을 지키고 있지만 북에 있는 가족에게는 말하지 않았습니다.",),
        ),
    ),
)

_DEATH_IN_CUSTODY = _Story(
    key="death_in_custody",
    weight=5,
    source_type="witnessed",
    years=lambda b: (max(b + 17, 1998), 2020),
    beats=(
        _Beat(
            required=True,
            en=("In {year} I was sent to a prison labour camp in {origin} for crossing the border.",),
            ko=("{year}년에 국경을 넘었다는 이유로 {origin_ko}에 있는 교화소에 보내졌습니다.",),
            incident=_IncidentSpec(
                ("punishment_for_leaving_country", "arbitrary_detention"),
                "facility",
                optional=("forced_labour",),
                facility_types=("kyohwaso",),
                perpetrators=("peoples_security",),
                description="Imprisoned for crossing the border.",
            ),
        ),
        _Beat(
            required=True,
            months=(2, 10),
            en=(
                "A woman in my work unit grew weaker every day, because we were fed only salted cabbage "
                "soup and a little corn.",
            ),
            ko=(
                "같은 작업반 여자 한 명이 소금에 절인 배춧국과 옥수수 조금만 먹으며 날마다 약해졌습니다.",
            ),
        ),
        _Beat(
            required=True,
            months=(0, 2),
            en=(
                "She asked for a doctor many times, but the guards said she was pretending, and she died "
                "on her bunk in the {season}.",
            ),
            ko=(
                "그는 여러 번 의사를 불러 달라고 했지만 간수들은 꾀병이라고 했고, 결국 {season_ko}에 "
                "자리에서 숨졌습니다.",
            ),
            incident=_IncidentSpec(
                ("death_in_custody", "denial_of_medical_care"),
                "facility",
                optional=("inhumane_detention_conditions",),
                facility_types=("kyohwaso",),
                perpetrators=("prison_guards",),
                victim="other",
                description="A fellow prisoner died after being refused care.",
            ),
        ),
        _Beat(
            en=("Her body was carried out at night, and we were told not to talk about it.",),
            ko=("시신은 밤에 실려 나갔고 우리는 그 일을 입 밖에 내지 말라는 말을 들었습니다.",),
        ),
        _Beat(
            en=("That year many prisoners died of diarrhoea and hunger.",),
            ko=("그해에 많은 수감자가 설사와 굶주림으로 죽었습니다.",),
        ),
    ),
)
