"""The one place that asks what day it is, for "still to do" and similar.

SOURCE_DATE_EPOCH (the reproducible-builds convention) fixes the day, so two
builds of the same inputs with it set are identical; without it, it is today,
which is what a scheduled rebuild needs to keep such lists true.
"""
from __future__ import annotations

import datetime as dt
import os


def as_of() -> dt.date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    return dt.date.today()
