"""Ingest: decoding, cleaning, boilerplate, language, HTML and JSONL, on texts
written for these tests."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from claimwire.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    MalformedRecordError,
    NoArticleError,
    UnsupportedLanguageError,
)
from claimwire.ingest import (
    article_from_html,
    article_from_text,
    article_id,
    clean_text,
    decode_bytes,
    read_bytes,
    read_jsonl,
    read_path,
    sniff_format,
)
from claimwire.ingest.boilerplate import is_headline_like, strip_boilerplate
from claimwire.records import Article
from claimwire.settings import Settings

BODY = (
    "Finland's defence minister said on Tuesday that the eastern border would stay "
    "closed until Russia stopped sending migrants towards it.\n"
    "The Kremlin did not respond to a request for comment on the remarks, which came "
    "a day after border guards reported several new crossings near Salla."
)

REPORT_WITH_BOILERPLATE = """\
Moldova's president accused Moscow on Sunday of trying to buy votes ahead of the \
referendum, offering no details of how the scheme worked.
Russian officials rejected the accusation as baseless.
Related stories
Moldova votes on EU path under shadow of vote-buying claims
What the referendum means for Chisinau’s ties with Brussels
Explainer: who are Moldova's pro-Russian parties?
Election officials said turnout had passed 50% by mid-afternoon, making the vote valid.
📲 Get the latest headlines straight to your phone with our app 📲
Advertisement
Share this article
Image source, Getty Images
Sign up for our weekly Europe newsletter
Follow us on Telegram
The central electoral commission said final results were expected on Monday.
"""


# ----------------------------------------------------------------- boilerplate


def test_related_headlines_block_is_dropped_with_its_header() -> None:
    text, dropped = clean_text(REPORT_WITH_BOILERPLATE)
    assert "Related stories" not in text
    assert "Moldova votes on EU path" not in text
    assert "What the referendum means" not in text
    assert "Explainer" not in text
    # The body paragraph right after the list stays: it ends like a sentence.
    assert "Election officials said turnout had passed 50% by mid-afternoon" in text
    assert dropped == 10


def test_promos_markers_and_credits_are_dropped_but_the_report_is_kept() -> None:
    text, _ = clean_text(REPORT_WITH_BOILERPLATE)
    for junk in ("app", "Advertisement", "Share this article", "Getty", "newsletter", "Telegram"):
        assert junk not in text
    assert text.splitlines() == [
        "Moldova's president accused Moscow on Sunday of trying to buy votes ahead of the "
        "referendum, offering no details of how the scheme worked.",
        "Russian officials rejected the accusation as baseless.",
        "Election officials said turnout had passed 50% by mid-afternoon, making the vote valid.",
        "The central electoral commission said final results were expected on Monday.",
    ]


def test_read_more_block_with_colon_and_quoted_headlines() -> None:
    text, _ = clean_text(
        "Israeli jets struck targets in southern Lebanon overnight, the military said.\n"
        "Read more:\n"
        "‘We have nowhere left to go’: families flee the border villages\n"
        "Hezbollah fires rockets at northern Israel\n"
        "A Lebanese health ministry official said at least 12 people were killed, "
        "including two children.\n"
    )
    assert text == (
        "Israeli jets struck targets in southern Lebanon overnight, the military said.\n"
        "A Lebanese health ministry official said at least 12 people were killed, "
        "including two children."
    )


def test_inline_read_more_and_emoji_framed_podcast_promo() -> None:
    text, dropped = clean_text(
        "Sudan's army said it had retaken the bridge.\n"
        "READ MORE: Inside the battle for Khartoum's bridges\n"
        "MORE: Sudan's displaced brace for the rainy season\n"
        "👉 Listen to the Africa Daily podcast wherever you get your podcasts 👈\n"
        "▶ Watch our correspondent's report from Omdurman\n"
        "The Rapid Support Forces said they had withdrawn to regroup.\n"
    )
    assert text == (
        "Sudan's army said it had retaken the bridge.\n"
        "The Rapid Support Forces said they had withdrawn to regroup."
    )
    assert dropped == 4


def test_captions_credits_and_wire_footers() -> None:
    text, dropped = clean_text(
        "Rescuers searched the rubble in Dnipro on Sunday, regional officials said.\n"
        "Image caption, Rescuers worked through the night\n"
        "Photograph: Stringer/Reuters\n"
        "The regional governor said 40 people were still missing.\n"
        "___\n"
        "Associated Press writer Hanna Arhirova in Kyiv contributed to this report.\n"
        "(Reporting by Olena Harmash; Editing by Mark Heinrich)\n"
        "https://example.org/live/ukraine\n"
    )
    assert text == (
        "Rescuers searched the rubble in Dnipro on Sunday, regional officials said.\n"
        "The regional governor said 40 people were still missing."
    )
    assert dropped == 6


def test_paragraphs_that_mention_podcasts_or_subscriptions_are_content() -> None:
    # Long lines that are reporting, not promos, stay even with promo words in them.
    body = (
        "The ministry said the podcast host had been detained after he urged listeners to "
        "subscribe to a banned channel, a charge his lawyer denied in court on Friday.\n"
        "Follow-up talks between the two delegations are expected in Geneva next week, "
        "officials said."
    )
    text, dropped = clean_text(body)
    assert text == body
    assert dropped == 0


@pytest.mark.parametrize(
    "line",
    [
        "Like many residents of Kherson, she said she had stayed here despite the shelling.",
        "Watch crews said the fire below the dam had been put out.",
        "Get-togethers of more than 50 people were banned under the curfew, police said.",
        "Join the talks or face sanctions, the envoy told the delegations.",
        "Share prices fell in Moscow",
    ],
)
def test_report_lines_that_open_with_promo_verbs_are_kept(line: str) -> None:
    assert clean_text(line) == (line, 0)


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Telegram and X for the latest updates",
        "Get our morning briefing in your inbox",
        "Click here to read the full report",
        "Download the app for breaking news alerts.",
        "Listen to our podcast",
        "Subscribe",
    ],
)
def test_promo_lines_are_dropped(line: str) -> None:
    assert clean_text(f"Kyiv said the drones were shot down.\n{line}")[0] == (
        "Kyiv said the drones were shot down."
    )


def test_a_short_subheading_in_the_body_is_kept() -> None:
    body = (
        "The United Nations said aid convoys had reached Rafah.\n"
        "Fuel shortages\n"
        "Hospital directors said generators would run out within two days."
    )
    assert clean_text(body)[0] == body


def test_headline_shape() -> None:
    assert is_headline_like("British jets ‘hit depot near Hodeidah’")
    assert not is_headline_like("The ministry said the depot had been hit.")
    assert not is_headline_like(" ".join(["word"] * 25))


def test_strip_boilerplate_keeps_blank_lines_for_paragraphs() -> None:
    kept, dropped = strip_boilerplate(["First paragraph.", "", "Advertisement", "", "Second."])
    assert kept == ["First paragraph.", "", "", "Second."]
    assert dropped == 1


# ----------------------------------------------------------------- whitespace


def test_whitespace_is_normalised_and_paragraph_breaks_kept() -> None:
    raw = (
        "  Officials\u00a0in Kyiv said\tthe strike  hit a power plant.\r\n\r\n\r\n"
        "Repairs would take\u200b weeks, they added.  \r"
        "A second\u2028paragraph follows."
    )
    text, _ = clean_text(raw)
    assert text == (
        "Officials in Kyiv said the strike hit a power plant.\n\n"
        "Repairs would take weeks, they added.\n"
        "A second paragraph follows."  # a line break inside a sentence is no paragraph
    )


def test_hard_wrapped_lines_are_joined() -> None:
    raw = (
        "The foreign minister said the talks in Doha had made\n"
        "progress, but that a deal was not yet in sight.\n"
        "Qatar's mediators declined to comment."
    )
    assert clean_text(raw)[0] == (
        "The foreign minister said the talks in Doha had made progress, but that a deal "
        "was not yet in sight.\nQatar's mediators declined to comment."
    )


def test_article_text_is_what_offsets_point_into() -> None:
    article = article_from_text("  " + BODY.replace(" ", "  ") + "\n\n", published="2024-03-05")
    assert article.text == BODY
    assert article.published == "2024-03-05"
    assert article.language == "en"


def test_article_id_is_stable_over_whitespace() -> None:
    assert article_id("a  b\nc") == article_id("a b c")
    assert len(article_id("x")) == 16
    assert article_from_text(BODY).id == article_id(BODY)
    assert article_from_text(BODY, id="given").id == "given"


# ----------------------------------------------------------------- encodings


def test_utf8_with_bom_and_utf16_with_bom() -> None:
    assert decode_bytes("\ufeffKyiv’s mayor said".encode()) == "Kyiv’s mayor said"
    assert decode_bytes("Kyiv’s mayor said".encode("utf-16")) == "Kyiv’s mayor said"
    assert decode_bytes("Kyiv’s mayor said".encode("utf-16-be").join([b"\xfe\xff", b""])) == (
        "Kyiv’s mayor said"
    )


def test_utf16_without_bom() -> None:
    text = "Officials in Kyiv said the strike hit a power plant."
    assert decode_bytes(text.encode("utf-16-le")) == text
    assert decode_bytes(text.encode("utf-16-be")) == text


def test_windows_1252_bytes() -> None:
    text = (
        "The minister said the “ceasefire” was holding – for now – and that talks in "
        "Genève would resume; the café owner’s account could not be verified."
    )
    article = article_from_text(text.encode("cp1252"))
    assert article.text == text


def test_binary_inputs_are_refused() -> None:
    for data in (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x06\x00",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
        b"plain start\x00\x01\x02\x00 then nulls",
    ):
        with pytest.raises(BinaryInputError):
            article_from_text(data)
    with pytest.raises(BinaryInputError, match="control characters"):
        article_from_text("text \x01\x02\x03\x04\x05\x06 " * 20)


def test_undecodable_bytes_with_a_bom_are_an_encoding_error() -> None:
    with pytest.raises(EncodingError):
        decode_bytes(b"\xef\xbb\xbfok \xff\xfe\xfd broken")


# ----------------------------------------------------------------- refusals


@pytest.mark.parametrize("text", ["", "   \n\t  ", b"", "\n\n"])
def test_empty_input(text: str | bytes) -> None:
    with pytest.raises(EmptyInputError, match="no text"):
        article_from_text(text)


def test_boilerplate_only_input() -> None:
    with pytest.raises(EmptyInputError, match="only boilerplate"):
        article_from_text("Advertisement\nShare this article\nFollow us on Instagram\n")


def test_too_long_input_names_the_limit() -> None:
    settings = Settings(max_chars=1000)
    with pytest.raises(InputError, match="limit of 1,000 characters"):
        article_from_text(BODY * 10, settings=settings)
    with pytest.raises(InputError, match="limit"):
        article_from_text((BODY * 30).encode(), settings=settings)


def test_non_english_is_refused_with_its_language() -> None:
    german = (
        "Der ukrainische Präsident sagte am Mittwoch, seine Truppen hätten die russische "
        "Kleinstadt Sudscha vollständig eingenommen. Moskau äußerte sich zunächst nicht "
        "zu den Angaben, die sich nicht unabhängig überprüfen ließen."
    )
    with pytest.raises(UnsupportedLanguageError) as info:
        article_from_text(german)
    assert info.value.language == "de"
    assert "English only" in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        # Spanish, French: refused with their language.
        "El presidente ucraniano dijo el miércoles que sus tropas habían tomado el control "
        "total de la ciudad rusa. Moscú no respondió de inmediato a las afirmaciones.",
        "Le président ukrainien a affirmé mercredi que ses troupes avaient pris le contrôle "
        "total de la ville. Moscou n'a pas réagi dans l'immédiat à ces affirmations.",
    ],
)
def test_other_languages_are_refused(text: str) -> None:
    with pytest.raises(UnsupportedLanguageError) as info:
        article_from_text(text)
    assert info.value.language in {"es", "fr"}


def test_english_full_of_foreign_names_is_english() -> None:
    text = (
        "Volodymyr Zelenskyy said Oleksandr Syrskyi met Kyrylo Budanov in Zaporizhzhia and "
        "Dnipropetrovsk oblast on Tuesday to discuss Pokrovsk, Kurakhove and Vuhledar."
    )
    assert article_from_text(text).language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said so.",
        # langdetect alone reads these as German, Finnish and Slovak.
        "Kremlin denies Prigozhin death plot",
        "Zelenskyy visits Kharkiv",
        "Zelenskyy met Syrskyi in Zaporizhzhia on Tuesday.",
        # foreign words in an English headline
        "Macron et Scholz meet in Berlin on la Défense plans",
        "Rio de Janeiro police raid favelas, killing 64 people",
    ],
)
def test_short_english_texts_are_english(text: str) -> None:
    assert article_from_text(text).language == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der Präsident sagte, seine Truppen hätten die Stadt eingenommen.", "de"),
        ("Le ministère affirme avoir repoussé six attaques près de Koursk.", "fr"),
        ("El ejército dijo que había tomado dos aldeas cerca de la frontera.", "es"),
        ("Il ministero ha detto che le truppe sono entrate in città.", "it"),
        ("Het leger zegt dat het twee dorpen heeft ingenomen.", "nl"),
        ("Путин заявил, что российские войска отбили атаки.", "ru"),
    ],
)
def test_short_texts_in_other_languages_are_refused(text: str, language: str) -> None:
    with pytest.raises(UnsupportedLanguageError) as info:
        article_from_text(text)
    assert info.value.language == language


def test_bad_published_date() -> None:
    with pytest.raises(InputError, match="not an ISO 8601 date"):
        article_from_text(BODY, published="last Tuesday")
    assert article_from_text(BODY, published="2025-03-14 20:28:39Z").published == (
        "2025-03-14T20:28:39+00:00"
    )
    assert article_from_text(BODY, published="Thu, 15 Aug 2024 09:00:00 GMT").published == (
        "2024-08-15T09:00:00+00:00"
    )


# ----------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head><title>Border stays shut, Finland says | Nordic Wire</title>
<meta name="author" content="Aino Virtanen">
<meta property="og:site_name" content="Nordic Wire">
<meta property="og:title" content="Border stays shut, Finland says">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<link rel="canonical" href="https://example.org/finland-border">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Border stays shut, Finland says</h1>
<p>Finland's defence minister said on Tuesday that the eastern border would stay closed
until Russia stopped sending migrants towards it.</p>
<p>The Kremlin did not respond to a request for comment on the remarks, which came a day
after border guards reported several new crossings near Salla.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm hits coast</a></li></ul></aside>
<footer>© 2024 Nordic Wire. All rights reserved.</footer>
</body></html>"""


def test_html_page_gives_body_and_metadata() -> None:
    article = article_from_html(PAGE)
    assert article.text.startswith("Finland's defence minister said on Tuesday")
    assert article.text.endswith("near Salla.")
    assert "Home" not in article.text
    assert "Most read" not in article.text
    assert "Border stays shut" not in article.text  # the headline is the title, not the body
    assert article.title == "Border stays shut, Finland says"
    assert article.published == "2024-03-05"
    assert article.author == "Aino Virtanen"
    assert article.source == "Nordic Wire"
    assert article.url == "https://example.org/finland-border"


def test_given_date_wins_over_the_page() -> None:
    assert article_from_html(PAGE, published="2024-03-06").published == "2024-03-06"


def test_html_without_article_body() -> None:
    page = "<html><body><nav><a href='/'>Home</a><a href='/x'>News</a></nav></body></html>"
    with pytest.raises(NoArticleError, match="no article text"):
        article_from_html(page)


def test_malformed_html_still_yields_its_text() -> None:
    page = (
        "<html><body><div><p>Officials in Niamey said on Monday that the junta had "
        "expelled the French ambassador, a claim Paris did not confirm.<p>The foreign "
        "ministry in Paris declined to comment on the report, citing the security of "
        "its staff.</div></span></body>"
    )
    article = article_from_html(page)
    assert "expelled the French ambassador" in article.text
    assert "declined to comment" in article.text


def test_sniffing() -> None:
    assert sniff_format(PAGE) == "html"
    assert sniff_format('{"id": "1", "text": "x"}\n') == "jsonl"
    assert sniff_format(BODY) == "text"
    assert sniff_format("{not json at all") == "text"


# ----------------------------------------------------------------- JSONL

GOOD = {"id": "a1", "text": BODY, "title": "Border", "published": "2024-03-05"}


def _jsonl(*rows: object) -> io.BytesIO:
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    return io.BytesIO("\n".join(lines).encode())


def test_jsonl_malformed_lines_are_reported_and_reading_goes_on() -> None:
    items = list(
        read_jsonl(
            _jsonl(
                GOOD,
                "{broken json",
                "",
                ["a", "list"],
                {"id": "a4", "title": "no text"},
                {"id": "a5", "text": 42},
                {"id": 6, "text": BODY.replace("Tuesday", "Wednesday")},
            ),
            name="feed.jsonl",
        )
    )
    assert [type(i).__name__ for i in items] == [
        "Article",
        "MalformedRecordError",
        "MalformedRecordError",
        "MalformedRecordError",
        "MalformedRecordError",
        "Article",
    ]
    errors = [i for i in items if isinstance(i, MalformedRecordError)]
    assert [e.line for e in errors] == [2, 4, 5, 6]
    assert str(errors[0]).startswith("feed.jsonl: line 2: not valid JSON")
    assert "neither" in str(errors[2])
    last = items[-1]
    assert isinstance(last, Article)
    assert last.id == "6"


def test_jsonl_rows_with_html_and_content_errors() -> None:
    items = list(
        read_jsonl(
            _jsonl(
                {"id": "h1", "html": PAGE},
                {"id": "e1", "text": "   "},
                {"id": "b1", "text": BODY, "published": "yesterday"},
            ),
            name="rows.jsonl",
            published="2024-01-01",
        )
    )
    first = items[0]
    assert isinstance(first, Article)
    assert first.source == "Nordic Wire"
    assert first.published == "2024-03-05"
    assert isinstance(items[1], NoArticleError | EmptyInputError)
    assert "line 2" in str(items[1])
    assert isinstance(items[2], InputError)
    assert "line 3 (id b1)" in str(items[2])


def test_jsonl_fallback_published_date() -> None:
    (article,) = read_jsonl(_jsonl({"text": BODY}), published="2024-01-01")
    assert isinstance(article, Article)
    assert article.published == "2024-01-01"
    assert article.id == article_id(BODY)


# ----------------------------------------------------------------- paths


def test_read_path_folder_sorted_with_sidecar_metadata(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(BODY, "utf-8")
    (tmp_path / "b.meta.json").write_text(
        json.dumps({"title": "Border", "published": "2024-03-05", "source": "Wire"}), "utf-8"
    )
    (tmp_path / "a.html").write_text(PAGE, "utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps(GOOD) + "\n{bad\n", "utf-8")
    (tmp_path / "d.txt").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "notes.csv").write_text("ignored", "utf-8")
    items = list(read_path(tmp_path))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "Article", "Article", "MalformedRecordError", "BinaryInputError"]
    b = items[1]
    assert isinstance(b, Article)
    assert (b.title, b.published, b.source) == ("Border", "2024-03-05", "Wire")
    assert str(tmp_path / "d.txt") in str(items[4])


def test_read_path_missing_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_path(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="holds no"):
        list(read_path(tmp_path))
    with pytest.raises(InputError, match="unknown format"):
        list(read_path(tmp_path, format="pdf"))


def test_read_bytes_forced_format() -> None:
    (article,) = read_bytes(PAGE.encode(), format="text")
    # Read as plain text on request: the markup stays in.
    assert isinstance(article, Article)
    assert "<p>" in article.text


def test_html_boilerplate_inside_the_article_element_is_dropped() -> None:
    page = (
        "<html><head><title>Strike on port</title></head><body><article><h1>Strike on port</h1>"
        "<p>Russian missiles struck the port of Odesa overnight, killing at least four people "
        "and damaging grain silos, the regional governor said on Monday.</p>"
        "<p><strong>Read more:</strong></p><ul>"
        "<li><a href='/a'>Grain corridor under pressure as attacks mount</a></li>"
        "<li><a href='/b'>Who is targeting Black Sea shipping</a></li></ul>"
        "<p>Ukraine's air force said it had shot down 12 of the 15 missiles.</p>"
        "<p>👉 Follow our live coverage of the war in Ukraine 👈</p>"
        "<p>Russia's defence ministry said it had hit military targets in the port.</p>"
        "</article></body></html>"
    )
    assert article_from_html(page).text == (
        "Russian missiles struck the port of Odesa overnight, killing at least four people and "
        "damaging grain silos, the regional governor said on Monday.\n"
        "Ukraine's air force said it had shot down 12 of the 15 missiles.\n"
        "Russia's defence ministry said it had hit military targets in the port."
    )


def test_huge_html_page_is_refused_before_parsing() -> None:
    page = "<html><body>" + "<p>Officials said the talks would resume.</p>" * 200 + "</body></html>"
    with pytest.raises(InputError, match="more than 4 x"):
        article_from_html(page, settings=Settings(max_chars=1000))
