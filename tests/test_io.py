import pytest

from checker.errors import InputError
from checker.io import decode, read_text


def test_bom_is_dropped_and_text_kept():
    assert decode("\ufeffJAKARTA - Ada enam gelombang.".encode("utf-8")) == "JAKARTA - Ada enam gelombang."


def test_utf16_with_bom():
    assert decode("Il y a eu six vagues.".encode("utf-16")) == "Il y a eu six vagues."


def test_crlf_is_kept_as_read():
    assert decode(b"Ligne un.\r\nLigne deux.\r\n") == "Ligne un.\r\nLigne deux.\r\n"


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"  \n\r\n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"Caf\xe9 cr\xe8me, latin-1 text.", "not UTF-8"),
])
def test_bad_bytes(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "x.txt")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_text(tmp_path)
