"""Importing GeoNames dumps: the format, bad input, atomic and concurrent builds."""

from __future__ import annotations

import multiprocessing
import shutil
import sqlite3
from pathlib import Path

import pytest

from claimwire.cli import main
from claimwire.errors import GazetteerError
from claimwire.geo import Gazetteer, ensure_gazetteer, import_dumps, is_current, open_gazetteer
from claimwire.geo.geonames import detect_kind, read_alternate_names, read_places
from claimwire.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "geonames"
DUMPS = [
    FIXTURES / name
    for name in ("alternateNamesV2.txt", "UA.txt", "admin2Codes.txt", "admin1CodesASCII.txt")
]


def test_detects_each_kind_of_dump() -> None:
    kinds = {p.name: detect_kind(p) for p in DUMPS}
    assert kinds == {
        "alternateNamesV2.txt": "alternate_names",
        "UA.txt": "places",
        "admin2Codes.txt": "admin2",
        "admin1CodesASCII.txt": "admin1",
    }


def test_reads_place_rows() -> None:
    rows = list(read_places(FIXTURES / "UA.txt"))
    kharkiv = rows[0]
    assert (kharkiv.geonameid, kharkiv.feature_code, kharkiv.admin1_code) == (706483, "PPLA", "07")
    assert kharkiv.population == 1430885
    assert "Kharkov" in kharkiv.alternatenames


def test_alternate_names_leave_out_links() -> None:
    names = [a.name for a in read_alternate_names(FIXTURES / "alternateNamesV2.txt")]
    assert "Kharkiv City" in names
    assert not any(n.startswith("http") for n in names)


def test_import_dumps_alone(tmp_path: Path) -> None:
    target = tmp_path / "g.sqlite"
    counts = import_dumps(target, DUMPS, base=False)
    assert counts == {"places": 6, "admin1": 2, "admin2": 1, "alternate_names": 4}
    index = Gazetteer(target)
    assert len(index) == 6
    assert [c.entry.geonameid for c in index.lookup("Charkiv")] == [706483]
    assert [c.entry.geonameid for c in index.lookup("Kharkiv City")] == [706483]  # alternateNames
    assert index.lookup("Kharkow") == ()  # historic names are left out
    assert index.lookup("Nowhere In This File") == ()  # names of places not imported
    assert {c.entry.level for c in index.lookup("Izium Raion")} == {"admin2"}
    region = index.admin1("UA", "07")
    assert region is not None
    assert region.geonameid == 706482
    # The bare name of the oblast reaches it.
    assert 706482 in {c.entry.id for c in index.lookup("Kharkiv")}
    assert index.lookup("Russia") == ()


def test_import_over_the_embedded_base(tmp_path: Path, settings: Settings) -> None:
    target = tmp_path / "g.sqlite"
    files = [
        FIXTURES / "UA.txt",
        FIXTURES / "admin1CodesASCII.txt",
        FIXTURES / "alternateNamesV2.txt",
    ]
    open_gazetteer(settings.gazetteer_path)  # the embedded index, built once per test run
    import_dumps(target, files, base_index=settings.gazetteer_path)
    index = Gazetteer(target)
    assert index.source.startswith("import:base+")
    assert index.country("RU") is not None  # the rest of the world is still there
    region = index.admin1("UA", "07")
    assert region is not None
    assert region.geonameid == 706482
    derived = [c for c in index.lookup("Kharkiv Oblast") if c.entry.id < 0]
    assert derived == []
    kharkiv = {c.entry.id for c in index.lookup("Kharkiv City")}  # a name only the dump has
    assert kharkiv == {706483}
    assert any(c.entry.id == 706483 for c in index.lookup("Kharkov"))  # the base's names stay


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no such file"):
        import_dumps(tmp_path / "g.sqlite", [tmp_path / "allCountries.txt"], base=False)


def test_wrong_column_count_names_the_line_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "g.sqlite"
    import_dumps(target, [FIXTURES / "UA.txt"], base=False)
    before = target.read_bytes()
    with pytest.raises(GazetteerError, match=r"broken_places\.txt:2: expected 19 .* found 18"):
        import_dumps(target, [FIXTURES / "UA.txt", FIXTURES / "broken_places.txt"], base=False)
    assert target.read_bytes() == before  # the old index is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.sqlite", "g.sqlite.lock"]


def test_not_a_dump(tmp_path: Path) -> None:
    odd = tmp_path / "notes.txt"
    odd.write_text("just\tthree\tcolumns\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"notes\.txt:1: 3 tab-separated columns"):
        import_dumps(tmp_path / "g.sqlite", [odd], base=False)


def test_bad_number_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "XX.txt"
    line = (FIXTURES / "UA.txt").read_text(encoding="utf-8").splitlines()[0].split("\t")
    line[4] = "north"
    bad.write_text("\t".join(line) + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"XX\.txt:1: latitude 'north' is not a number"):
        import_dumps(tmp_path / "g.sqlite", [bad], base=False)


def _import_worker(target: str, fixtures: str) -> None:
    files = [Path(fixtures) / n for n in ("UA.txt", "admin1CodesASCII.txt", "alternateNamesV2.txt")]
    import_dumps(Path(target), files, base=False)


def test_concurrent_builds_leave_one_whole_index(tmp_path: Path) -> None:
    target = tmp_path / "g.sqlite"
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(target=_import_worker, args=(str(target), str(FIXTURES))) for _ in range(3)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert [w.exitcode for w in workers] == [0, 0, 0]
    index = Gazetteer(target)
    assert len(index) == 6
    assert index.lookup("Kharkiv City")
    assert not list(tmp_path.glob("*.tmp"))


def test_cli_import_and_lookup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "g.sqlite"
    args = ["--gazetteer", str(target), "--no-base"]
    assert main(["gazetteer", "import", *map(str, DUMPS), *args]) == 0
    assert "6 places" in capsys.readouterr().out
    assert main(["gazetteer", "lookup", "Kharkov", "--gazetteer", str(target), "--json"]) == 0
    assert '"geonameid": 706483' in capsys.readouterr().out


def test_cli_reports_bad_input_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.txt"
    shutil.copy(FIXTURES / "broken_places.txt", broken)
    target = str(tmp_path / "g.sqlite")
    code = main(["gazetteer", "import", str(broken), "--no-base", "--gazetteer", target])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("error: ")
    assert "broken.txt:2:" in err
    assert "Traceback" not in err


def test_an_index_of_another_format_is_refused_with_a_remedy(tmp_path: Path) -> None:
    target = tmp_path / "g.sqlite"
    import_dumps(target, [FIXTURES / "UA.txt"], base=False)
    with sqlite3.connect(target) as db:
        db.execute("UPDATE meta SET value = '0' WHERE key = 'format'")
    assert not is_current(target)
    with pytest.raises(GazetteerError, match="gazetteer build"):
        Gazetteer(target)


def test_not_a_gazetteer(tmp_path: Path) -> None:
    junk = tmp_path / "g.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(GazetteerError, match="not a claimwire gazetteer"):
        Gazetteer(junk)
    with pytest.raises(GazetteerError, match="no gazetteer at"):
        Gazetteer(tmp_path / "missing.sqlite")


def test_a_current_index_is_not_rebuilt(settings: Settings) -> None:
    path = open_gazetteer(settings.gazetteer_path).path
    before = path.stat().st_mtime_ns
    assert ensure_gazetteer(path) == path
    assert path.stat().st_mtime_ns == before
