"""Protection primitives: field encryption with key ids, rotation, the keyring file, the blind index,
and no personal value in any repr or error message."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from warcrimes.registry.blocking import profile
from warcrimes.registry.history import check_entry
from warcrimes.registry.keyring import KeyringError, field_keys, keyring_path, retire, rotate
from warcrimes.registry.listrows import ListRow
from warcrimes.registry.matching import compare
from warcrimes.registry.protect import (
    FieldCryptoError,
    blind_index,
    decrypt_field,
    encrypt_field,
    key_id_of,
    new_keys,
    open_bytes,
    reencrypt,
    seal_bytes,
)
from warcrimes.registry.records import (
    Contact,
    MilitaryService,
    PartialDate,
    Person,
    PersonName,
    RegistryInputError,
    StatusEntry,
    StatusSource,
)
from warcrimes.registry.sealed import blind_terms, index_terms, open_person, seal_person, search_terms

NAME = "Гордієнко"
PERSON = Person("p-1", name_uk=PersonName(NAME, "Олександр", "Петрович"),
                name_latin=PersonName("Hordiienko", "Oleksandr", "Petrovych"),
                names_ru=(PersonName("Гордиенко", "Александр", "Петрович"),), sex="male",
                birth_date=PartialDate(1990, 3, 12), birth_place="Мелітополь", category="military",
                military=MilitaryService("солдат", "АА-123456", "в/ч А0000"),
                next_of_kin=(Contact("Гордієнко Марія", "mother", phone="+380501112233", consents_to_share=True),))
PERSONAL_VALUES = (NAME, "Hordiienko", "Гордиенко", "1990", "Мелітополь", "АА-123456", "А0000", "+38050",
                   "Марія", "Олександр")


def test_a_field_round_trips_under_its_context_and_names_its_key() -> None:
    keys = new_keys()
    token = encrypt_field(keys, NAME, "person:p-1")
    assert token.startswith("wcf1.k1.") and NAME not in token
    assert key_id_of(token) == "k1"
    assert decrypt_field(keys, token, "person:p-1") == NAME


def test_two_encryptions_of_one_value_differ() -> None:
    keys = new_keys()
    assert encrypt_field(keys, NAME, "person:p-1") != encrypt_field(keys, NAME, "person:p-1")


def test_a_token_moved_to_another_person_or_altered_does_not_decrypt() -> None:
    keys = new_keys()
    token = encrypt_field(keys, NAME, "person:p-1")
    with pytest.raises(FieldCryptoError, match="integrity check"):
        decrypt_field(keys, token, "person:p-2")
    altered = token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]
    with pytest.raises(FieldCryptoError, match="integrity check"):
        decrypt_field(keys, altered, "person:p-1")
    with pytest.raises(FieldCryptoError, match="not a registry field token"):
        decrypt_field(keys, "Гордієнко", "person:p-1")


def test_a_list_file_is_sealed_for_the_vault_and_opened_only_in_its_context() -> None:
    keys = new_keys()
    content = "family_name,given_name\nГордієнко,Олександр\n".encode()
    sealed = seal_bytes(keys, content, "list:SHA-256:ab")
    assert NAME.encode() not in sealed and sealed.startswith(b"wcf1.k1.")
    assert open_bytes(keys, sealed, "list:SHA-256:ab") == content
    with pytest.raises(FieldCryptoError, match="integrity check"):
        open_bytes(keys, sealed, "list:SHA-256:cd")


def test_rotation_keeps_old_tokens_readable_and_reencrypts_them_under_the_new_key(tmp_path: Path) -> None:
    first = field_keys(tmp_path)
    old = encrypt_field(first, NAME, "person:p-1")
    rotated = rotate(tmp_path)
    assert rotated.active == "k2" and set(rotated.keys) == {"k1", "k2"}
    assert rotated.index_key == first.index_key  # the blind index survives rotation
    assert decrypt_field(rotated, old, "person:p-1") == NAME
    new = reencrypt(rotated, old, "person:p-1")
    assert key_id_of(new) == "k2" and reencrypt(rotated, new, "person:p-1") == new
    after = retire(tmp_path, "k1")
    assert decrypt_field(after, new, "person:p-1") == NAME
    with pytest.raises(FieldCryptoError, match="no longer holds"):
        decrypt_field(after, old, "person:p-1")
    with pytest.raises(KeyringError, match="active key"):
        retire(tmp_path, "k2")


def test_the_keyring_is_made_owner_only_beside_the_signing_key_and_read_back(tmp_path: Path) -> None:
    keys = field_keys(tmp_path)
    path = keyring_path(tmp_path)
    assert path.parent == tmp_path / "keys"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert field_keys(tmp_path).keys == keys.keys


def test_a_keyring_others_can_read_is_refused(tmp_path: Path) -> None:
    field_keys(tmp_path)
    os.chmod(keyring_path(tmp_path), 0o644)
    with pytest.raises(KeyringError, match="mode 644; others could read it"):
        field_keys(tmp_path)


def test_a_damaged_keyring_says_so_without_showing_it(tmp_path: Path) -> None:
    field_keys(tmp_path)
    keyring_path(tmp_path).write_text('{"active": "k1", "keys": {"k1": "c2VjcmV0"}}')
    with pytest.raises(KeyringError, match="is damaged") as caught:
        field_keys(tmp_path)
    assert "c2VjcmV0" not in str(caught.value)


def test_a_person_is_sealed_whole_and_opened_again() -> None:
    keys = new_keys()
    token = seal_person(keys, PERSON)
    assert all(value not in token for value in PERSONAL_VALUES)
    assert open_person(keys, token, "p-1", "military") == PERSON
    with pytest.raises(FieldCryptoError):
        open_person(keys, token, "p-2", "military")


def test_a_search_in_any_spelling_meets_the_blind_index_of_the_person() -> None:
    keys = new_keys()
    stored = blind_terms(keys, index_terms(PERSON))
    for query in ("Hordiienko", "Gordienko Aleksandr", "Oleksandr Hordiienko", "ГОРДІЄНКО", "Гордиенко"):
        assert blind_terms(keys, search_terms(query)) & stored, query
    assert not blind_terms(keys, search_terms("Шевченко Тарас")) & stored
    assert all(NAME.lower() not in term and "hordi" not in term for term in stored)


def test_the_blind_index_depends_on_the_key() -> None:
    assert blind_index(new_keys(), "M:gordenko") != blind_index(new_keys(), "M:gordenko")


def test_no_repr_or_error_message_holds_a_personal_value() -> None:
    keys = new_keys()
    shown = [repr(PERSON), str(PERSON), f"{PERSON}", repr(PERSON.name_uk), repr(PERSON.next_of_kin),
             repr(PERSON.military), repr(profile("p-1", PERSON)), repr(keys),
             repr(compare(profile("p-1", PERSON), profile("p-2", PERSON))),
             repr(ListRow(2, PERSON, "held", PartialDate(2022), "Оленівка", "appeal of Марія")),
             repr(StatusEntry("held", PartialDate(2022), StatusSource("list", "x"), place_id="p", note=NAME))]
    for attempt in (lambda: decrypt_field(keys, encrypt_field(keys, NAME, "a"), "b"),
                    lambda: PartialDate(1990, 2, 31),
                    lambda: check_entry(StatusEntry("held", PartialDate(2022), StatusSource("list", NAME)))):
        with pytest.raises((FieldCryptoError, RegistryInputError)) as caught:
            attempt()
        shown.append(str(caught.value))
    text = "\n".join(shown)
    for value in PERSONAL_VALUES:
        assert value not in text, value
    assert keys.index_key.hex() not in text
