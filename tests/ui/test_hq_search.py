"""The coordinator's search: records from the field found by the labels of their taxonomy values and by their
case's alias, grouped by type with a count for each, and named by the device they came from."""

from __future__ import annotations

import pytest

from intake_app.hq.importer import import_bundle
from intake_app.sync.export import export_bundle
from intake_app.ui.hq.records import HqSearchPage
from intake_app.vault.records import RecordStore
from tests.core.bundle_helpers import add_records, make_field, make_hq
from tests.ui.records_support import type_text
from tests.ui.shell_support import english_ui


@pytest.fixture(autouse=True)
def _english():
    with english_ui():
        yield


@pytest.fixture
def received(tmp_path):
    """HQ after importing a field laptop's bundle: two cases, each with aid, and a testimony of torture."""
    hq, profile = make_hq(tmp_path / "hq")
    field = make_field(tmp_path / "field", hq, profile)
    ids = add_records(field, 2)
    stick = tmp_path / "stick"
    stick.mkdir()
    import_bundle(hq, export_bundle(field, stick).path)
    yield hq, ids
    from intake_app.ui.workers import wait_for_tasks

    wait_for_tasks()
    hq.close()
    field.close()


def test_hq_search_groups_by_type_and_finds_by_label_and_alias(qtbot, received):
    hq, ids = received
    first_case, first_aid, _second_case, _second_aid, testimony = ids
    page = HqSearchPage(hq)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)

    qtbot.keyClicks(page.text, "Alias 0")
    qtbot.waitUntil(lambda: page.result_ids() == [first_case, first_aid, testimony], timeout=5_000)
    assert [page.model.index(r, 0).data() for r in range(3)] == ["Case", "Aid", "Testimony"]
    assert [box.text() for box in page.filters.types.values()] == ["1 case", "1 aid distribution", "1 testimony"]
    assert page.origin_of(0) == page.origin_of(2) != "headquarters"

    page.text.clear()
    type_text(qtbot, page.text, "酷刑")
    qtbot.waitUntil(lambda: page.result_ids() == [testimony], timeout=5_000)
    assert page.count_label.text() == "Found: 1"
    assert [box.text() for box in page.filters.types.values()] == ["0 cases", "0 aid distributions", "1 testimony"]
    assert RecordStore(hq).get_envelope(testimony)["data"]["incidents"][0]["violation_types"] == ["torture"]
