"""The administrator's page of users: add one, change a role or a password, disable or enable."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from warcrimes.domain.access import PERMISSIONS, ROLE_PERMISSIONS, User
from warcrimes.queries.users import list_users
from warcrimes.services import users
from warcrimes.web.auth import LoginDep, requires
from warcrimes.web.deps import StoreDep
from warcrimes.web.render import changed, page

router = APIRouter()
Name = Annotated[str, Form(max_length=64)]


def user_entry(user: User) -> dict[str, object]:
    return {"username": user.username, "role": user.role, "active": user.active,
            "created_at": user.created_at.isoformat(), "password_changed_at": user.password_changed_at.isoformat()}


@router.api_route("/users", methods=["GET", "HEAD"])
@router.api_route("/users.json", methods=["GET", "HEAD"], include_in_schema=False)
@requires("users")
def users_page(request: Request, store: StoreDep) -> Response:
    payload = {"users": [user_entry(u) for u in list_users(store)],
               "roles": {role: sorted(perms) for role, perms in ROLE_PERMISSIONS.items()}}
    return page(request, "users.html", payload, permissions=PERMISSIONS, json_url="/users.json")


@router.post("/users")
@requires("users")
def add(request: Request, store: StoreDep, login: LoginDep, username: Name, role: Annotated[str, Form()],
        password: Annotated[str, Form(max_length=4096)]) -> Response:
    done = users.add_user(store, username, password, role, actor=login.username)
    return changed(request, "/users", user_entry(done))


@router.post("/users/{username}/role")
@requires("users")
def role(request: Request, username: str, store: StoreDep, login: LoginDep,
         new_role: Annotated[str, Form(alias="role")]) -> Response:
    return changed(request, "/users", user_entry(users.set_role(store, username, new_role, actor=login.username)))


@router.post("/users/{username}/password")
@requires("users")
def password(request: Request, username: str, store: StoreDep, login: LoginDep,
             new_password: Annotated[str, Form(alias="password", max_length=4096)]) -> Response:
    done = users.set_password(store, username, new_password, actor=login.username)
    return changed(request, "/users", user_entry(done))


@router.post("/users/{username}/disable")
@requires("users")
def disable(request: Request, username: str, store: StoreDep, login: LoginDep) -> Response:
    return changed(request, "/users", user_entry(users.set_active(store, username, False, actor=login.username)))


@router.post("/users/{username}/enable")
@requires("users")
def enable(request: Request, username: str, store: StoreDep, login: LoginDep) -> Response:
    return changed(request, "/users", user_entry(users.set_active(store, username, True, actor=login.username)))
