"""The reference tools read what we write: Debian's `age` decrypts a bundle with HQ's backup identity file,
and `minisign` verifies its manifest with the device's public key.

The decrypted tar stays in memory; only the identity file, the manifest, its signature and the public key
are written to tmp_path for the tools. `tools/ensure-debs.sh` (run by `make test`) installs both tools.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from intake_app.sync import keystore
from intake_app.sync.export import export_bundle
from tests.core.bundle_helpers import add_records, make_field, make_hq
from tests.reference import needs_tools

pytestmark = needs_tools("age", "minisign")


def test_age_decrypts_and_minisign_verifies(tmp_path: Path) -> None:
    hq, profile = make_hq(tmp_path / "hq")
    field_vault = make_field(tmp_path / "field", hq, profile)
    add_records(field_vault, 2, attachment=b"\x89PNG fake photo")
    out = tmp_path / "stick"
    out.mkdir()
    bundle = export_bundle(field_vault, out).path
    assert bundle is not None
    identity_file = tmp_path / "hq-identities.txt"
    identity_file.write_text(keystore.backup_identity_file(hq), encoding="utf-8")
    identity_file.chmod(0o600)

    done = subprocess.run(["age", "-d", "-i", str(identity_file), str(bundle)], capture_output=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    with tarfile.open(fileobj=io.BytesIO(done.stdout)) as tar:
        names = tar.getnames()
        manifest = tar.extractfile("manifest.json").read()  # type: ignore[union-attr]
        signature = tar.extractfile("manifest.minisig").read()  # type: ignore[union-attr]
    assert names[:3] == ["manifest.json", "manifest.minisig", "records.ndjson"]

    (tmp_path / "manifest.json").write_bytes(manifest)
    (tmp_path / "manifest.minisig").write_bytes(signature)
    pub = tmp_path / "device.pub"
    pub.write_text(keystore.device_signing_key(field_vault).public.to_minisign_file(), encoding="ascii")
    verified = subprocess.run(["minisign", "-V", "-m", "manifest.json", "-x", "manifest.minisig", "-p", "device.pub"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False)
    assert verified.returncode == 0, verified.stderr
    assert f"device {field_vault.info.device_id} seq 1" in verified.stdout

    (tmp_path / "manifest.json").write_bytes(manifest.replace(b'"sequence":1', b'"sequence":2'))
    tampered = subprocess.run(["minisign", "-V", "-m", "manifest.json", "-x", "manifest.minisig", "-p", "device.pub"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False)
    assert tampered.returncode != 0
    field_vault.close()
    hq.close()
