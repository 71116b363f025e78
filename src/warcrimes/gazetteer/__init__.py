"""Gazetteer of Ukrainian settlements (every village of the KATOTTG codifier), raions, regions and
the Russian border regions, with coordinates and the spellings reports use.

    from warcrimes.gazetteer import load
    gazetteer = load()
    gazetteer.resolve("Rabotino")              # Robotyne, Zaporizhzhia Oblast
    gazetteer.resolve("Stepove", admin1="Donetsk region")

The data file is built by scripts/build_gazetteer.py; see data/PROVENANCE.md.
"""

from warcrimes.gazetteer.fold import fold, fold_with_offsets
from warcrimes.gazetteer.loader import load, read_gazetteer
from warcrimes.gazetteer.lookup import Gazetteer, UnknownPlaceError
from warcrimes.gazetteer.places import Place
from warcrimes.gazetteer.translit import transliterate

__all__ = ["Gazetteer", "Place", "UnknownPlaceError", "fold", "fold_with_offsets", "load", "read_gazetteer",
           "transliterate"]
