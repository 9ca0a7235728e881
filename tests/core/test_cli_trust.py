"""`keys`, `profile` and `devices` subcommands, in-process, with a field and an HQ vault."""

from __future__ import annotations

import io
import json
import stat
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from intake_app.cli import main
from intake_app.crypto.signing import SigningKey
from tests.conftest import PASSPHRASE


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def pwfile(tmp_path: Path) -> Path:
    path = tmp_path / "pw.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path, pwfile: Path) -> Callable[..., tuple[int, str, str]]:
    def run(vault: str, *args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(tmp_path / vault), "--passphrase-file", str(pwfile), *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    assert run("hq", "init", "--role", "hq")[0] == 0
    assert run("field", "init")[0] == 0
    return run


def _words(out: str, label: str = "Fingerprint") -> str:
    line = next(line for line in out.splitlines() if line.startswith(label))
    return line.split(":", 1)[1].strip()


def test_init_makes_the_keys(cli, tmp_path: Path) -> None:
    from intake_app.vault.vault import Vault

    for name, kinds in (("hq", ["hq_age", "hq_signing"]), ("field", ["device_signing"])):
        with Vault.open(tmp_path / name, passphrase=PASSPHRASE) as vault, vault.reading() as conn:
            assert sorted(k for (k,) in conn.execute("SELECT kind FROM vault_keys")) == kinds


def test_profile_and_enrollment_flow(cli, tmp_path: Path) -> None:
    code, out, _ = cli("hq", "keys", "show")
    assert code == 0 and "age1" in out
    hq_words = _words(out)
    profile_file = tmp_path / "profile.json"
    code, out, err = cli("hq", "profile", "create", "--out", str(profile_file), "--organisation", "Relief NGO",
                         "--allow-identifying", "case:legal_name,phone", "--purge-days", "10")
    assert code == 0, err
    assert hq_words in out and str(profile_file) in out
    assert json.loads(profile_file.read_text())["profile"]["export_policy"]["purge_delay_days"] == 10

    code, out, err = cli("field", "profile", "import", str(profile_file), "--yes")
    assert code == 0, err
    assert hq_words in out and "now trusted" in out
    code, out, _ = cli("field", "profile", "show")
    assert code == 0 and "Relief NGO" in out and "case:legal_name,phone" in out and _words(out) == hq_words
    code, out, _ = cli("field", "keys", "show")
    assert code == 0 and _words(out, "Trusted headquarters fingerprint") == hq_words

    request = tmp_path / "request.json"
    code, out, err = cli("field", "devices", "request", "--out", str(request), "--label", "Laptop 3")
    assert code == 0, err
    device_id = json.loads(request.read_text())["request"]["device_id"]
    fingerprint = _words(out, "Key fingerprint")
    code, out, err = cli("hq", "devices", "approve", str(request))
    assert code == 0, err
    assert "approved" in out and fingerprint in out
    code, out, _ = cli("hq", "devices", "list")
    assert code == 0
    [row] = [line.split("\t") for line in out.splitlines() if line.startswith(device_id)]
    assert row[1] == "approved" and row[2] == "Laptop 3" and row[3] == fingerprint

    code, out, err = cli("hq", "devices", "revoke", device_id, "--since", "2024-03-01")
    assert code == 0, err
    assert "revoked" in out and "2024-03-01" in out
    code, out, _ = cli("hq", "devices", "list")
    assert "\trevoked\t" in out and out.rstrip().endswith("2024-03-01\tintact")
    code, _out, err = cli("hq", "devices", "approve", str(request))
    assert code == 1 and "revoked" in err


def test_profile_import_asks_to_compare(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    profile_file = tmp_path / "profile.json"
    assert cli("hq", "profile", "create", "--out", str(profile_file), "--organisation", "NGO")[0] == 0
    # No terminal and no --yes: refused, nothing stored.
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _out, err = cli("field", "profile", "import", str(profile_file))
    assert code == 2 and "--yes" in err
    monkeypatch.setattr("sys.stdin", FakeTerminal("n\n"))
    code, out, _err = cli("field", "profile", "import", str(profile_file))
    assert code == 1 and "not imported" in out
    code, _out, err = cli("field", "profile", "show")
    assert code == 1 and "No deployment profile" in err
    monkeypatch.setattr("sys.stdin", FakeTerminal("yes\n"))
    code, out, _err = cli("field", "profile", "import", str(profile_file))
    assert code == 0 and "now trusted" in out


def test_profile_update_and_impostor(cli, tmp_path: Path) -> None:
    first, second = tmp_path / "p1.json", tmp_path / "p2.json"
    assert cli("hq", "profile", "create", "--out", str(first), "--organisation", "NGO")[0] == 0
    assert cli("field", "profile", "import", str(first), "--yes")[0] == 0
    code, out, _ = cli("hq", "keys", "rotate")
    assert code == 0 and "age1" in out
    assert cli("hq", "profile", "create", "--out", str(second), "--organisation", "NGO")[0] == 0
    code, out, _ = cli("field", "profile", "import", str(second))  # an update needs no confirmation
    assert code == 0 and "updated" in out
    code, _out, err = cli("field", "profile", "import", str(first))
    assert code == 1 and "older" in err
    assert cli("impostor", "init", "--role", "hq")[0] == 0
    forged = tmp_path / "forged.json"
    for _ in range(3):
        forged.unlink(missing_ok=True)
        assert cli("impostor", "profile", "create", "--out", str(forged), "--organisation", "NGO")[0] == 0
    code, _out, err = cli("field", "profile", "import", str(forged))
    assert code == 1 and "different headquarters key" in err
    tampered = json.loads(second.read_text())
    tampered["profile"]["organisation"] = "Evil"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(tampered))
    code, _out, err = cli("field", "profile", "import", str(bad))
    assert code == 1 and "signature" in err
    code, out, _ = cli("field", "profile", "show")
    assert "Version: 2" in out


def test_keys_backup(cli, tmp_path: Path) -> None:
    assert cli("hq", "keys", "rotate")[0] == 0
    backup = tmp_path / "backup.txt"
    code, out, err = cli("hq", "keys", "backup", "--out", str(backup))
    assert code == 0
    assert "read every bundle" in err and str(backup) in out
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    text = backup.read_text()
    assert text.count("AGE-SECRET-KEY-1") == 2
    code, _out, err = cli("hq", "keys", "backup", "--out", str(backup))
    assert code == 2 and "already exists" in err
    assert backup.read_text() == text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".backup")] == []


def test_wrong_roles_exit_2(cli, tmp_path: Path) -> None:
    out_file = str(tmp_path / "x.json")
    for vault, args in (("field", ["keys", "rotate"]), ("field", ["keys", "backup", "--out", out_file]),
                        ("field", ["profile", "create", "--out", out_file, "--organisation", "X"]),
                        ("field", ["devices", "list"]), ("field", ["devices", "revoke", str(uuid.uuid4())]),
                        ("field", ["devices", "approve", str(uuid.uuid4())]),
                        ("hq", ["devices", "request", "--out", out_file])):
        code, _out, err = cli(vault, *args)
        assert code == 2, (vault, args, err)
        assert "headquarters" in err or "field device" in err
    assert not Path(out_file).exists()
    profile_file = tmp_path / "p.json"
    assert cli("hq", "profile", "create", "--out", str(profile_file), "--organisation", "NGO")[0] == 0
    code, _out, err = cli("hq", "profile", "import", str(profile_file), "--yes")
    assert code == 2 and "field device" in err


def devices_words(key: SigningKey) -> str:
    from intake_app.hq.devices import key_fingerprint_words

    return key_fingerprint_words(key.public)


def test_approve_pending_device_by_id(cli, tmp_path: Path) -> None:
    from intake_app.hq.devices import record_unknown_device
    from intake_app.vault.vault import Vault

    device_id, key = str(uuid.uuid4()), SigningKey.generate()
    with Vault.open(tmp_path / "hq", passphrase=PASSPHRASE) as vault, vault.transaction() as conn:
        record_unknown_device(conn, device_id, key.public.b64())
    code, out, _ = cli("hq", "devices", "list")
    assert "\tpending\t" in out
    code, out, err = cli("hq", "devices", "approve", device_id)  # no terminal to compare the words on
    assert code != 0 and "--yes" in err and "\tpending\t" in cli("hq", "devices", "list")[1]
    code, out, err = cli("hq", "devices", "approve", device_id, "--yes")
    assert code == 0, err
    assert "approved" in out and devices_words(key) in out
    code, _out, err = cli("hq", "devices", "approve", str(uuid.uuid4()))
    assert code == 1 and "No device" in err
    code, _out, err = cli("hq", "devices", "revoke", device_id, "--since", "tomorrow")
    assert code == 2


def test_existing_output_is_never_overwritten(cli, tmp_path: Path) -> None:
    taken = tmp_path / "taken.json"
    taken.write_text("keep me")
    for vault, args in (("hq", ["profile", "create", "--out", str(taken), "--organisation", "NGO"]),
                        ("field", ["devices", "request", "--out", str(taken)])):
        code, _out, err = cli(vault, *args)
        assert code == 2 and "already exists" in err
    assert taken.read_text() == "keep me"


def test_quarantine_limits_are_shown_and_set(cli) -> None:
    code, out, err = cli("hq", "devices", "quarantine")
    assert code == 0, err
    assert "0 of at most 10" in out and "of at most 256 MiB" in out
    code, out, err = cli("hq", "devices", "quarantine", "--devices", "3", "--max-mib", "64")
    assert code == 0 and "0 of at most 3" in out and "of at most 64 MiB" in out
    code, _out, err = cli("hq", "devices", "quarantine", "--bundles", "-1")
    assert code != 0 and err
