"""QR codes as inline SVG (hub.qr), used on the certificate PDF (issue 19, point 4)."""

import re

import qrcode

from hub.qr import qr_svg

URL = "https://kennishub.example.nl/academie/certificaat/ABCD-EFGH-JKMN-PQRS/"
SQUARE = re.compile(r"M(\d+),(\d+)H\d+V\d+H\d+z")


def dark_modules(svg):
    """(row, column) of every dark square the SVG path draws, without the quiet zone."""
    path = re.search(r' d="([^"]+)"', svg).group(1)
    squares = SQUARE.findall(path)
    assert "".join(SQUARE.sub("", path)) == ""  # nothing but squares
    return {(int(y) - 4, int(x) - 4) for x, y in squares}


def test_svg_has_an_accessible_name_and_one_path():
    svg = qr_svg(URL, label="QR-code naar de controlepagina", size="24mm")
    assert svg.startswith("<svg")
    assert 'xmlns="http://www.w3.org/2000/svg"' in svg
    assert 'role="img"' in svg and 'aria-label="QR-code naar de controlepagina"' in svg
    assert "<title>QR-code naar de controlepagina</title>" in svg
    assert 'width="24mm"' in svg and 'height="24mm"' in svg
    assert svg.count("<path ") == 1 and "id=" not in svg
    assert hasattr(svg, "__html__")  # safe to put in a template as it is


def test_svg_draws_the_qr_code_of_the_url():
    """The squares of the path are exactly the dark modules of the QR code of the URL."""
    expected = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    expected.add_data(URL)
    expected.make(fit=True)
    matrix = expected.get_matrix()
    dark = {(r, c) for r, row in enumerate(matrix) for c, on in enumerate(row) if on}
    assert dark_modules(qr_svg(URL)) == dark
    assert dark_modules(qr_svg(URL + "x")) != dark


def test_label_is_escaped():
    svg = qr_svg(URL, label='<script>"x" & y</script>')
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
