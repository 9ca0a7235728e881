"""The C2SP CCTV age test vectors (npm package `cctv-age`) through our decrypt wrapper.

`make cctv` (a dependency of `make test`) installs the package into build/cctv (tools/cctv.sh: the version and
its sha512 are pinned in tools/cctv/package-lock.json, and Debian's nodejs and npm are installed first when npm
is missing). When the vectors are missing this test fetches them the same way if npm is there; otherwise it
fails and says how to get them (skipped only in an explicit offline run, tests/reference.py).

Each vector's expected class (success, header failure, HMAC failure, payload failure, no match, armor
failure) must be the class our wrapper reports, and the plaintext released before the end must hash to the
vector's payload. Our policy refuses more than the format does, before pyrage sees a byte: any stanza but
X25519 (and grease), so every scrypt, ML-KEM hybrid and exotic-stanza vector, and the ASCII armor. Those
vectors must come out as UNSUPPORTED (or NOT_AGE where the format itself is broken).
"""

from __future__ import annotations

import base64
import collections
import hashlib
import io
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from intake_app.sync.age_stream import AgeOutcome, decrypt
from tests.reference import offline, unavailable

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "build" / "cctv" / "node_modules" / "cctv-age" / "index.js"
_VECTOR = re.compile(r'// \.\./testdata/(\S+)\nvar \w+ = __toBinary\("([A-Za-z0-9+/=]*)"\);')

CLASSES = {"success": AgeOutcome.OK, "header failure": AgeOutcome.NOT_AGE, "HMAC failure": AgeOutcome.HEADER_MAC,
           "payload failure": AgeOutcome.DAMAGED, "no match": AgeOutcome.NO_MATCH}

# rage (inside pyrage) accepts these two malformed headers; our header check refuses them, as the format
# demands. Pinned so that a pyrage upgrade that changes either way is noticed.
RAGE_LENIENT = {"stanza_missing_body", "stanza_missing_final_line"}


def _load() -> dict[str, bytes]:
    if not PACKAGE.exists():
        if offline() or shutil.which("npm") is None:
            where = "the C2SP CCTV age vectors are not in build/cctv"
            unavailable(where if offline() else f"{where} and npm is missing",
                        "`make cctv` installs Debian's nodejs and npm, then the vectors")
        done = subprocess.run(["bash", str(ROOT / "tools" / "cctv.sh")], capture_output=True, text=True,
                              timeout=300, check=False)
        if done.returncode != 0 or not PACKAGE.exists():
            unavailable("the C2SP CCTV age vectors could not be fetched from the npm registry",
                        f"tools/cctv.sh said: {(done.stdout + done.stderr).strip()[-600:]}")
    source = PACKAGE.read_text(encoding="utf-8")
    vectors = {m.group(1): base64.b64decode(m.group(2)) for m in _VECTOR.finditer(source)}
    assert len(vectors) >= 100, "the cctv-age package format changed"
    return vectors


@pytest.fixture(scope="module")
def vectors() -> dict[str, bytes]:
    return _load()


def _parse(data: bytes) -> tuple[dict[str, list[str]], bytes]:
    head, _sep, body = data.partition(b"\n\n")
    fields: dict[str, list[str]] = collections.defaultdict(list)
    for line in head.decode().split("\n"):
        key, _colon, value = line.partition(": ")
        fields[key].append(value)
    if fields.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return fields, body


def _outside_policy(fields: dict[str, list[str]], body: bytes) -> bool:
    """Does the vector use something our policy refuses (armor, or a stanza other than X25519/grease)?"""
    if fields.get("armored") == ["yes"]:
        return True
    header = body.split(b"\n---", 1)[0]
    for line in header.split(b"\n"):
        if line.startswith(b"-> "):
            kind = line[3:].split(b" ")[0]
            if kind != b"X25519" and kind != b"grease" and not kind.endswith(b"-grease"):
                return True
    return False


class _Sink:
    def __init__(self) -> None:
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return len(data)


def test_every_vector_gives_its_outcome_class(vectors: dict[str, bytes]) -> None:
    checked = refused_by_policy = 0
    for name, data in sorted(vectors.items()):
        fields, body = _parse(data)
        identities = [i for i in fields.get("identity", []) if i.startswith("AGE-SECRET-KEY-1")]
        sink = _Sink()
        outcome = decrypt(io.BytesIO(body), sink, identities or [str(x25519.Identity.generate())])
        expected = fields["expect"][0]
        if _outside_policy(fields, body):
            refused_by_policy += 1
            allowed = {AgeOutcome.UNSUPPORTED}
            if expected in ("header failure", "armor failure"):
                allowed.add(AgeOutcome.NOT_AGE)
            assert outcome in allowed, (name, expected, outcome)
            continue
        checked += 1
        assert outcome is CLASSES[expected], (name, expected, outcome)
        if "payload" in fields and outcome in (AgeOutcome.OK, AgeOutcome.DAMAGED):
            assert sink.digest.hexdigest() == fields["payload"][0], name
    assert checked >= 50 and refused_by_policy >= 80  # 143 vectors in cctv-age 0.2.0


def test_rage_leniencies_are_known_and_covered(vectors: dict[str, bytes]) -> None:
    for name in sorted(RAGE_LENIENT):
        fields, body = _parse(vectors[name])
        assert fields["expect"] == ["header failure"]
        identities = [x25519.Identity.from_str(i) for i in fields["identity"]]
        pyrage.decrypt_io(io.BytesIO(body), io.BytesIO(), identities)  # rage: accepted
        assert decrypt(io.BytesIO(body), _Sink(), fields["identity"]) is AgeOutcome.NOT_AGE  # us: refused
