"""The UPR draft's charts are drawn by a helper process; a helper that fails costs time, never a chart."""

from __future__ import annotations

import pytest

from intake_app.reports import chart_worker
from intake_app.reports.chart_worker import ChartSpec, draw_all
from intake_app.reports.charts import bar_chart_png

SPECS = [ChartSpec(["고문", "拷問", "Torture"], [12, None, 7], "Victims", "hidden (<5)"),
         ChartSpec(["Forced labour"], [3], "Victims", "hidden (<5)", height=1.6)]


@pytest.fixture(autouse=True)
def fresh_helper():
    chart_worker.stop()
    yield
    chart_worker.stop()


def _here(spec: ChartSpec) -> bytes:
    return bar_chart_png(spec.labels, spec.values, spec.title, spec.hidden_text, height=spec.height)


def test_the_helper_draws_the_same_pictures_as_this_process() -> None:
    drawn = draw_all(SPECS)
    assert chart_worker._helper is not None and chart_worker._helper.alive()  # really drawn over there
    assert drawn == [_here(spec) for spec in SPECS]


def test_a_helper_that_died_is_replaced_and_every_chart_is_drawn() -> None:
    draw_all(SPECS[:1])
    helper = chart_worker._helper
    assert helper is not None
    helper.process.kill()
    helper.process.join()
    assert draw_all(SPECS) == [_here(spec) for spec in SPECS]


def test_a_helper_that_cannot_start_means_the_charts_are_drawn_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise OSError("no processes left")

    monkeypatch.setattr("intake_app.sync.child.start_process", refuse)
    assert draw_all(SPECS) == [_here(spec) for spec in SPECS]
    assert chart_worker._helper is None


def test_a_chart_the_helper_cannot_draw_is_drawn_here(monkeypatch: pytest.MonkeyPatch) -> None:
    draw_all(SPECS[:1])
    helper = chart_worker._helper
    assert helper is not None
    bad = ChartSpec(["a"], [1], "t", "h", height=float("nan"))  # matplotlib refuses a NaN-sized figure
    with pytest.raises(ValueError):
        draw_all([bad])  # drawn here again, where the same error reaches the caller
    assert helper.alive()  # the helper answered with its error and lives on for the next chart
