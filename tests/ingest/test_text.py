import pytest

from rasd.errors import EmptyInputError
from rasd.ingest.text import parse_text
from rasd.settings import Settings

ARABIC = "قال وزير الخارجية إن المحادثات كانت مثمرة وإن البلدين اتفقا على التعاون."


def test_whole_text_is_one_document_without_title() -> None:
    doc = parse_text(("العنوان\r\n" + ARABIC + "\r\n").encode("cp1256"), "a.txt", Settings())
    assert doc.text == "العنوان\n" + ARABIC
    assert doc.title is None
    assert (doc.fmt, doc.encoding, doc.source) == ("text", "cp1256", "a.txt")


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "text is empty"), (b" \n\t\n", "text is empty"), ("نعم 123".encode(), "only 3 letters")],
)
def test_empty_or_too_short(data: bytes, reason: str) -> None:
    with pytest.raises(EmptyInputError, match=reason):
        parse_text(data, "a.txt", Settings())
