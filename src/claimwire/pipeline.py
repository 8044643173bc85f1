"""The extraction pipeline: a spaCy model plus claimwire's components."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from claimwire.errors import ClaimwireError, ExtractionError, InputError
from claimwire.nlp import COMPONENTS, load_model
from claimwire.nlp.assemble import assemble
from claimwire.records import Article, Extraction
from claimwire.settings import Settings

__all__ = ["ErrorHandler", "Extractor", "build_nlp", "extract", "parse_published"]

#: Called with an article that could not be extracted and the reason.
ErrorHandler = Callable[[Article, ClaimwireError], None]


def build_nlp(settings: Settings | None = None) -> Language:
    """Load the model and add claimwire's components to it."""
    settings = settings or Settings.from_env()
    nlp = load_model(settings.model)
    for name in COMPONENTS:
        config: dict[str, object] = {}
        if name == "claimwire_places":
            config["gazetteer"] = str(settings.gazetteer_path)
        if name == "claimwire_entities":
            config["actors"] = [str(path) for path in settings.actors]
        nlp.add_pipe(name, config=config)
    return nlp


def parse_published(value: str | None) -> dt.date | None:
    """The date part of an ISO 8601 date or date-time (``2024-08-15T10:00Z``)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(f"published date {value!r} is not an ISO 8601 date") from None


class Extractor:
    """Runs the whole pipeline on articles; load once, reuse for many.

    >>> extractor = Extractor()                      # doctest: +SKIP
    >>> extractor.extract(article).claims[0].speaker_name  # doctest: +SKIP
    'Volodymyr Zelenskyy'
    """

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.nlp = nlp if nlp is not None else build_nlp(self.settings)

        # Our components run one article at a time after the model's (they have no
        # batched form), so that a failure is confined to the article it hit.
        self._ours = [(name, proc) for name, proc in self.nlp.pipeline if name in COMPONENTS]

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article]))

    def extract_many(
        self, articles: Iterable[Article], *, on_error: ErrorHandler | None = None
    ) -> Iterator[Extraction]:
        """Extract from many articles, streaming through ``nlp.pipe`` in batches.

        An article that cannot be extracted (a bad publication date, a component
        failing on it) raises :class:`~claimwire.errors.ClaimwireError`, or, with
        ``on_error``, is handed to it and skipped while the others go on.
        """
        for doc, article in self.nlp.pipe(
            self._docs(articles, on_error),
            as_tuples=True,
            batch_size=self.settings.batch_size,
            disable=[name for name, _ in self._ours],
        ):
            try:
                extraction = self._finish(doc, article)
            except ExtractionError as error:
                _give_up(article, error, on_error)
                continue
            yield extraction

    def _finish(self, doc: Doc, article: Article) -> Extraction:
        for name, proc in self._ours:
            try:
                doc = proc(doc)
            except Exception as exc:  # a bug on one article must not lose the others
                raise ExtractionError(
                    f"{name} failed: {type(exc).__name__}: {exc}", source=article.id
                ) from exc
        return assemble(doc, article)

    def _docs(
        self, articles: Iterable[Article], on_error: ErrorHandler | None
    ) -> Iterator[tuple[Doc, Article]]:
        # Components need the publication date while they run, so the Doc is made
        # here with it set, rather than by nlp.pipe from the text.
        for article in articles:
            try:
                published = parse_published(article.published)
            except InputError as error:
                _give_up(article, error, on_error)
                continue
            doc = self.nlp.make_doc(article.text)
            doc._.cw_published = published
            yield doc, article


def _give_up(article: Article, error: ClaimwireError, on_error: ErrorHandler | None) -> None:
    """Hand an article that cannot be extracted to ``on_error``, or raise without one."""
    if on_error is None:
        raise error
    on_error(article, error)


_default_extractor: Extractor | None = None


def extract(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Extraction:
    """Extract from one plain text, with a pipeline loaded on first use and kept.

    For many texts, make one :class:`Extractor` and call ``extract_many``.
    """
    global _default_extractor
    from claimwire.ingest import article_from_text  # ingest depends on nothing here

    if _default_extractor is None:
        _default_extractor = Extractor()
    article = article_from_text(text, title=title, url=url, source=source, published=published)
    return _default_extractor.extract(article)
