"""The policy document of a review: accepted by content (PDF or DOCX), never by name or the
browser's content type; refused with a Dutch message; kept under a random name in private
storage; replaced and deleted together with its file."""

import io
import os
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from beleidsscan.models import ScanDocument
from beleidsscan.services import uploads
from beleidsscan.storage import private_storage

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def pdf_bytes(encrypt=False):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    if encrypt:
        writer.encrypt("geheim")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes(text="Beleidsnota Testdam"):
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_bytes(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def content_types(main):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{main}"/>'
        "</Types>"
    )


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def refused(file, **kwargs):
    with pytest.raises(ValidationError) as caught:
        uploads.check(file, **kwargs)
    return caught.value


def test_a_small_pdf_is_accepted():
    data = pdf_bytes()
    checked = uploads.check(upload("Beleid 2026.pdf", data, "application/pdf"))
    assert checked.kind == "pdf"
    assert checked.size == len(data)
    assert checked.original_name == "Beleid 2026.pdf"
    assert checked.content_type == "application/pdf"


def test_a_word_document_is_accepted():
    data = docx_bytes()
    checked = uploads.check(upload("nota.docx", data, DOCX_TYPE))
    assert (checked.kind, checked.size) == ("docx", len(data))


def test_a_text_file_called_pdf_is_refused():
    error = refused(upload("nota.pdf", b"Dit is gewoon tekst.\n" * 20, "application/pdf"))
    assert error.code == "unknown_content"
    assert "geen PDF en geen Word-document" in error.messages[0]


def test_a_fake_pdf_with_the_right_first_bytes_is_refused():
    error = refused(upload("nota.pdf", b"%PDF-1.7\nniets daarna", "application/pdf"))
    assert error.code == "broken_pdf"
    assert "kunnen we niet openen" in error.messages[0]


def test_an_encrypted_pdf_is_refused_with_a_clear_message():
    error = refused(upload("geheim.pdf", pdf_bytes(encrypt=True), "application/pdf"))
    assert error.code == "encrypted"
    assert "wachtwoord" in error.messages[0]


def test_a_zip_without_a_word_document_is_refused():
    data = zip_bytes({"[Content_Types].xml": content_types(uploads.WORD_MAIN), "a.txt": "x"})
    error = refused(upload("nota.docx", data, DOCX_TYPE))
    assert error.code == "not_docx"


def test_a_zip_without_content_types_is_refused():
    data = zip_bytes({"word/document.xml": "<w:document/>"})
    assert refused(upload("nota.docx", data, DOCX_TYPE)).code == "not_docx"


def test_a_spreadsheet_called_docx_is_refused():
    main = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    data = zip_bytes({"[Content_Types].xml": content_types(main), "word/document.xml": "<x/>"})
    assert refused(upload("nota.docx", data, DOCX_TYPE)).code == "not_docx"


def test_a_word_document_with_macros_is_refused():
    main = "application/vnd.ms-word.document.macroEnabled.main+xml"
    data = zip_bytes({"[Content_Types].xml": content_types(main), "word/document.xml": "<x/>"})
    assert refused(upload("nota.docx", data, DOCX_TYPE)).code == "macros"
    data = zip_bytes(
        {
            "[Content_Types].xml": content_types(uploads.WORD_MAIN),
            "word/document.xml": "<x/>",
            "word/vbaProject.bin": b"\0" * 10,
        }
    )
    assert refused(upload("nota.docx", data, DOCX_TYPE)).code == "macros"
    assert refused(upload("nota.docm", docx_bytes(), DOCX_TYPE)).code == "macros"


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    data = zip_bytes(
        {
            "[Content_Types].xml": content_types(uploads.WORD_MAIN),
            "word/document.xml": "<x/>",
            "word/media/big.bin": b"\0" * (3 * 1024 * 1024),
        }
    )
    assert len(data) < 100 * 1024
    limits = uploads.Limits(max_bytes=10 * 1024 * 1024, max_unpacked=2 * 1024 * 1024)
    assert refused(upload("nota.docx", data, DOCX_TYPE), limits=limits).code == (
        "too_large_unpacked"
    )
    many = {f"word/part{index}.xml": "<x/>" for index in range(30)}
    data = zip_bytes(
        {"[Content_Types].xml": content_types(uploads.WORD_MAIN), "word/document.xml": "<x/>"}
        | many
    )
    limits = uploads.Limits(max_bytes=10 * 1024 * 1024, max_members=20)
    assert refused(upload("nota.docx", data, DOCX_TYPE), limits=limits).code == (
        "too_large_unpacked"
    )


def test_content_types_with_entities_are_refused():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">&lol2;'
        f'<Override PartName="/word/document.xml" ContentType="{uploads.WORD_MAIN}"/></Types>'
    )
    data = zip_bytes({"[Content_Types].xml": bomb, "word/document.xml": "<x/>"})
    assert refused(upload("nota.docx", data, DOCX_TYPE)).code == "not_docx"


def test_an_exe_renamed_is_refused():
    exe = b"MZ\x90\x00\x03" + b"\0" * 200
    assert refused(upload("nota.pdf", exe, "application/pdf")).code == "unknown_content"
    assert refused(upload("nota.docx", exe, DOCX_TYPE)).code == "unknown_content"
    assert refused(upload("nota.exe", pdf_bytes(), "application/pdf")).code == "extension"


def test_the_extension_must_agree_with_the_content():
    error = refused(upload("nota.docx", pdf_bytes(), DOCX_TYPE))
    assert error.code == "mismatch"
    assert "past niet bij de inhoud" in error.messages[0]
    assert refused(upload("nota.pdf", docx_bytes(), "application/pdf")).code == "mismatch"


def test_an_oversized_file_is_refused(settings):
    settings.BELEIDSSCAN_MAX_UPLOAD_BYTES = 1024 * 1024
    data = pdf_bytes() + b"%" + b"x" * (1024 * 1024)
    error = refused(upload("groot.pdf", data, "application/pdf"))
    assert error.code == "too_large"
    assert "groter dan 1 MB" in error.messages[0]


def test_an_empty_file_is_refused():
    assert refused(upload("leeg.pdf", b"", "application/pdf")).code == "empty"


def test_the_original_name_is_made_safe():
    assert uploads.safe_name("C:\\Users\\x\\Beleid\u202e.pdf", "pdf") == "Beleid.pdf"
    assert uploads.safe_name('../../etc/"passwd".pdf', "pdf") == "passwd.pdf"
    assert uploads.safe_name("nota café.docx", "docx") == "nota café.docx"
    assert uploads.safe_name(".pdf", "pdf") == "beleidsdocument.pdf"
    long = uploads.safe_name("a" * 500 + ".pdf", "pdf")
    assert len(long) == 200 and long.endswith(".pdf")


@pytest.mark.django_db
def test_a_document_is_stored_privately_under_a_random_name(scan):
    document = uploads.store(scan, upload("Mijn nota.pdf", pdf_bytes(), "application/pdf"))
    assert document.kind == "pdf" and document.original_name == "Mijn nota.pdf"
    assert "Mijn" not in document.file.name
    assert document.file.name.startswith("beleidsscan/") and document.file.name.endswith(".pdf")
    assert private_storage.exists(document.file.name)
    with pytest.raises(ValueError):
        private_storage.url(document.file.name)


@pytest.mark.django_db
def test_replacing_a_document_deletes_the_old_file(scan, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = uploads.store(scan, upload("een.pdf", pdf_bytes(), "application/pdf"))
    path = private_storage.path(first.file.name)
    assert os.path.exists(path)
    with django_capture_on_commit_callbacks(execute=True):
        second = uploads.store(scan, upload("twee.docx", docx_bytes(), DOCX_TYPE))
    assert not os.path.exists(path)
    assert private_storage.exists(second.file.name)
    assert ScanDocument.objects.get(scan=scan).original_name == "twee.docx"


@pytest.mark.django_db
def test_deleting_the_scan_deletes_the_file(scan, django_capture_on_commit_callbacks):
    document = uploads.store(scan, upload("een.pdf", pdf_bytes(), "application/pdf"))
    path = private_storage.path(document.file.name)
    assert os.path.exists(path)
    with django_capture_on_commit_callbacks(execute=True):
        scan.delete()
    assert not os.path.exists(path)
    assert not ScanDocument.objects.exists()
