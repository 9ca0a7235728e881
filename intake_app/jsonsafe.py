"""JSON from outside (bundles, signed documents, imports) parsed strictly, in one place.

Python's parser accepts duplicate keys (the last wins, so two readers may disagree on what a signed
document says), NaN and Infinity, and any nesting until the interpreter's recursion limit. These hooks
refuse all three.
"""

from __future__ import annotations

from typing import Any


def no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """`object_pairs_hook` for json.loads: an object that names a key twice is refused."""
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def refuse_constant(name: str) -> Any:
    """`parse_constant` for json.loads: NaN, Infinity and -Infinity are not JSON."""
    raise ValueError(f"{name} is not allowed")


def json_depth(value: Any) -> int:
    """How deeply `value` nests (a scalar is 1), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest
