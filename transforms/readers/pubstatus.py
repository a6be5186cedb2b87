"""IPTC publication status in its many spellings, reduced to the three values that matter.

The status decides whether a story's facts stay in the warehouse: ``withheld``
and ``canceled`` are kill notices. NewsML-G2 writes it as a QCode
(``stat:canceled``) or a URI, ninjs as a bare word, and editors spell
"cancelled" both ways; all of them must land on the same value.
"""

from __future__ import annotations

from transforms.records import PubStatus

_STATUSES: dict[str, PubStatus] = {
    "usable": "usable",
    "withheld": "withheld",
    "canceled": "canceled",
    "cancelled": "canceled",
}


def parse_pub_status(value: object) -> PubStatus | None:
    """Map a raw status (``"stat:usable"``, ``".../pubstatusg2/withheld"``, ``"canceled"``).

    Args:
        value: The status as found in the payload.

    Returns:
        The normalised status, or ``None`` when the value is not a known status
        (the caller rejects the item rather than guessing whether it is a kill).
    """
    if not isinstance(value, str):
        return None
    code = value.strip().lower().rstrip("/")
    for separator in (":", "/"):
        code = code.rpartition(separator)[2]
    return _STATUSES.get(code)
