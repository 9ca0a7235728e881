"""`duress set|remove` and `settings set` on the command line; records, search and verify on the decoy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake_app import paths
from intake_app.cli import main
from tests.conftest import PASSPHRASE
from tests.core.test_cli import EXAMPLE, init, run

DURESS = "kettle saffron meadow pencil 9"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, secret in (("pw", PASSPHRASE), ("duress", DURESS)):
        out[name] = tmp_path / f"{name}.txt"
        out[name].write_text(secret + "\n", encoding="utf-8")
    return out


def test_duress_set_then_commands_work_on_the_decoy(capsys, tmp_path: Path, files) -> None:
    data = tmp_path / "vault"
    init(capsys, data, files["pw"])
    real = ["--data-dir", str(data), "--passphrase-file", str(files["pw"])]
    decoy = ["--data-dir", str(data), "--passphrase-file", str(files["duress"])]
    assert run(capsys, "records", "import", str(EXAMPLE), *real)[0] == 0
    before = sorted((p.name, p.stat().st_size) for p in data.iterdir())
    code, out, err = run(capsys, "duress", "set", "--duress-passphrase-file", str(files["duress"]), *real)
    assert code == 0, err
    assert "decoy" in out
    assert sorted((p.name, p.stat().st_size) for p in data.iterdir()) == before
    assert run(capsys, "records", "count", "--type", "aid", *real)[1] == "2\n"
    assert run(capsys, "records", "count", "--type", "aid", *decoy)[:2] == (0, "0\n")
    code, out, err = run(capsys, "records", "search", "onsong", *decoy)
    assert code == 0 and "testimony" not in out
    code, out, _ = run(capsys, "verify", *decoy)
    assert code == 0 and "FAILED" not in out
    assert run(capsys, "duress", "remove", *real)[0] == 0
    code, _out, err = run(capsys, "records", "count", *decoy)
    assert code == 1 and "passphrase" in err.lower()


def test_duress_destroy_real_warns_and_destroys(capsys, tmp_path: Path, files) -> None:
    data = tmp_path / "vault"
    recovery = init(capsys, data, files["pw"])
    real = ["--data-dir", str(data), "--passphrase-file", str(files["pw"])]
    code, out, _ = run(capsys, "duress", "set", "--duress-passphrase-file", str(files["duress"]),
                       "--destroy-real", *real)
    assert code == 0 and "headquarters" in out
    assert run(capsys, "records", "count", "--data-dir", str(data),
               "--passphrase-file", str(files["duress"]), "--type", "case")[:2] == (0, "0\n")
    assert run(capsys, "records", "count", *real)[0] == 1
    key_file = tmp_path / "rk.txt"
    key_file.write_text(recovery + "\n", encoding="utf-8")
    assert run(capsys, "records", "count", "--data-dir", str(data), "--recovery-key-file", str(key_file))[0] == 1


def test_duress_same_as_real_is_refused(capsys, tmp_path: Path, files) -> None:
    data = tmp_path / "vault"
    init(capsys, data, files["pw"])
    blob = paths.keyslots_path(data).read_bytes()
    code, _out, err = run(capsys, "duress", "set", "--duress-passphrase-file", str(files["pw"]),
                          "--data-dir", str(data), "--passphrase-file", str(files["pw"]))
    assert code == 2 and "differ" in err
    assert paths.keyslots_path(data).read_bytes() == blob


@pytest.mark.parametrize(("args", "expected"), [
    (("wipe-after", "7"), {"wipe_after": 7}),
    (("wipe-after", "off"), {"wipe_after": 0}),
    (("panic", "destroy"), {"panic_action": "destroy"}),
    (("panic", "lock"), {"panic_action": "lock"}),
])
def test_settings_set(capsys, tmp_path: Path, files, args, expected) -> None:
    data = tmp_path / "vault"
    init(capsys, data, files["pw"])
    code, out, err = run(capsys, "settings", "set", *args, "--data-dir", str(data),
                         "--passphrase-file", str(files["pw"]))
    assert code == 0, err
    saved = json.loads(paths.settings_path(data).read_text())
    assert {k: saved[k] for k in expected} == expected
    assert out


@pytest.mark.parametrize("args", [("wipe-after", "3"), ("wipe-after", "0"), ("wipe-after", "many"),
                                  ("panic", "explode")])
def test_settings_bad_values_write_nothing(capsys, tmp_path: Path, files, args) -> None:
    data = tmp_path / "vault"
    init(capsys, data, files["pw"])
    before = sorted(p.name for p in data.iterdir())
    settings_before = paths.settings_path(data).read_bytes() if paths.settings_path(data).exists() else None
    code, _out, err = run(capsys, "settings", "set", *args, "--data-dir", str(data),
                          "--passphrase-file", str(files["pw"]))
    assert code == 2 and "nothing was changed" in err
    assert sorted(p.name for p in data.iterdir()) == before
    after = paths.settings_path(data).read_bytes() if paths.settings_path(data).exists() else None
    assert after == settings_before


def test_help_lists_the_groups(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "duress" in out and "settings" in out
