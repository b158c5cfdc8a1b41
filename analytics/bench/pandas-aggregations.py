"""The pandas side of `pandas-1m` (issue 4): the penalty and hotspot aggregations of one filter year,
computed from the same data as the engine (Parquet exports of penalty_case and hotline_ticket), load
included. Prints one JSON line: {"seconds": …, "cases": …, "tickets": …, "checks": {…}} — the checks
are totals the TypeScript side compares with its own, so the two really did the same work.

Usage: python3 pandas-aggregations.py PENALTY.parquet TICKET.parquet YEAR
"""
import json
import sys
import time

import pandas as pd

BIN_UPPERS = [200, 1000, 3000, 10000, 50000, 100000, 1000000]


def penalties(p: pd.DataFrame, year: int) -> dict:
    p = p[pd.to_datetime(p["decided_on"]).dt.year == year].copy()
    p["fine"] = p["fine_yuan"].astype("float64")
    fined = p[p["fine"] > 0]
    groups = {}
    for key in ["agency", "division", "violation_code"]:
        g = p.groupby(key, dropna=False).agg(cases=("fine", "size"), fine_total=("fine", "sum"))
        g["median"] = fined.groupby(key, dropna=False)["fine"].median()
        groups[key] = g.sort_values("cases", ascending=False)
    month = p.groupby(pd.to_datetime(p["decided_on"]).dt.month).agg(cases=("fine", "size"), fine_total=("fine", "sum"))
    bins = pd.cut(p["fine"].fillna(0), [-float("inf"), 0, *BIN_UPPERS, float("inf")], right=True)
    histogram = p.groupby(bins, observed=False).size()
    quantiles = fined["fine"].quantile([0.25, 0.5, 0.75, 0.9])
    return {
        "cases": int(len(p)),
        "fine_total": float(p["fine"].sum()),
        "median": float(quantiles[0.5]),
        "agencies": int(len(groups["agency"])),
        "months": int(len(month)),
        "histogram_cases": int(histogram.sum()),
    }


def hotspots(t: pd.DataFrame, year: int) -> dict:
    t = t[pd.to_datetime(t["received_at"]).dt.year == year]
    t = t[t["appeal_type"].isin(["投诉", "举报"])]
    cells = t.groupby(["division", "category"]).size().rename("n").reset_index()
    div_tot = cells.groupby("division")["n"].transform("sum")
    cat_tot = cells.groupby("category")["n"].transform("sum")
    total = cells["n"].sum()
    expected = div_tot * cat_tot / total
    cells["z"] = (cells["n"] - expected) / expected.pow(0.5)
    by_month = t.groupby(pd.to_datetime(t["received_at"]).dt.to_period("M")).size()
    return {"tickets": int(len(t)), "cells": int(len(cells)), "months": int(len(by_month))}


def main() -> None:
    penalty_path, ticket_path, year = sys.argv[1], sys.argv[2], int(sys.argv[3])
    start = time.perf_counter()
    p = pd.read_parquet(penalty_path, columns=["decided_on", "fine_yuan", "agency", "division", "violation_code"])
    t = pd.read_parquet(ticket_path, columns=["received_at", "appeal_type", "division", "category"])
    checks = {"penalties": penalties(p, year), "hotspots": hotspots(t, year)}
    print(json.dumps({"seconds": time.perf_counter() - start, "checks": checks}))


if __name__ == "__main__":
    main()
