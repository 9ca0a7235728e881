"""A fictional sample dataset for demonstrations, training and tests.

Everything here is invented: aliases are field-style pseudonyms (flowers, birds, seasons, honorifics), no
real person's name is used, and the few "identifying" fields that are filled in are obviously fake
("(demo) Kim Example", "+86 000 0000 0000"). The stories follow the themes of the seed report
(repatriation and detention, holding centres, forced labour, the 1990s famine, punishment of family,
trafficking, forced abortion, religious persecution), but no narrative is anyone's testimony.

The generator is deterministic for a given `random.Random` seed: ids, case codes and every choice come
from that generator, so the same seed always builds the same dataset.
"""

from __future__ import annotations

from intake_app.demo_data.common import AID_FROM, AID_TO, LATEST, REFERENCE_YEAR
from intake_app.demo_data.generator import generate_demo_records
from intake_app.demo_data.png import demo_image_bytes

__all__ = [
    "AID_FROM",
    "AID_TO",
    "LATEST",
    "REFERENCE_YEAR",
    "demo_image_bytes",
    "generate_demo_records",
]
