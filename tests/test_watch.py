"""`claimwire watch`: new documents in a folder or feed become queryable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimwire.batch.watch import Watcher
from claimwire.cli import main
from claimwire.errors import InputError
from claimwire.records import Article
from claimwire.settings import Settings
from claimwire.store import open_store

STORY = (
    "Israeli officials said on Sunday that {n} trucks of aid had entered Gaza through the "
    "Kerem Shalom crossing. Hamas did not respond to a request for comment, and the United "
    "Nations said the deliveries fell far short of what was needed in the territory."
)


def _write(folder: Path, n: int) -> Path:
    path = folder / f"story{n}.txt"
    path.write_text(STORY.format(n=n * 10), encoding="utf-8")
    return path


def test_each_poll_yields_only_new_or_changed_documents(tmp_path: Path) -> None:
    _write(tmp_path, 1)
    (tmp_path / "notes.csv").write_text("ignored,file\n")
    watcher = Watcher(tmp_path)
    first = list(watcher.poll())
    assert [type(a) for a in first] == [Article]
    assert list(watcher.poll()) == []
    second = _write(tmp_path, 2)
    assert [a.text for a in watcher.poll() if isinstance(a, Article)] == [second.read_text("utf-8")]
    stat = second.stat()
    second.write_text(STORY.format(n=999), encoding="utf-8")
    os.utime(second, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    (changed,) = list(watcher.poll())
    assert isinstance(changed, Article)
    assert "999 trucks" in changed.text


def test_watching_a_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        Watcher(tmp_path / "nowhere")


def test_watch_command_stores_new_articles(
    tmp_path: Path,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("CLAIMWIRE_CACHE_DIR", str(settings.cache_dir))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _write(inbox, 1)
    _write(inbox, 2)
    db = str(tmp_path / "watch.db")
    assert main(["watch", str(inbox), "--db", db, "--polls", "2", "--interval", "0.1"]) == 0
    assert "2 new of 2 articles" in capsys.readouterr().out
    with open_store(db) as store:
        assert store.count("articles") == 2
