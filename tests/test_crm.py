"""`callqa import-crm`: CRM events into the KPI chain calls → meetings → invoices → payments."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from callqa.cli import main
from callqa.crm import import_crm, parse_crm_csv
from callqa.errors import CrmImportError
from callqa.records import RecordingMeta
from callqa.stats import compute
from callqa.stats_db import facts_from_store
from callqa.stats_synth import bulk_insert, plan_call
from callqa.store import open_store

CSV = """operator,date,kind,amount,call_id,client_id
ivanova,2026-11-03,meeting,,c1,cl1
ivanova,2026-11-04,invoice,"1 500,50",,cl1
ivanova,2026-11-10,payment,1500.50,,cl1
petrov,2026-11-05T14:00:00,meeting,,,cl2
petrov,2026-11-05,call,10,,
,2026-11-05,meeting,,,
petrov,05/11/2026,meeting,,,
petrov,2026-11-06,payment,-3,,
"""


@pytest.fixture()
def crm_file(tmp_path):
    p = tmp_path / "crm.csv"
    p.write_text(CSV, encoding="utf-8")
    return p


def test_parse_reports_each_bad_row_with_its_line(crm_file):
    rows, errors = parse_crm_csv(crm_file)
    assert len(rows) == 4
    assert rows[1]["amount"] == pytest.approx(1500.50) and rows[3]["date"] == date(2026, 11, 5)
    assert len(errors) == 4
    assert errors[0].startswith(f"{crm_file}:6: kind 'call'")
    assert f"{crm_file}:7: operator is empty" in errors[1]
    assert f"{crm_file}:8: date '05/11/2026'" in errors[2]
    assert f"{crm_file}:9: amount '-3'" in errors[3]


def test_missing_columns_and_missing_file(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("who,when\nx,y\n", encoding="utf-8")
    with pytest.raises(CrmImportError, match="missing column"):
        parse_crm_csv(bad)
    with pytest.raises(CrmImportError, match="not found"):
        parse_crm_csv(tmp_path / "nope.csv")


def test_import_is_idempotent_and_feeds_the_kpis(crm_file, tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    first = import_crm(store, crm_file)
    again = import_crm(store, crm_file)
    assert (first.inserted, first.duplicates) == (4, 0)
    assert (again.inserted, again.duplicates) == (0, 4)
    items = []
    for i in range(6):
        a = plan_call(f"c{i}", stop=None if i % 2 else "price", success=bool(i % 2))
        items.append((a, RecordingMeta(call_id=a.call_id, operator="ivanova",
                                       started_at=datetime(2026, 11, 2, 10) + timedelta(days=i))))
    bulk_insert(store, items)
    stats = compute(facts_from_store(store), by="week")
    w45 = next(p for p in stats.periods if p.period == "2026-W45")
    assert w45.calls == 6 and w45.crm["meeting"] == 2 and w45.crm["invoice"] == 1
    assert w45.crm["invoice_amount"] == pytest.approx(1500.50)
    w46 = next(p for p in stats.periods if p.period == "2026-W46")
    assert w46.calls == 0 and w46.crm["payment"] == 1 and w46.crm["payment_amount"] == pytest.approx(1500.50)
    chain = {(op, p.period): p for op, p in stats.operator_periods}
    assert chain[("ivanova", "2026-W45")].crm["meeting"] == 1 and chain[("petrov", "2026-W45")].crm["meeting"] == 1
    assert chain[("petrov", "2026-W45")].calls == 0
    store.close()


def test_cli_prints_one_line_per_bad_row(crm_file, tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    with pytest.raises(SystemExit) as e:
        main(["import-crm", str(crm_file), "--db", url])
    assert e.value.code == 1
    err = capsys.readouterr().err
    assert err.count("Error: ") == 4 and "4 new events, 0 already imported, 4 bad rows" in err
    with pytest.raises(SystemExit) as e:
        main(["import-crm", str(tmp_path / "missing.csv"), "--db", url])
    assert e.value.code == 1
    assert "missing.csv: file not found" in capsys.readouterr().err
