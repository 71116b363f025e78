"""What was hit and with what, read from an account's text in English, Ukrainian and Russian."""

from __future__ import annotations

from warcrimes.corroborate.descriptors import Descriptors, agreement, describe, of_account


def test_a_guided_bomb_on_a_hospital_is_read_in_three_wordings() -> None:
    for text in ("A guided bomb hit the hospital grounds this morning.",
                 "The regional hospital was struck by an aerial bomb.",
                 "Russian aviation dropped bombs on the town's hospitals overnight."):
        found = describe(text)
        assert found.weapons == {"aerial_bomb"} and found.first_target == "hospital", text


def test_ukrainian_and_russian_case_forms_are_read() -> None:
    assert describe("Ворог атакував дроном автобус з пасажирами.") == Descriptors(
        frozenset({"drone"}), frozenset({"bus"}), "bus")
    assert describe("Беспилотник ударил по автомобилю на окраине.").first_target == "car"
    assert describe("Снаряди влучили в ринок у центрі міста.").first_target == "market"


def test_taken_to_hospital_is_not_a_hospital_hit() -> None:
    found = describe("A drone hit a car; the driver was taken to hospital and later died in hospital.")
    assert found.targets == {"car"}


def test_a_bus_stop_is_not_a_bus() -> None:
    assert "bus" not in describe("Shells landed near the bus stop by the market.").targets


def test_carried_and_cars_are_told_apart() -> None:
    assert describe("Rescuers carried the wounded out.").targets == frozenset()
    assert describe("Two cars burned.").targets == {"car"}


def test_same_weapon_and_object_agree_fully_and_different_ones_not_at_all() -> None:
    bus = describe("A drone hit an evacuation bus.")
    assert agreement(bus, describe("An FPV drone struck the bus near the station.")) == 1.0
    assert agreement(bus, describe("Artillery shells hit the central market.")) == 0.0
    assert agreement(bus, describe("Nothing here names either.")) is None


def test_stored_descriptors_read_back_the_same() -> None:
    found = describe("A missile hit a five-storey apartment block and a shop.")
    assert Descriptors.from_list(found.to_list()) == found


def test_an_account_of_a_longer_report_reads_its_own_stretch_first() -> None:
    text = "A drone hit a car in the morning.\n\nIn the evening shells hit the market."
    assert of_account(text, (0, 33), alone=False).targets == {"car"}
    assert of_account(text, (0, 33), alone=True).targets == {"car", "market"}
