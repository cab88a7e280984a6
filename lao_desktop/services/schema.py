"""A concept's fields and cross-field checks, applied to the input of create and update."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lao_desktop.errors import FieldProblem, ValidationError
from lao_desktop.i18n import _
from lao_desktop.services.fields import Check, Field, FieldValueError


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass(frozen=True)
class Schema:
    fields: dict[str, Field]
    checks: tuple[Check, ...] = field(default=())

    def clean(
        self, data: Mapping[str, Any], current: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Converted values of the fields given in ``data``.

        ``current`` holds the record's values before an update; on create it is None and
        every required field must be given. Raises ValidationError listing every problem.
        """
        problems: list[FieldProblem] = []
        unknown = sorted(set(data) - set(self.fields))
        if unknown:
            # A programming error in the caller, not a clerk's typing: fail loudly.
            raise KeyError(f"unknown fields: {', '.join(unknown)}")
        cleaned: dict[str, Any] = {}
        names = self.fields if current is None else data
        for name in names:
            spec = self.fields[name]
            raw = data.get(name)
            if is_empty(raw):
                if spec.required:
                    problems.append(
                        FieldProblem(
                            name,
                            _("{field}: this is required; please fill it in.").format(
                                field=_(spec.label)
                            ),
                        )
                    )
                    continue
                cleaned[name] = spec.empty_value()
                continue
            try:
                cleaned[name] = spec.convert(raw)
            except FieldValueError as error:
                problems.append(FieldProblem(name, f"{_(spec.label)}: {error}"))
        if not problems:
            merged = {**(current or {}), **cleaned}
            for check in self.checks:
                message = check.rule(merged)
                if message:
                    problems.append(FieldProblem(check.fields[0], message))
        if problems:
            raise ValidationError(problems)
        return cleaned
