"""The pipeline keeps going when one article cannot be extracted."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimwire import Article, ClaimwireError, ExtractionError, Extractor, InputError

GOOD = "Kenya's police said on Monday that protesters had blocked the main road to Nairobi."


def test_bad_publication_date_is_reported_and_the_rest_goes_on(extractor: Extractor) -> None:
    articles = [
        Article(id="a", text=GOOD, published="2024-06-25"),
        Article(id="b", text=GOOD, published="last Tuesday"),
        Article(id="c", text=GOOD, published="2024-06-26"),
    ]
    failed: list[tuple[str, ClaimwireError]] = []
    done = extractor.extract_many(articles, on_error=lambda a, e: failed.append((a.id, e)))
    assert [x.article.id for x in done] == ["a", "c"]
    assert [(aid, type(e)) for aid, e in failed] == [("b", InputError)]
    with pytest.raises(InputError, match="not an ISO 8601 date"):
        list(extractor.extract_many(articles))


def test_a_component_failing_on_one_article_loses_only_that_article(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails_on_b(doc: Doc) -> Doc:
        if "Mombasa" in doc.text:
            raise KeyError("boom")
        return doc

    monkeypatch.setattr(extractor, "_ours", [*extractor._ours, ("failing_step", fails_on_b)])
    articles = [
        Article(id="a", text=GOOD),
        Article(id="b", text=GOOD.replace("Nairobi", "Mombasa")),
        Article(id="c", text=GOOD),
    ]
    failed: list[ClaimwireError] = []
    done = list(extractor.extract_many(articles, on_error=lambda _, e: failed.append(e)))
    assert [x.article.id for x in done] == ["a", "c"]
    assert done[0].claims  # the real components still ran
    (error,) = failed
    assert isinstance(error, ExtractionError)
    assert str(error) == "article b: failing_step failed: KeyError: 'boom'"
