"""What a spreadsheet column can fill, per record type.

A spreadsheet row is flat, so nested parts of a record get flat fields: one aid item per row
(`item`, `quantity`, `unit`), one incident per testimony row, consents as a list of scopes given.
Labels are the ones the record forms show, so a header typed in any of the four languages as the app
shows it is recognised; a few common synonyms per field help the rest.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from intake_app.i18n import N_, _

IMPORT_TYPES: tuple[str, ...] = ("case", "aid", "testimony")


class Kind(enum.StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    DAY = "day"            # a full date: YYYY-MM-DD
    PARTIAL_DATE = "partial_date"  # a year, a month or a day, with its precision
    CHOICE = "choice"      # one key of a taxonomy list
    CHOICES = "choices"    # several keys of a taxonomy list, in one cell
    REFERENCE = "reference"  # names a case: a row's reference in this file, or a case code in the vault
    RECORD_TYPE = "record_type"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str             # English, marked for translation: shown translated, matched in every language
    kind: Kind
    list_name: str | None = None
    required: bool = False
    identifying: bool = False
    synonyms: tuple[str, ...] = field(default_factory=tuple)

    def shown_label(self) -> str:
        return _(self.label)


def _f(key: str, label: str, kind: Kind = Kind.TEXT, list_name: str | None = None, *,
       required: bool = False, identifying: bool = False, synonyms: tuple[str, ...] = ()) -> FieldSpec:
    return FieldSpec(key, label, kind, list_name, required, identifying, synonyms)


TYPE_FIELD = _f("type", N_("Record type"), Kind.RECORD_TYPE,
                synonyms=("type", "record type", "종류", "유형", "種類", "種別", "类型", "类别"))
REF_FIELD = _f("ref", N_("Reference in this file"), Kind.TEXT,
               synonyms=("ref", "id", "no", "no.", "번호", "番号", "编号", "序号"))

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "case": (
        REF_FIELD,
        _f("code", N_("Code"), synonyms=("case code", "사례 코드", "ケースコード", "个案编号")),
        _f("alias", N_("Alias"), required=True, synonyms=("가명", "별칭", "仮名", "通称", "化名", "别名")),
        _f("sex", N_("Sex"), Kind.CHOICE, "sexes", synonyms=("성별", "性別", "性别", "gender")),
        _f("birth_year", N_("Birth year"), Kind.INTEGER,
           synonyms=("출생연도", "출생년도", "生年", "出生年份", "year of birth")),
        _f("province_of_origin", N_("Province of origin"), Kind.CHOICE, "dprk_provinces",
           synonyms=("출신지", "고향", "출신 지역", "出身地", "出身", "籍贯", "原籍")),
        _f("situation", N_("Situation"), Kind.CHOICE, "situations",
           synonyms=("현재 상황", "상황", "状況", "现状", "状况")),
        _f("vulnerabilities", N_("Vulnerabilities"), Kind.CHOICES, "vulnerabilities",
           synonyms=("취약성", "脆弱性", "弱势情况")),
        _f("household_ref", N_("Household member (reference)"), Kind.REFERENCE,
           synonyms=("household", "가족", "世帯", "家庭成员")),
        _f("household_relation", N_("Relation"), Kind.CHOICE, "relations", synonyms=("관계", "続柄", "关系")),
        _f("notes", N_("Notes"), synonyms=("비고", "메모", "備考", "メモ", "备注")),
        _f("legal_name", N_("Legal name"), identifying=True,
           synonyms=("실명", "본명", "이름", "本名", "氏名", "实名", "真实姓名", "姓名", "name")),
        _f("birth_date", N_("Exact birth date"), Kind.DAY, identifying=True,
           synonyms=("생년월일", "生年月日", "出生日期", "birth date", "date of birth")),
        _f("phone", N_("Phone"), identifying=True, synonyms=("전화", "전화번호", "電話", "電話番号", "电话")),
        _f("address", N_("Address"), identifying=True, synonyms=("주소", "住所", "地址")),
    ),
    "aid": (
        REF_FIELD,
        _f("case_ref", N_("Case (reference or code)"), Kind.REFERENCE, required=True,
           synonyms=("case", "사례", "수혜자", "ケース", "受給者", "个案", "受助人")),
        _f("date", N_("Date"), Kind.DAY, required=True, synonyms=("날짜", "일자", "지원일", "日付", "支援日", "日期")),
        _f("category", N_("Category"), Kind.CHOICE, "aid_categories", required=True,
           synonyms=("분류", "지원 종류", "区分", "支援の種類", "类别", "援助类别")),
        _f("item", N_("Item"), synonyms=("품목", "물품", "品目", "物品")),
        _f("quantity", N_("Quantity"), Kind.NUMBER, synonyms=("수량", "数量")),
        _f("unit", N_("Unit"), Kind.CHOICE, "units", synonyms=("단위", "単位", "单位")),
        _f("value", N_("Value"), Kind.NUMBER, synonyms=("금액", "가액", "金額", "金额", "amount")),
        _f("currency", N_("Currency"), Kind.CHOICE, "currencies", synonyms=("통화", "通貨", "货币", "币种")),
        _f("province", N_("Province (China)"), Kind.CHOICE, "china_provinces",
           synonyms=("성", "지역", "省", "地域", "地区")),
        _f("place", N_("Place"), synonyms=("장소", "場所", "地点")),
        _f("notes", N_("Notes"), synonyms=("비고", "메모", "備考", "メモ", "备注")),
    ),
    "testimony": (
        REF_FIELD,
        _f("witness_ref", N_("Witness (reference or code)"), Kind.REFERENCE, required=True,
           synonyms=("witness", "증언자", "証言者", "证人")),
        _f("interview_date", N_("Interview date"), Kind.DAY, required=True,
           synonyms=("면담일", "인터뷰 날짜", "面談日", "聞き取り日", "访谈日期")),
        _f("interviewer", N_("Interviewer"), required=True, synonyms=("면담자", "面談者", "聞き手", "访谈人")),
        _f("language", N_("Language"), Kind.CHOICE, "interview_languages", required=True,
           synonyms=("언어", "言語", "语言")),
        _f("interpreter", N_("Interpreter"), synonyms=("통역", "통역자", "通訳", "翻译", "口译")),
        _f("source_type", N_("Source"), Kind.CHOICE, "source_types", required=True,
           synonyms=("출처", "정보원", "情報源", "来源")),
        _f("narrative", N_("Narrative"), required=True,
           synonyms=("증언", "증언 내용", "証言", "証言内容", "陈述", "证词")),
        _f("consents", N_("Consents given"), Kind.CHOICES, "consent_scopes", synonyms=("동의", "同意")),
        _f("consent_date", N_("Consent date"), Kind.DAY, synonyms=("동의일", "同意日", "同意日期")),
        _f("consent_method", N_("Consent method"), Kind.CHOICE, "consent_methods",
           synonyms=("동의 방법", "同意方法", "同意方式")),
        _f("violation_types", N_("Violation types"), Kind.CHOICES, "violation_types",
           synonyms=("인권 침해", "침해 유형", "人権侵害", "侵害の種類", "侵权类型", "违反类型")),
        _f("incident_date", N_("Incident date"), Kind.PARTIAL_DATE,
           synonyms=("사건 날짜", "발생일", "사건일", "事件の日付", "発生日", "事件日期", "发生日期")),
        _f("incident_province", N_("Incident province (North Korea)"), Kind.CHOICE, "dprk_provinces",
           synonyms=("사건 장소 도", "発生地", "事件地点省份")),
        _f("facility_type", N_("Facility type"), Kind.CHOICE, "facility_types",
           synonyms=("시설", "시설 유형", "施設", "施設の種類", "设施", "设施类型")),
        _f("incident_place", N_("Place name"), synonyms=("사건 장소", "장소", "場所", "地点")),
        _f("perpetrator", N_("Perpetrator"), Kind.CHOICE, "perpetrators",
           synonyms=("가해자", "加害者", "施害者", "加害方")),
        _f("victim_relation", N_("Victim"), Kind.CHOICE, "relations", synonyms=("피해자", "被害者", "受害人")),
        _f("incident_description", N_("Incident description"),
           synonyms=("사건 내용", "事件の内容", "事件描述")),
        _f("notes", N_("Notes"), synonyms=("비고", "메모", "備考", "メモ", "备注")),
    ),
}

TYPE_LABELS: dict[str, str] = {"case": N_("Cases"), "aid": N_("Aid"), "testimony": N_("Testimonies")}
# A sheet or a type column may name the type in any of the four languages.
TYPE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "case": ("case", "cases", "사례", "대상자", "ケース", "相談者", "个案", "案例"),
    "aid": ("aid", "aid distribution", "aid distributions", "지원", "지원 내역", "支援", "援助", "援助记录"),
    "testimony": ("testimony", "testimonies", "증언", "証言", "证词", "证言"),
}


def field_spec(record_type: str, key: str) -> FieldSpec | None:
    return next((f for f in FIELDS[record_type] if f.key == key), None)
