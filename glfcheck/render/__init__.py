"""Renderers present results; they return text and never decide a verdict."""

from __future__ import annotations

from enum import Enum


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
