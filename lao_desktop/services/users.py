"""User accounts and their roles (passwords and login: ``accounts``). The office always keeps
one active administrator who can log in: the last one cannot be switched off, demoted or
deleted, and nobody deletes their own account."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lao_desktop.errors import FieldProblem, ValidationError
from lao_desktop.i18n import N_, _
from lao_desktop.models.enums import Role
from lao_desktop.models.user import User
from lao_desktop.services.entity import EntityService
from lao_desktop.services.fields import BoolField, ChoiceField, FieldValueError, TextField
from lao_desktop.services.permissions import Action, require
from lao_desktop.services.schema import Schema

_LAST_ADMIN = N_(
    "This is the office's only administrator: make another user an administrator (with a "
    "password) first, or the office could no longer manage users, settings and restores."
)


class UsernameField(TextField):
    def convert(self, raw: Any) -> str:
        name = super().convert(raw).casefold()
        if not name.replace(".", "").replace("_", "").replace("-", "").isalnum() or " " in name:
            raise FieldValueError(
                _("may contain letters, digits, dot, dash and underscore only, without spaces.")
            )
        return name


class UserService(EntityService[User]):
    model = User
    label = N_("User")
    schema = Schema(
        {
            "username": UsernameField(label=N_("User name"), required=True, max_length=100),
            "display_name": TextField(label=N_("Full name"), required=True),
            "position": TextField(label=N_("Position")),
            "role": ChoiceField(label=N_("Role"), required=True, enum=Role),
            "active": BoolField(label=N_("Active")),
        }
    )
    filterable = ("role", "active")
    sortable = {"name": "display_name", "username": "username"}

    def describe(self, obj: User) -> str:
        return obj.username

    write_action = Action.ADMINISTER

    def create(self, data: Mapping[str, Any], *, ident: uuid.UUID | None = None) -> User:
        return super().create({"active": True, **data}, ident=ident)

    def delete(self, ident: Any) -> None:
        require(self.ctx.actor, self.write_action)  # refused before any rule is explained
        if ident == self.ctx.actor.user_id:
            raise ValidationError(
                [FieldProblem("username", _("You cannot delete your own account."))]
            )
        with self.ctx.transaction() as session:
            user = session.get(User, ident)
            if user is not None and self._last_admin(session, user):
                raise ValidationError([FieldProblem("role", _(_LAST_ADMIN))])
            super().delete(ident)

    def _last_admin(self, session: Session, user: User) -> bool:
        """Whether ``user`` is the only active administrator who can log in."""
        if user.role != Role.ADMIN or not user.active or user.password_hash is None:
            return False
        others = session.scalar(
            select(func.count())
            .select_from(User)
            .where(
                User.id != user.id,
                User.role == Role.ADMIN,
                User.active.is_(True),
                User.password_hash.is_not(None),
                User.deleted_at.is_(None),
            )
        )
        return not others

    def extra_problems(
        self, session: Session, values: Mapping[str, Any], obj: User | None
    ) -> list[FieldProblem]:
        if (
            obj is not None
            and (values["role"] != Role.ADMIN or not values["active"])
            and self._last_admin(session, obj)
        ):
            return [FieldProblem("role", _(_LAST_ADMIN))]
        stmt = select(func.count()).select_from(User).where(User.username == values["username"])
        if obj is not None:
            stmt = stmt.where(User.id != obj.id)
        if session.scalar(stmt):
            return [
                FieldProblem(
                    "username",
                    _("User name: “{name}” is taken; choose another.").format(
                        name=values["username"]
                    ),
                )
            ]
        return []
