"""QR codes as inline SVG (for PDFs and pages): one <svg> with one <path>, no image file.

The SVG carries a <title> (WeasyPrint turns it into the alternate text of the figure in a
tagged PDF) and role="img" with an aria-label (screen readers in a browser), so the code is
never an unlabelled picture. Print the URL beside it too: not everybody can scan a code.
"""

import qrcode
import qrcode.image.svg
from django.utils.safestring import mark_safe
from qrcode.compat.etree import ET  # lxml when installed, else the standard library


def qr_svg(url, label="", size="30mm"):
    """Safe SVG markup of a QR code that encodes `url`, `size` wide and high (CSS length).
    `label` becomes the accessible name (title and aria-label)."""
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        box_size=10,
        border=4,  # the quiet zone the standard asks for
        image_factory=qrcode.image.svg.SvgPathImage,
    )
    code.add_data(str(url))
    code.make(fit=True)
    image = code.make_image()
    svg = image.get_image()
    svg.set("width", size)
    svg.set("height", size)
    svg.set("role", "img")
    if label:
        svg.set("aria-label", label)
        title = ET.Element("title")
        title.text = label
        svg.insert(0, title)
    if image.path is not None:
        # A fixed id would clash when a page shows two codes; nothing refers to it.
        image.path.attrib.pop("id", None)
    # Serialised by ElementTree: the label and the URL are escaped; nothing else is text.
    return mark_safe(ET.tostring(svg, encoding="unicode"))  # noqa: S308
