"""The pandas side of `pandas-1m` (issue 4): the figures of the penalty and hotspot analyses for one
filter year (DOMAIN §8, the definitions in analytics/analyses/penalties and …/hotspots), computed
with pandas from the same Parquet exports the engine reads, load included. Written the way a careful
pandas user would: only the needed columns (and, for the cases, years) are read, decimals become
float64 in Arrow before the conversion, every aggregation is vectorized (no Python function per row).

Penalties: summary (count, totals, mean / quantiles / max of fines > 0), prior-year totals, the fixed
histogram, category mix and heaviest category, per agency (with sector, December share, over-cap
simple cases) / division / sector / violation / month, year-over-year per agency and division, the
flags (over-cap simple decisions by party type and the worst 200, the 个体工商户 band, December,
top-1 % share). Hotspots (投诉 + 举报): handling figures (closed / on-time / satisfaction rates, mean
and median days to close) overall and per category / handling unit / month, per division (both
years, per-10 000 rates on each division's own population) and street, the prior-year counts, the
division × category z-score cells, and the month surges with their coverage rule.

Prints one JSON line: {"seconds": …, "checks": {"penalties": {…}, "hotspots": {…}}} — totals the
TypeScript side compares with its own results, so the two really did the same work.

Usage: python pandas-aggregations.py PENALTY.parquet TICKET.parquet AGENCY.parquet DIVISION.parquet
       CATEGORY.parquet YEAR SETTINGS_JSON
"""
import datetime as dt
import json
import math
import sys
import time

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

BIN_UPPERS = [200, 1000, 3000, 10000, 50000, 100000, 1000000]
SIMPLE = "简易"


def read(path: str, columns: list[str], filters=None) -> pd.DataFrame:
    """Reads the columns (rows filtered by the Parquet reader), decimals cast to float64 in Arrow."""
    table = pq.read_table(path, columns=columns, filters=filters)
    for i, field in enumerate(table.schema):
        if pa.types.is_decimal(field.type):
            table = table.set_column(i, field.name, table.column(i).cast(pa.float64()))
    return table.to_pandas(date_as_object=False)


def group_figures(df: pd.DataFrame, keys: list) -> pd.DataFrame:
    """Cases, totals, fined cases and the median and mean fine > 0 per key (columns or Series)."""
    keys = [df[k] if isinstance(k, str) else k for k in keys]
    out = df[["fine", "conf"]].groupby(keys, dropna=False).agg(cases=("fine", "size"), fine_total=("fine", "sum"),
                                                               confiscation_total=("conf", "sum"))
    fined = df["fine"].where(df["fine"] > 0).groupby(keys, dropna=False)
    out["fined_cases"] = fined.count()
    out["fine_median"] = fined.median()
    out["fine_mean"] = fined.mean()
    return out.sort_values("cases", ascending=False)


def penalties(p: pd.DataFrame, agency: pd.DataFrame, cats: pd.DataFrame, year: int) -> dict:
    p["yr"] = p["decided_on"].dt.year
    p["fine"] = p["fine_yuan"]
    p["conf"] = p["confiscation_yuan"].fillna(0)
    cur = p[p["yr"] == year].reset_index(drop=True)
    prior = p.loc[p["yr"] == year - 1, ["fine", "conf"]]
    month = cur["decided_on"].dt.month
    fines = cur.loc[cur["fine"] > 0, "fine"]
    q = fines.quantile([0.25, 0.5, 0.75, 0.9])
    summary = {"cases": len(cur), "fine_total": cur["fine"].sum(), "confiscation_total": cur["conf"].sum(),
               "fined_cases": len(fines), "fine_missing": int(cur["fine"].isna().sum()), "mean": fines.mean(),
               "median": q[0.5], "p25": q[0.25], "p75": q[0.75], "p90": q[0.9], "max": fines.max(),
               "simple": int((cur["procedure"] == SIMPLE).sum())}
    prior_summary = {"cases": len(prior), "fine_total": prior["fine"].sum(), "confiscation_total": prior["conf"].sum()}

    bins = pd.cut(cur["fine"].fillna(0), [-math.inf, 0, *BIN_UPPERS, math.inf], right=True, labels=False)
    histogram = cur["fine"].groupby(bins).agg(["size", "sum"]).reindex(range(9), fill_value=0)
    histogram["share"] = histogram["size"] / max(len(cur), 1)

    # Category mix: each case once per distinct category (none → one row under NaN); heaviest by rank.
    pairs = cur["categories"].explode().reset_index().drop_duplicates()
    mix = pairs["categories"].value_counts(dropna=False)
    pairs["rank"] = pairs["categories"].map(dict(zip(cats["name"], cats["severity_rank"])))
    best = pairs.dropna(subset=["rank"]).sort_values("rank").drop_duplicates("index").set_index("index")["categories"]
    heaviest = best.reindex(cur.index)
    by_heaviest = cur["fine"].groupby(heaviest, dropna=False).agg(["size", "sum"])

    ag = agency.set_index("name")
    by_agency = group_figures(cur, ["agency"])
    by_agency["december_cases"] = (month == 12).groupby(cur["agency"]).sum()
    by_agency["december_share"] = by_agency["december_cases"] / by_agency["cases"]
    cap = np.where(cur["party_type"] == "自然人", 200, 3000)
    over_cap = (cur["procedure"] == SIMPLE) & (cur["fine"] > cap)
    by_agency["simple_over_cap"] = over_cap.groupby(cur["agency"]).sum()
    by_agency = by_agency.join(ag[["sector", "division"]], rsuffix="_agency")
    by_division = group_figures(cur, ["division"])
    sector = cur["agency"].map(ag["sector"])
    by_sector = group_figures(cur, [sector])
    by_sector["agencies"] = cur["agency"].groupby(sector, dropna=False).nunique()
    vkey = cur["violation_code"].where(cur["violation_code"].notna(), "name:" + cur["violation_name"].fillna("")).rename("vkey")
    by_violation = group_figures(cur, [vkey])
    spellings = cur.groupby([vkey, cur["violation_name"]]).size().sort_values(ascending=False)
    by_violation["violation_name"] = spellings.reset_index().drop_duplicates("vkey").set_index("vkey")["violation_name"]
    by_month = cur["fine"].groupby(month).agg(["size", "sum"]).reindex(range(1, 13), fill_value=0)

    def yoy(key: str) -> pd.DataFrame:
        two = p.groupby([key, "yr"], dropna=False)["fine"].agg(["size", "sum"]).unstack("yr", fill_value=0)
        out = pd.DataFrame({"cases": two[("size", year)], "cases_prior": two[("size", year - 1)],
                            "fine_total": two[("sum", year)], "fine_total_prior": two[("sum", year - 1)]})
        out["cases_change"] = (out["cases"] - out["cases_prior"]) / out["cases_prior"].replace(0, np.nan)
        return out.sort_values(["cases", "cases_prior"], ascending=False)

    yoy_agency, yoy_division = yoy("agency"), yoy("division")

    border = (cur["procedure"] == SIMPLE) & (cur["party_type"] == "个体工商户") & (cur["fine"] > 200) & (cur["fine"] <= 3000)
    over = cur.loc[over_cap, ["decision_no", "agency", "party_type", "fine", "decided_on"]].assign(cap=cap[over_cap.to_numpy()])
    over_cases = over.assign(r=over["fine"] / over["cap"]).sort_values(["r", "decided_on", "decision_no"], ascending=[False, True, True]).head(200)
    k = -(-len(fines) // 100)
    top = fines.nlargest(k).sum() / fines.sum() if len(fines) else None
    return {
        "cases": summary["cases"], "fine_total_yuan": round(summary["fine_total"], 2), "fined_cases": summary["fined_cases"],
        "fine_median_yuan": summary["median"], "fine_p90_yuan": summary["p90"], "simple_procedure_cases": summary["simple"],
        "prior_cases": prior_summary["cases"], "histogram_zero_bin": int(histogram["size"].iloc[0]),
        "categories": int(mix.size), "heaviest_groups": int(len(by_heaviest)), "agencies": int(len(by_agency)),
        "divisions": int(len(by_division)), "sectors": int(len(by_sector)), "violations": int(len(by_violation)),
        "months": int((by_month["size"] > 0).sum()), "december_cases": int((month == 12).sum()),
        "simple_over_cap": int(over_cap.sum()), "over_cap_listed": int(len(over_cases)), "border": int(border.sum()),
        "top1pct_cases": int(k), "top1pct_fine_share": top, "yoy_agencies": int(len(yoy_agency)), "yoy_divisions": int(len(yoy_division)),
    }


def handling(t: pd.DataFrame, keys: list[str] | None) -> pd.DataFrame:
    g = t.groupby(keys, dropna=False) if keys else t.groupby(lambda _: 0)
    out = g.agg(tickets=("closed", "size"), closed=("closed", "sum"), closed_with_due=("with_due", "sum"),
                closed_on_time=("on_time", "sum"), mean_days=("days", "mean"), median_days=("days", "median"),
                rated=("rated", "sum"), satisfied=("satisfied", "sum"), dissatisfied=("dissatisfied", "sum"),
                unplaced=("unplaced", "sum"))
    out["closed_rate"] = out["closed"] / out["tickets"]
    out["on_time_rate"] = out["closed_on_time"] / out["closed_with_due"].replace(0, np.nan)
    out["satisfied_rate"] = out["satisfied"] / out["rated"].replace(0, np.nan)
    return out.sort_values("tickets", ascending=False)


def hotspots(t_all: pd.DataFrame, division: pd.DataFrame, year: int, th: dict) -> dict:
    t_all["yr"] = t_all["received_at"].dt.year
    t = t_all[t_all["appeal_type"].isin(["投诉", "举报"]) & t_all["yr"].between(year - 1, year)].copy()
    t["closed"] = t["closed_at"].notna()
    t["with_due"] = t["closed"] & t["due_at"].notna()
    midnight = t["due_at"] == t["due_at"].dt.normalize()
    t["on_time"] = t["with_due"] & np.where(midnight, t["closed_at"] < t["due_at"] + pd.Timedelta(days=1), t["closed_at"] <= t["due_at"])
    seconds = (t["closed_at"] - t["received_at"]).dt.total_seconds()
    t["days"] = (seconds // 1 / 86400).where(t["closed_at"] >= t["received_at"])
    t["rated"] = t["satisfaction"].notna()
    t["satisfied"] = t["satisfaction"] == "满意"
    t["dissatisfied"] = t["satisfaction"] == "不满意"
    t["unplaced"] = t["division"].isna()
    t["month"] = t["received_at"].dt.month
    cur, prior = t[t["yr"] == year], t[t["yr"] == year - 1]

    summary = handling(cur, None).iloc[0]
    by_category = handling(cur, ["category"])
    by_category["tickets_prior"] = prior.groupby("category", dropna=False).size().reindex(by_category.index, fill_value=0)
    by_unit = handling(cur, ["handling_unit"])
    by_month = handling(cur, ["month"]).reindex(range(1, 13))

    zones = division.groupby("parent")["population"].sum()
    own = division.set_index("name")["population"] - zones.reindex(division["name"]).fillna(0).to_numpy()
    by_division = t.groupby(["division", "yr"], dropna=False).size().unstack("yr", fill_value=0)
    by_division = by_division.rename(columns={year: "tickets", year - 1: "tickets_prior"})
    by_division["population"] = own.where(own > 0).reindex(by_division.index)
    by_division["per_10k"] = by_division["tickets"] * 10000 / by_division["population"]
    by_street = cur.groupby(["division", "street"], dropna=False).size()

    placed = cur[cur["division"].notna() & cur["category"].notna()]
    cells = placed.groupby(["division", "category"]).size().rename("observed").reset_index()
    row = cells.groupby("division")["observed"].transform("sum")
    col = cells.groupby("category")["observed"].transform("sum")
    expected = row * col / cells["observed"].sum()
    cells["z"] = (cells["observed"] - expected) / np.sqrt(expected)
    flagged = (cells["z"] >= th["hotspot_z"]) & (cells["observed"] >= th["hotspot_min_count"])

    # Surges: months from October of the prior year, a month judged only when its three previous
    # months hold tickets of any kind (coverage), a cell's missing month counting 0.
    start = pd.Timestamp(year - 1, 10, 1)
    months = pd.period_range(start, pd.Timestamp(year, 12, 1), freq="M")
    in_range = t_all["received_at"].between(start, pd.Timestamp(year + 1, 1, 1), inclusive="left")
    covered = set(t_all.loc[in_range, "received_at"].dt.to_period("M").unique())
    recent = t[(t["received_at"] >= start) & t["division"].notna() & t["category"].notna()]
    counts = recent.groupby(["division", "category", recent["received_at"].dt.to_period("M")]).size()
    grid = counts.unstack(fill_value=0).reindex(columns=months, fill_value=0)
    baseline = grid.T.shift(1).rolling(3).mean().T
    cov = pd.Series([m in covered for m in months], index=months).astype(int)
    judged = (cov.shift(1).rolling(3).sum() == 3).to_numpy()
    this_year = np.array([m.year == year for m in months])
    surge = (grid >= th["surge_ratio"] * baseline) & (grid >= th["surge_min_count"]) & judged & this_year
    return {
        "tickets": int(summary["tickets"]), "closed": int(summary["closed"]), "closed_on_time": int(summary["closed_on_time"]),
        "median_days_to_close": float(summary["median_days"]), "satisfied": int(summary["satisfied"]),
        "unplaced": int(summary["unplaced"]), "tickets_prior": len(prior), "categories": int(len(by_category)),
        "handling_units": int(len(by_unit)), "months": int(by_month["tickets"].notna().sum()), "divisions": int(len(by_division)),
        "streets": int(len(by_street)), "cells": int(len(cells)), "hotspots": int(flagged.sum()), "surges": int(surge.to_numpy().sum()),
    }


def main() -> None:
    penalty, ticket, agency, division, category = sys.argv[1:6]
    year, settings = int(sys.argv[6]), json.loads(sys.argv[7])
    start = time.perf_counter()
    two_years = [("decided_on", ">=", dt.date(year - 1, 1, 1)), ("decided_on", "<", dt.date(year + 1, 1, 1))]
    p = read(penalty, ["decision_no", "decided_on", "fine_yuan", "confiscation_yuan", "agency", "division", "violation_code",
                       "violation_name", "categories", "procedure", "party_type"], two_years)
    t = read(ticket, ["received_at", "appeal_type", "division", "street", "category", "handling_unit", "due_at", "closed_at",
                      "satisfaction"])
    checks = {
        "penalties": penalties(p, read(agency, ["name", "sector", "division"]), read(category, ["name", "severity_rank"]), year),
        "hotspots": hotspots(t, read(division, ["name", "parent", "population"]), year, settings),
    }
    print(json.dumps({"seconds": time.perf_counter() - start, "checks": checks}, default=float))


if __name__ == "__main__":
    main()
