"""Command-line tests act as the demo office's administrator unless they say otherwise."""

from __future__ import annotations

import pytest

from lao_desktop.cli.login import PASSWORD_ENV_VAR
from lao_desktop.demo.builder import DEMO_PASSWORD


@pytest.fixture(autouse=True)
def _demo_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV_VAR, DEMO_PASSWORD)
