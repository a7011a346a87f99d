"""CRM events from a CSV export: meetings held, invoices issued, payments received.

`operator,date,kind,amount,call_id,client_id` (header required; `call_id`,
`client_id` and `amount` optional). Each bad row becomes one error naming the
file, line and fix; good rows are stored. Re-importing the same file adds
nothing: the store keys each event by its fields.
"""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from callqa.errors import CallqaError, CrmImportError
from callqa.store import CRM_EVENT_KINDS, Store

log = logging.getLogger("callqa")

REQUIRED = ("operator", "date", "kind")
OPTIONAL = ("amount", "call_id", "client_id")


@dataclass(frozen=True)
class ImportResult:
    inserted: int
    duplicates: int
    errors: tuple[str, ...]


def _amount(raw: str) -> float | None:
    raw = raw.strip().replace("\u00a0", "").replace(" ", "")
    if not raw:
        return None
    if "," in raw and "." not in raw:
        raw = raw.replace(",", ".")  # 1234,50 as Russian exports write it
    else:
        raw = raw.replace(",", "")  # 1,234.50
    value = float(raw)
    if value < 0:
        raise ValueError("negative")
    return value


def _day(raw: str) -> date:
    raw = raw.strip()
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return datetime.fromisoformat(raw).date()


def parse_crm_csv(path: str | Path) -> tuple[list[dict], list[str]]:
    """Rows as dicts for `Store.save_crm_events`, and one error line per bad row."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CrmImportError("file not found; check the path", path=str(p)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CrmImportError(f"cannot read as UTF-8 CSV ({exc}); export it as UTF-8", path=str(p)) from exc
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.strip() else csv.excel
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(text.splitlines(), dialect=dialect)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise CrmImportError(f"missing column(s) {', '.join(missing)}; the header must include "
                             f"{','.join(REQUIRED + OPTIONAL)}", path=str(p))
    reader.fieldnames = header
    rows, errors = [], []
    for line, raw in enumerate(reader, start=2):
        rec = {k: (v or "").strip() for k, v in raw.items() if k}
        where = f"{p}:{line}"
        if not any(rec.values()):
            continue
        kind = rec.get("kind", "").lower()
        if kind not in CRM_EVENT_KINDS:
            errors.append(f"{where}: kind '{rec.get('kind', '')}' is not one of {', '.join(CRM_EVENT_KINDS)}")
            continue
        if not rec.get("operator"):
            errors.append(f"{where}: operator is empty; fill in the operator id used in the manifest")
            continue
        try:
            day = _day(rec.get("date", ""))
        except ValueError:
            errors.append(f"{where}: date '{rec.get('date', '')}' is not a date; use YYYY-MM-DD")
            continue
        try:
            amount = _amount(rec.get("amount", ""))
        except ValueError:
            errors.append(f"{where}: amount '{rec.get('amount', '')}' is not a non-negative number")
            continue
        rows.append({"operator": rec["operator"], "date": day, "kind": kind, "amount": amount,
                     "call_id": rec.get("call_id") or None, "client_id": rec.get("client_id") or None})
    return rows, errors


def import_crm(store: Store, path: str | Path) -> ImportResult:
    rows, errors = parse_crm_csv(path)
    try:
        inserted, dup = store.save_crm_events(rows, source=str(path))
    except CallqaError:
        raise
    return ImportResult(inserted, dup, tuple(errors))
