import contextlib
import os
import random

import pytest

from articles.text.decoding import Decoded, RejectedInput, decode_bytes

FRENCH = "L’élève a déclaré : « Ça suffit ! » Le cœur n’y était plus, à Noël comme à Pâques."


def assert_round_trip(data: bytes) -> Decoded:
    decoded = decode_bytes(data)
    assert decoded.text.encode(decoded.encoding) == data
    return decoded


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \r\n\t \n", "empty file"),
        ("\ufeff \r\n".encode("utf-8"), "empty file"),
        (" \n".encode("utf-16"), "empty file"),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(4000),
            "not text (binary content)",
        ),
        (b"abc\x00def ghi", "not text (binary content)"),
        (b"ok " + bytes(range(1, 9)) * 20, "not text (binary content)"),
    ],
)
def test_rejects_with_a_plain_reason(data, reason):
    with pytest.raises(RejectedInput) as caught:
        decode_bytes(data)
    assert caught.value.reason == reason
    assert str(caught.value) == reason


def test_utf8():
    assert decode_bytes(FRENCH.encode()) == Decoded(text=FRENCH, encoding="utf-8")


def test_utf8_with_bom_and_crlf_keeps_both():
    data = b"\xef\xbb\xbf" + b"Titre\r\n\r\n" + FRENCH.encode() + b"\r\n"
    decoded = assert_round_trip(data)
    assert decoded == Decoded(text="\ufeffTitre\r\n\r\n" + FRENCH + "\r\n", encoding="utf-8")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(codec):
    data = (FRENCH + "\r\n").encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    decoded = assert_round_trip(data)
    assert decoded.text == "\ufeff" + FRENCH + "\r\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec):
    decoded = assert_round_trip(FRENCH.encode(codec))
    assert decoded == Decoded(text=FRENCH, encoding=codec)


@pytest.mark.parametrize(
    "text",
    [
        FRENCH,
        "été",
        "Noël à la forêt",
        "« Non », a-t-il dit.",
        "L’œuvre de Müller était déjà célèbre en 1998 ; il l’a répété.",
        "Le président a indiqué qu’il ne céderait pas.\r\n" * 40,
    ],
)
def test_cp1252_french_even_when_short(text):
    decoded = assert_round_trip(text.encode("cp1252"))
    assert decoded == Decoded(text=text, encoding="cp1252")


def test_latin1_bytes_undefined_in_cp1252():
    data = "Réunion à Genève".encode("latin-1") + b" \x81"
    decoded = assert_round_trip(data)
    assert decoded == Decoded(text="Réunion à Genève \x81", encoding="latin_1")


def test_other_code_pages_are_left_to_charset_normalizer():
    russian = "Генеральный секретарь НАТО заявил, что альянс продолжит поддерживать Украину."
    assert decode_bytes(russian.encode("cp1251")) == Decoded(text=russian, encoding="cp1251")


def test_twenty_megabytes_of_utf8():
    line = "Le ministre a déclaré : « Nous ne céderons pas. » Puis il est parti.\r\n"
    data = line.encode() * (20_000_000 // len(line.encode()) + 1)
    decoded = assert_round_trip(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith(line) and len(decoded.text) == len(line) * (
        len(data) // len(line.encode())
    )


def test_twenty_megabytes_of_cp1252_with_an_accent_only_at_the_end():
    data = b"plain ascii words, " * 1_100_000 + "fin de l’été".encode("cp1252")
    decoded = assert_round_trip(data)
    assert decoded.encoding == "cp1252"
    assert decoded.text.endswith("fin de l’été")


@pytest.mark.parametrize("seed", range(30))
def test_round_trip_on_random_accepted_inputs(seed):
    rng = random.Random(seed)
    words = ["été", "cœur", "« oui »", "l’OTAN", "naïf", "Kyiv", "\r\n", "\n", "\t", "ß", "€"]
    text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 60)))
    for codec in ("utf-8", "utf-8-sig", "cp1252", "utf-16"):
        data = text.encode(codec)
        try:
            assert_round_trip(data)
        except RejectedInput as rejected:
            assert rejected.reason == "empty file" and not text.strip()


def test_random_bytes_never_raise_anything_but_rejected_input():
    for _ in range(50):
        data = os.urandom(random.randint(1, 3000))
        with contextlib.suppress(RejectedInput):
            assert_round_trip(data)
