"""Parse untrusted XML without ever expanding entities or fetching anything.

Wire XML comes from outside; a billion-laughs bomb or an external entity
(``<!ENTITY x SYSTEM "file:///etc/passwd">``) must be quarantined, not
expanded. defusedxml refuses any DOCTYPE, entity declaration or external
reference before the parser acts on it; this module turns those refusals and
ordinary syntax errors into reasons a human understands.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring

from transforms.records import Reject

ENTITY_REASON = "XML declares an entity (possible billion-laughs or external entity attack); refused"
DTD_REASON = "XML has a DOCTYPE declaration (it could define entities or load external files); refused"
EXTERNAL_REASON = "XML refers to an external resource (external entity attack?); refused, nothing fetched"
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)


def parse_xml(text: str) -> Element | Reject:
    """Parse a decoded XML document with DTDs, entities and external references forbidden.

    Args:
        text: The whole document as text (its encoding declaration is ignored).

    Returns:
        The root element, or a reject saying why the document was refused.
    """
    try:
        root: Element = fromstring(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DTDForbidden:
        return Reject(ENTITY_REASON if _ENTITY_DECLARATION.search(text) else DTD_REASON)
    except EntitiesForbidden:
        return Reject(ENTITY_REASON)
    except ExternalReferenceForbidden:
        return Reject(EXTERNAL_REASON)
    except ParseError as exc:
        return Reject(_syntax_reason(exc))
    return root


def _syntax_reason(exc: ParseError) -> str:
    """``XML is not well formed: mismatched tag at line 3, column 3`` (columns counted from 1)."""
    message = str(exc).partition(": line")[0]
    line, column = exc.position
    return f"XML is not well formed: {message} at line {line}, column {column + 1}"
