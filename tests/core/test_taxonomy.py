"""The taxonomy file, its schema and the loader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from intake_app.domain.taxonomy import (
    LANGUAGES,
    Taxonomy,
    TaxonomyError,
    load_taxonomy,
    load_taxonomy_from,
)
from intake_app.errors import IntakeError
from intake_app.resources import schema_path

REQUIRED_LISTS = {
    "dprk_provinces", "china_provinces", "place_kinds", "facility_types", "aid_categories", "units",
    "perpetrators", "situations", "vulnerabilities", "sexes", "relations", "consent_scopes",
    "consent_methods", "source_types", "date_precisions", "interview_languages", "currencies",
    "source_reliability", "information_credibility",
}

HURIDOCS = {
    "torture": "02011111",
    "arbitrary_detention": "03010200",
    "collective_punishment": "02012100",
    "enforced_abortion": "08010300",
    "forced_labour": "30010201",
    "refoulement": "38010100",
}


@pytest.fixture(scope="module")
def tax() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture
def raw() -> dict:
    return json.loads(schema_path("taxonomy.json").read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "taxonomy.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_file_validates_against_schema(raw: dict) -> None:
    schema = json.loads(schema_path("taxonomy.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    errors = [e.message for e in Draft202012Validator(schema).iter_errors(raw)]
    assert errors == []


def test_loader_is_cached(tax: Taxonomy) -> None:
    assert load_taxonomy() is tax
    assert tax.version == "1.0.0"


def test_exactly_ten_themes(tax: Taxonomy) -> None:
    assert len(tax.themes) == 10
    assert len({t.key for t in tax.themes}) == 10
    # Every theme is used, otherwise it is not one of the seed's working themes.
    assert {v.theme for v in tax.violation_types} == {t.key for t in tax.themes}


def test_violation_count(tax: Taxonomy) -> None:
    assert 30 <= len(tax.violation_types) <= 45


@pytest.mark.parametrize(("key", "code"), sorted(HURIDOCS.items()))
def test_known_huridocs_codes(tax: Taxonomy, key: str, code: str) -> None:
    assert tax.violation(key).huridocs == code


def test_no_other_huridocs_codes(tax: Taxonomy) -> None:
    # Codes beyond the six verified ones would be invented; the file must use null instead.
    coded = {v.key: v.huridocs for v in tax.violation_types if v.huridocs is not None}
    assert coded == HURIDOCS


def test_required_violation_types_present(tax: Taxonomy) -> None:
    required = {
        "public_execution", "extrajudicial_killing", "enforced_disappearance", "death_in_custody",
        "infanticide", "sexual_violence_detention", "trafficking_of_women", "forced_marriage",
        "denial_of_food", "political_prison_camp", "songbun_discrimination", "restriction_of_movement",
        "punishment_for_leaving_country", "religious_persecution", "punishment_foreign_media",
        "denial_of_medical_care", "child_labour", "denial_of_education", "family_separation",
    } | set(HURIDOCS)
    assert required <= tax.keys("violation_types")


def test_every_violation_has_an_article(tax: Taxonomy) -> None:
    for v in tax.violation_types:
        assert v.articles, v.key
        assert all(numbers for numbers in v.articles.values()), v.key
        assert set(v.articles) <= {"ICCPR", "ICESCR", "CEDAW", "CRC"}


def test_core_articles(tax: Taxonomy) -> None:
    assert tax.violation("torture").articles["ICCPR"] == ("7",)
    assert "37" in tax.violation("torture").articles["CRC"]
    assert "9" in tax.violation("arbitrary_detention").articles["ICCPR"]
    assert "11" in tax.violation("denial_of_food").articles["ICESCR"]
    assert "6" in tax.violation("public_execution").articles["ICCPR"]
    assert "12" in tax.violation("restriction_of_movement").articles["ICCPR"]
    assert "18" in tax.violation("religious_persecution").articles["ICCPR"]
    assert "6" in tax.violation("trafficking_of_women").articles["CEDAW"]


def test_articles_text(tax: Taxonomy) -> None:
    assert tax.articles_text("torture") == "ICCPR 7; CRC 37"
    assert tax.articles_text("arbitrary_detention").startswith("ICCPR 9")


def test_all_labels_present(tax: Taxonomy) -> None:
    entries = [*tax.themes, *tax.violation_types]
    for name in tax.list_names():
        entries.extend(tax.terms(name))
    for entry in entries:
        for lang in LANGUAGES:
            assert entry.labels.get(lang, "").strip(), (entry.key, lang)


def test_violation_labels_are_translated(tax: Taxonomy) -> None:
    for v in tax.violation_types:
        for lang in ("ko", "ja", "zh"):
            assert v.labels[lang] != v.labels["en"], (v.key, lang)
            # A translation with no Hangul / kana / Han character at all is an English leftover.
            assert any(ord(ch) > 0x2E80 for ch in v.labels[lang]), (v.key, lang)


def test_required_lists(tax: Taxonomy) -> None:
    assert set(tax.list_names()) == REQUIRED_LISTS


def test_list_contents(tax: Taxonomy) -> None:
    assert {"pyongyang", "rason", "north_hamgyong", "ryanggang"} <= tax.keys("dprk_provinces")
    assert {"kwanliso", "kyohwaso", "jipkyulso", "rodong_danryondae"} <= tax.keys("facility_types")
    assert tax.label("aid_categories", "transport", "en") == "Transport / safe passage"
    assert tax.label("perpetrators", "state_security", "ko").startswith("국가보위성")
    assert tax.label("facility_types", "kwanliso", "ko").endswith("(관리소)")
    assert {"CNY", "USD", "KRW", "JPY", "EUR", "THB", "LAK", "VND", "MNT"} == tax.keys("currencies")


def test_china_border_provinces_first(tax: Taxonomy) -> None:
    provinces = tax.terms("china_provinces")
    flags = [p.extra["border"] for p in provinces]
    assert flags == sorted(flags, reverse=True)  # all True before any False
    assert {p.key for p in provinces if p.extra["border"]} == {"jilin", "liaoning"}
    assert {"heilongjiang", "inner_mongolia", "beijing", "shandong", "shanghai", "guangdong", "guangxi",
            "yunnan"} <= tax.keys("china_provinces")


def test_unit_kinds(tax: Taxonomy) -> None:
    kinds = {t.key: t.extra["kind"] for t in tax.terms("units")}
    assert kinds["kg"] == "mass"
    assert kinds["litre"] == "volume"
    assert kinds["night"] == "time"
    assert kinds["piece"] == "count"


def test_unknown_list_raises(tax: Taxonomy) -> None:
    with pytest.raises(KeyError):
        tax.terms("no_such_list")
    with pytest.raises(KeyError):
        tax.keys("no_such_list")


@pytest.mark.parametrize(
    ("query", "lang"),
    [("고문", "ko"), ("拷問", "ja"), ("酷刑", "zh"), ("ICCPR 7", "en"), ("iccpr 7", "en"), ("02011111", "en"),
     ("torture", "ko"), ("酷刑", "zh_CN")],
)
def test_search_finds_torture(tax: Taxonomy, query: str, lang: str) -> None:
    assert "torture" in [v.key for v in tax.search_violations(query, lang)]


def test_search_by_article_is_specific(tax: Taxonomy) -> None:
    found = tax.search_violations("CEDAW 6", "en")
    assert "trafficking_of_women" in {v.key for v in found}
    assert "torture" not in {v.key for v in found}
    assert all(any(ref.startswith("CEDAW 6") for ref in v.article_refs()) for v in found)
    assert tax.search_violations("zzz-no-such-thing", "en") == []


def test_search_empty_returns_all_in_theme_order(tax: Taxonomy) -> None:
    found = tax.search_violations("  ", "en")
    assert len(found) == len(tax.violation_types)
    rank = {t.key: i for i, t in enumerate(tax.themes)}
    assert [rank[v.theme] for v in found] == sorted(rank[v.theme] for v in found)


def test_label_languages_and_fallback(tax: Taxonomy) -> None:
    assert tax.label("violation_types", "torture", "ko") == "고문"
    assert tax.label("violation_types", "torture", "ko_KR") == "고문"
    assert tax.label("violation_types", "torture", "zh-CN") == "酷刑"
    assert tax.label("violation_types", "torture", "zh_CN") == "酷刑"
    assert tax.label("violation_types", "torture", "fr") == "Torture"
    assert tax.label("sexes", "female", "de") == "Female"
    assert tax.label("themes", "health", "xx") == tax.theme("health").labels["en"]
    assert tax.label("sexes", "no_such_key", "ko") == "no_such_key"


def test_copy_loads_through_path(tmp_path: Path, raw: dict) -> None:
    loaded = load_taxonomy_from(_write(tmp_path, raw))
    assert len(loaded.violation_types) == len(load_taxonomy().violation_types)


def test_unknown_theme_rejected(tmp_path: Path, raw: dict) -> None:
    raw["violation_types"][0]["theme"] = "no_such_theme"
    with pytest.raises(TaxonomyError, match="unknown theme"):
        load_taxonomy_from(_write(tmp_path, raw))


def test_duplicate_violation_key_rejected(tmp_path: Path, raw: dict) -> None:
    raw["violation_types"].append(dict(raw["violation_types"][0]))
    with pytest.raises(TaxonomyError, match="duplicate key"):
        load_taxonomy_from(_write(tmp_path, raw))


def test_duplicate_list_key_rejected(tmp_path: Path, raw: dict) -> None:
    raw["lists"]["sexes"].append(raw["lists"]["sexes"][0])
    with pytest.raises(TaxonomyError, match="duplicate key"):
        load_taxonomy_from(_write(tmp_path, raw))


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d["violation_types"][0]["labels"].pop("zh"),
        lambda d: d["violation_types"][0].__setitem__("huridocs", "1234"),
        lambda d: d["violation_types"][0].__setitem__("articles", {}),
        lambda d: d["violation_types"][0].__setitem__("articles", {"CAT": ["1"]}),
        lambda d: d["lists"].pop("currencies"),
        lambda d: d["lists"]["currencies"][0].__setitem__("key", "cny"),
        lambda d: d["lists"]["sexes"][0].__setitem__("key", "Female"),
        lambda d: d["lists"]["units"][0].__setitem__("kind", "weight"),
        lambda d: d["themes"][0]["labels"].__setitem__("ja", " "),
    ],
)
def test_schema_violations_rejected(tmp_path: Path, raw: dict, breakage: object) -> None:
    breakage(raw)  # type: ignore[operator]
    with pytest.raises(TaxonomyError):
        load_taxonomy_from(_write(tmp_path, raw))


def test_unreadable_file_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "taxonomy.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(TaxonomyError):
        load_taxonomy_from(bad)
    with pytest.raises(TaxonomyError):
        load_taxonomy_from(tmp_path / "missing.json")
    assert issubclass(TaxonomyError, IntakeError)
