"""The cache of derived data: built once, read back while its inputs stay the same, rebuilt otherwise."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from warcrimes.gazetteer import cache, loader
from warcrimes.gazetteer.cache import digest, remembered


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


class Builds:
    """A build that counts how often it ran."""

    def __init__(self, value: object) -> None:
        self.value, self.runs = value, 0

    def __call__(self) -> object:
        self.runs += 1
        return self.value


def test_a_value_is_built_once_then_read_back_from_its_file(folder: Path) -> None:
    build = Builds({"kherson": [1, 2]})
    key = digest("forms", [b"places v1"])
    assert remembered("forms", key, build) == {"kherson": [1, 2]}
    assert remembered("forms", key, build) == {"kherson": [1, 2]}
    assert build.runs == 1
    assert [p.name for p in folder.iterdir()] == [f"forms-{key}.pickle"]


def test_changed_inputs_are_a_miss_not_a_stale_hit(folder: Path) -> None:
    remembered("forms", digest("forms", [b"places v1"]), Builds("old"))
    assert remembered("forms", digest("forms", [b"places v2"]), Builds("new")) == "new"
    assert digest("forms", [b"ab", b"c"]) != digest("forms", [b"a", b"bc"])  # inputs are length-prefixed


def test_a_truncated_file_is_built_again_and_replaced(folder: Path) -> None:
    key = digest("forms", [b"places"])
    folder.mkdir()
    (folder / f"forms-{key}.pickle").write_bytes(pickle.dumps(list(range(1000)))[:50])
    build = Builds([1, 2, 3])
    assert remembered("forms", key, build) == [1, 2, 3]
    assert remembered("forms", key, build) == [1, 2, 3] and build.runs == 1


def test_only_the_newest_files_of_a_kind_are_kept(folder: Path) -> None:
    for version in range(cache.KEEP + 2):
        remembered("forms", digest("forms", [str(version).encode()]), Builds(version))
    assert len(list(folder.glob("forms-*.pickle"))) == cache.KEEP


def test_off_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    build = Builds("value")
    assert remembered("forms", "k", build) == "value" and remembered("forms", "k", build) == "value"
    assert build.runs == 2 and not any(tmp_path.iterdir())


def test_a_folder_that_cannot_be_written_still_gives_the_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    assert remembered("forms", "k", Builds("value")) == "value"


def test_the_shipped_gazetteer_read_back_is_the_one_built(folder: Path) -> None:
    built = loader.load.__wrapped__()  # a miss: parsed from places.tsv.gz and written
    again = loader.load.__wrapped__()  # a hit: read back
    assert built is not again and built.digest == again.digest != ""
    assert list(built) == list(again)
    assert list(built.surface_forms()) == list(again.surface_forms())
    for name in ("Stepove", "Kherson", "Rabotino", "Бахмут"):
        assert built.candidates(name) == again.candidates(name)


def test_the_place_automaton_read_back_matches_the_one_built(folder: Path) -> None:
    from warcrimes.extract.steps import places

    gazetteer = loader.load()
    fresh = places._build(gazetteer)
    stored = places.automaton(gazetteer)  # through the cache (written or read back)
    text = "shelling of kherson and stepove, near bakhmut raion in donetsk oblast"
    assert list(stored.iter(text)) == list(fresh.iter(text))
    assert len(stored) == len(fresh)
    assert [stored.get(key) for key in ("kherson", "stepove", "bakhmut")] == [
        fresh.get(key) for key in ("kherson", "stepove", "bakhmut")]
