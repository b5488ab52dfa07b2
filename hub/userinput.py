"""Cleaning what visitors type into forms before it is stored or put into an email.

Control characters (NUL, escape sequences) and Unicode format characters (the bidi overrides
U+202A-U+202E and U+2066-U+2069 that make "exe.pdf" read as "fdp.exe", zero-width spaces)
have no place in a name or an organisation: they are removed. A name is also no place for
an internet address: the name travels in emails from the site's own sender, where a link
would look like ours.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_ADDRESS = re.compile(
    r"://|\bwww\.|@|[a-z0-9-]{2,}\.(?:nl|com|org|net|eu|info|io|be|de|ly|me|app|xyz|ru|cn|"
    r"link|top|site|online|click|shop|biz|co)\b",
    re.IGNORECASE,
)


def strip_invisible(value, multiline=False):
    """`value` without control and format characters; line breaks and tabs are kept only
    when `multiline` (then as \\n), and whitespace runs collapse in single-line text."""
    value = str(value or "")
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    kept = []
    for char in value:
        category = unicodedata.category(char)
        if multiline and char in "\n\t":
            kept.append(char)
        elif category in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp"):
            kept.append(" " if category in ("Cc", "Zl", "Zp") else "")
        else:
            kept.append(char)
    text = "".join(kept)
    if multiline:
        return "\n".join(line.strip() for line in text.split("\n")).strip()
    return " ".join(text.split())


def validate_no_address(value):
    """Refuse an internet or email address in a name."""
    if _ADDRESS.search(value or ""):
        raise ValidationError(
            _("Vul hier alleen uw naam in, zonder internetadres of e-mailadres."),
            code="address_in_name",
        )
