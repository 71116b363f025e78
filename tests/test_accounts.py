"""Users, passwords, sessions and the wait after failed logins (services/users, sessions, lockout)."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher, Type

from warcrimes.domain.access import ROLE_PERMISSIONS, allows, permissions_of
from warcrimes.errors import BadInputError, LoginRefused, NotFoundError
from warcrimes.queries.users import list_users
from warcrimes.services import lockout, passwords, sessions
from warcrimes.services.unit import custody_log
from warcrimes.services.users import add_user, ensure_first_admin, set_active, set_password, set_role, user_name
from warcrimes.store import Store

PASSWORD = "seven unrelated words, at least"


def test_production_hashes_are_argon2id_at_rfc_9106_cost() -> None:
    hasher = PasswordHasher()  # what services/passwords.py uses outside the tests
    assert hasher.type is Type.ID
    assert (hasher.time_cost, hasher.memory_cost, hasher.parallelism) >= (3, 65536, 4)
    assert passwords.HASHER.type is Type.ID


def test_the_stored_hash_is_argon2id_and_never_the_password(store: Store) -> None:
    add_user(store, "olena", PASSWORD, "analyst", actor="admin")
    with store.transaction() as session:
        from warcrimes.store import reads

        stored = reads.require_user(session, "olena").password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_user_names_are_folded_and_checked() -> None:
    assert user_name("  Olena.K ") == "olena.k"
    assert user_name("Олена") == "олена"
    for bad in ("a", "-dash", "has space", "x" * 65, "linker", "semi;colon"):
        with pytest.raises(BadInputError):
            user_name(bad)


def test_a_short_password_is_refused_without_echoing_it(store: Store) -> None:
    with pytest.raises(BadInputError) as refused:
        add_user(store, "olena", "tiny-secret", "analyst", actor="admin")
    assert "tiny-secret" not in str(refused.value) and "at least 12" in str(refused.value)


def test_roles_are_a_table_of_permissions_and_an_unknown_role_has_none() -> None:
    assert allows("analyst", "review") and not allows("viewer", "review")
    assert not allows("viewer", "personal_data") and allows("analyst", "personal_data")
    assert permissions_of("admin") >= permissions_of("analyst") | {"users", "settings"}
    assert permissions_of("root") == frozenset()
    assert set(ROLE_PERMISSIONS) == {"viewer", "analyst", "admin"}


def test_adding_a_user_is_a_custody_entry_naming_who_added_them_and_no_hash(store: Store) -> None:
    add_user(store, "olena", PASSWORD, "analyst", actor="admin")
    with store.transaction() as session:
        entry = custody_log(store).entries_about(session, ["user:olena"])[0]
    assert (entry.action, entry.actor, entry.details["role"]) == ("user.add", "admin", "analyst")
    assert "argon2" not in str(entry.details) and PASSWORD not in str(entry.details)


def test_the_same_user_twice_is_refused(store: Store) -> None:
    add_user(store, "olena", PASSWORD, "analyst", actor="admin")
    with pytest.raises(BadInputError, match="already exists"):
        add_user(store, "OLENA", PASSWORD, "viewer", actor="admin")


def test_login_opens_a_new_session_and_ends_the_login_forms_one(store: Store) -> None:
    add_user(store, "olena", PASSWORD, "analyst", actor="admin")
    form = sessions.start(store)
    assert sessions.visit(store, form.token) is not None
    started, login = sessions.login(store, form.token, "Olena", PASSWORD, "10.0.0.1")
    assert started.token != form.token and started.csrf_token != form.csrf_token
    assert sessions.visit(store, form.token) is None, "the token from before login must be worth nothing"
    visit = sessions.visit(store, started.token)
    assert visit is not None and visit.login is not None and visit.login.username == "olena"
    assert login.can("review")


def test_a_wrong_password_and_an_unknown_user_get_the_same_answer(store: Store) -> None:
    add_user(store, "olena", PASSWORD, "analyst", actor="admin")
    answers = []
    for name, password in (("olena", "not the password at all"), ("nobody", PASSWORD)):
        with pytest.raises(LoginRefused) as refused:
            sessions.login(store, None, name, password, "10.0.0.1")
        answers.append((str(refused.value), refused.value.retry_after))
    assert answers[0] == answers[1] == (sessions.WRONG, None)


def test_repeated_failures_make_the_name_wait_whether_or_not_it_exists(store: Store) -> None:
    add_user(store, "olena", PASSWORD, "analyst", actor="admin")
    now = dt.datetime(2025, 1, 10, 9, 0, tzinfo=dt.UTC)
    for name in ("olena", "nobody"):
        for _ in range(lockout.FREE["user"]):
            with pytest.raises(LoginRefused):
                sessions.login(store, None, name, "wrong guess, wrong", f"10.0.0.{len(name)}", now=now)
        with pytest.raises(LoginRefused) as refused:
            sessions.login(store, None, name, PASSWORD, f"10.0.0.{len(name)}", now=now)
        assert refused.value.retry_after == 31 and "too many failed logins" in str(refused.value)
    started, _ = sessions.login(store, None, "olena", PASSWORD, "10.0.0.5", now=now + dt.timedelta(seconds=31))
    assert started.token


def test_the_wait_doubles_and_is_bounded() -> None:
    waits = [lockout.wait_after(n, "user").total_seconds() for n in range(1, 12)]
    assert waits[:4] == [0, 0, 0, 0] and waits[4:8] == [30, 60, 120, 240]
    assert max(waits) == lockout.LONGEST_WAIT.total_seconds()


def test_many_names_from_one_address_make_the_address_wait(store: Store) -> None:
    now = dt.datetime(2025, 1, 10, 9, 0, tzinfo=dt.UTC)
    for n in range(lockout.FREE["client"]):
        with pytest.raises(LoginRefused):
            sessions.login(store, None, f"guess{n}", "wrong guess, wrong", "203.0.113.9", now=now)
    with pytest.raises(LoginRefused) as refused:
        sessions.login(store, None, "fresh-name", "wrong guess, wrong", "203.0.113.9", now=now)
    assert refused.value.retry_after


def test_a_session_ends_when_idle_and_at_its_absolute_end(store: Store) -> None:
    add_user(store, "olena", PASSWORD, "analyst", actor="admin")
    now = dt.datetime.now(dt.UTC)
    kept, idle = sessions.open_session(store, "olena"), sessions.open_session(store, "olena")
    assert sessions.visit(store, kept.token, now + sessions.IDLE - dt.timedelta(minutes=5)) is not None
    assert sessions.visit(store, idle.token, now + sessions.IDLE + dt.timedelta(minutes=5)) is None
    assert sessions.visit(store, idle.token) is None, "an idle session is gone, not only refused"
    other = sessions.open_session(store, "olena")
    moment = now
    while moment < now + sessions.ABSOLUTE - dt.timedelta(hours=1):  # active all day long
        moment += dt.timedelta(hours=1)
        assert sessions.visit(store, other.token, moment) is not None
    assert sessions.visit(store, other.token, now + sessions.ABSOLUTE + dt.timedelta(minutes=1)) is None


def test_disabling_a_user_or_changing_their_password_ends_their_sessions(store: Store) -> None:
    add_user(store, "olena", PASSWORD, "analyst", actor="admin")
    first = sessions.open_session(store, "olena")
    set_password(store, "olena", "a brand new passphrase", actor="admin")
    assert sessions.visit(store, first.token) is None
    second = sessions.open_session(store, "olena")
    set_active(store, "olena", False, actor="admin")
    assert sessions.visit(store, second.token) is None
    with pytest.raises(LoginRefused):
        sessions.login(store, None, "olena", "a brand new passphrase", "10.0.0.1")
    set_role(store, "olena", "viewer", actor="admin")
    assert [(u.username, u.role, u.active) for u in list_users(store)] == [("olena", "viewer", False)]


def test_changing_an_unknown_user_says_so(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no user 'ghost'"):
        set_active(store, "ghost", False, actor="admin")


def test_the_first_store_gets_an_admin_with_the_given_password_or_a_random_one_once(store: Store) -> None:
    made = ensure_first_admin(store, "the admin's own passphrase")
    assert made is not None and made.username == "admin" and made.shown_password is None
    assert [(u.username, u.role) for u in list_users(store)] == [("admin", "admin")]
    assert ensure_first_admin(store, None) is None, "a store with users gets no second admin"
    sessions.login(store, None, "admin", "the admin's own passphrase", "10.0.0.1")


def test_a_store_without_a_given_password_gets_a_random_one_shown_once(store: Store) -> None:
    made = ensure_first_admin(store, None)
    shown = made.shown_password if made else None
    assert shown and len(shown) >= 20
    sessions.login(store, None, "admin", shown, "10.0.0.1")
    assert ensure_first_admin(store, None) is None


def test_the_last_active_admin_cannot_be_disabled_or_demoted(store: Store) -> None:
    ensure_first_admin(store, "the admin's own passphrase")
    for change in (lambda: set_active(store, "admin", False, actor="admin"),
                   lambda: set_role(store, "admin", "analyst", actor="admin")):
        with pytest.raises(BadInputError, match="last active admin"):
            change()
    add_user(store, "second", PASSWORD, "admin", actor="admin")
    assert not set_active(store, "admin", False, actor="second").active
