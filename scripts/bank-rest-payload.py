#!/usr/bin/env python3
"""Writes a POST /api/v1/bank-reconciliations body with N book entries and N statement lines (default 10 000)."""
import json, random, sys, datetime
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
rnd = random.Random(42)
end = datetime.date(2026, 12, 31)
entries, lines = [], []
for i in range(n):
    cents = rnd.randint(1, 1_000_000) * (1 if rnd.randint(0, 2) == 0 else -1)
    day = end - datetime.timedelta(days=30 + rnd.randint(0, 300))
    amt = f"{cents / 100:.2f}"
    ref = f"F{i}" if i % 7 == 0 else None
    entries.append({"id": f"B{i}", "date": day.isoformat(), "label": "op", "reference": ref, "amount": amt})
    if i % 10 == 9:
        lines.append({"id": f"S{i}", "date": day.isoformat(), "label": "FRAIS", "amount": "-12.00",
                      "counterpartAccount": "627", "vatAmount": "2.00"})
    else:
        lines.append({"id": f"S{i}", "date": (day + datetime.timedelta(days=rnd.randint(0, 4))).isoformat(),
                      "label": f"VIR {ref or ''}", "amount": amt})
print(json.dumps({"date": end.isoformat(), "bookBalance": "0.00", "bankBalance": "0.00",
                  "bookEntries": entries, "statementLines": lines, "options": {"dateToleranceDays": 5}}))
