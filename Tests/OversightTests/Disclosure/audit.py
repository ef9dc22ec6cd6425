"""Independent audit of oversight's disclosure control, with SciPy's HiGHS.

Reads the cases DisclosureTests writes (each municipality's true cells and what it
published), and works out, as an analyst could from the published figures and the scheme's
rules alone, the least and greatest value of every small count (1 to 4 records): each cell
and each count a figure is made of. A count is protected when those lie at least SAFETY
apart (or there is no greatest). What each published number counts, and the rules, are
written here from the indicator catalogue and shared/DOMAIN.md, not read from the server.

Prints {"municipalities", "checked", "unprotected"} as JSON; exits 1 on a malformed case.
"""

import json
import math
import sys

from scipy.optimize import linprog

THRESHOLD = 5
SAFETY = THRESHOLD - 1


def model(cells):
    """Each indicator's published numerator and denominator as lists of cells, the
    indicators whose value alone proves one record, and the scheme's rules."""
    decided = ["grants.decided.granted", "grants.decided.partly-granted",
               "grants.decided.refused", "grants.decided.rejected"]
    received = (["grants.received"] if "grants.received" in cells
                else decided + ["grants.received.undecided"])
    dated = ["grants.decided.dated"] if "grants.decided.dated" in cells else decided
    # Every full or partial grant is held (a decision moves on only to an appeal).
    held = (["grants.held"] if "grants.held" in cells
            else ["grants.decided.granted", "grants.decided.partly-granted"])
    funded = ["grants.funded.immigrant", "grants.funded.other"]
    due = ["grants.reports.on-time", "grants.reports.late", "grants.reports.missing"]
    gatherings = ["meeting-places.held.co-hosted", "meeting-places.held.not-co-hosted"]
    counted = ["meeting-places.held.counted", "meeting-places.held.not-counted"]
    meetings = ["dialogues.meetings.agenda-by-organisations",
                "dialogues.meetings.agenda-by-municipality"]
    viewed = ["dialogues.meetings.views-of-both", "dialogues.meetings.views-missing"]
    both = ["dialogues.meetings.views-of-both"]

    def split(name):
        return [f"dialogues.{name}"], [f"dialogues.{name}", f"dialogues.{name}.not"]

    figures = {
        "grants.applications": (received, None),
        "grants.applications-granted": (["grants.decided.granted"], decided),
        "grants.applications-partly-granted": (["grants.decided.partly-granted"], decided),
        "grants.applications-refused": (["grants.decided.refused"], decided),
        "grants.applications-rejected": (["grants.decided.rejected"], decided),
        "grants.operating-share": (None, held),
        "grants.days-to-decision-median": (dated, None),
        "grants.days-to-decision-p90": (dated, None),
        "grants.organisations-funded": (funded, None),
        "grants.immigrant-organisations-funded": (["grants.funded.immigrant"], funded),
        "grants.reports-on-time": (["grants.reports.on-time"], due),
        "completeness.reports": (["grants.reports.on-time", "grants.reports.late"], due),
        "grants.repayment-claims": (["grants.repayment-claims"], None),
        "meeting-places.gatherings-per-1000": (gatherings, None),
        "meeting-places.attendance-per-1000": (["meeting-places.attendance"], None),
        "meeting-places.co-hosted-by-immigrant-organisation":
            (["meeting-places.held.co-hosted"], gatherings),
        "completeness.immigrant-background-counted":
            (["meeting-places.held.counted"], counted),
        "dialogues.meetings": (meetings, None),
        "dialogues.agenda-by-organisations":
            (["dialogues.meetings.agenda-by-organisations"], meetings),
        "dialogues.goal-topics": split("topics.goal"),
        "dialogues.actions-on-time": split("actions.on-time"),
        "dialogues.agreements-evaluated-on-time": split("evaluations.on-time"),
        "dialogues.score-municipality": (["dialogues.views.municipality"], None),
        "dialogues.score-organisations": (["dialogues.views.organisations"], None),
        "dialogues.score-gap": (both, None),
        "completeness.views-after-meetings": (both, viewed),
    }
    for cell in cells:
        if cell.startswith("meeting-places.places."):
            role = cell.removeprefix("meeting-places.places.")
            figures[f"meeting-places.role-{role}"] = ([cell], None)
    # A value (a median, a mean) exists only over at least one record.
    statistics = {
        "grants.days-to-decision-median": dated, "grants.days-to-decision-p90": dated,
        "dialogues.score-municipality": ["dialogues.views.municipality"],
        "dialogues.score-organisations": ["dialogues.views.organisations"],
        "dialogues.score-gap": both,
    }
    # (smaller, larger, exact): rules of the scheme anyone may know.
    rules = [
        (funded, held, False),
        (due, held, False),
        (gatherings, counted, True),
        (meetings, viewed, True),
        (both, ["dialogues.views.municipality"], False),
        (both, ["dialogues.views.organisations"], False),
        (["dialogues.views.municipality"], meetings, False),
    ]
    if dated is not decided:
        rules.append((dated, decided, False))
    if held == ["grants.held"]:
        rules.append((held, ["grants.decided.granted", "grants.decided.partly-granted"], False))

    # A case may hold one module's cells only.
    def present(*groups):
        return all(name in cells for group in groups if group for name in group)

    figures = {key: terms for key, terms in figures.items() if present(*terms)}
    statistics = {key: terms for key, terms in statistics.items() if present(terms)}
    rules = [rule for rule in rules if present(rule[0], rule[1])]
    return figures, statistics, rules


def audit(case):
    cells = case["cells"]
    names = sorted(cells)
    index = {name: i for i, name in enumerate(names)}
    figures, statistics, rules = model(cells)

    def row(terms, sign=1.0, into=None):
        into = into if into is not None else [0.0] * len(names)
        for name in terms:
            into[index[name]] += sign
        return into

    equal_rows, equal_values, upper_rows, upper_values = [], [], [], []
    for smaller, larger, exact in rules:
        (equal_rows if exact else upper_rows).append(row(larger, -1.0, row(smaller)))
        (equal_values if exact else upper_values).append(0.0)
    published = {value["indicator"]: value for value in case["published"]}
    # The sum granted is always published: money granted means a grant held; an operating
    # share strictly between 0 and 1 means an operating grant and another.
    held = figures.get("grants.operating-share", (None, None))[1]
    granted = published.get("grants.granted", {}).get("value") or 0
    share = published.get("grants.operating-share", {}).get("value")
    if held and granted > 0:
        least = 2.0 if share is not None and 0 < share < 1 else 1.0
        upper_rows.append(row(held, -1.0))
        upper_values.append(-least)
    for indicator, value in published.items():
        numerator, denominator = figures.get(indicator, (None, None))
        for field, terms in (("numerator", numerator), ("denominator", denominator)):
            if terms is None or value.get(field) is None:
                continue
            truth = sum(cells[name] for name in terms)
            if value[field] != truth:
                raise ValueError(f"{case['name']}: {indicator} {field} {value[field]} != {truth}")
            equal_rows.append(row(terms))
            equal_values.append(float(value[field]))
        # A share published with its denominator but not its numerator still gives it.
        if (numerator and denominator and value.get("value") is not None
                and value.get("numerator") is None and value.get("denominator") is not None):
            equal_rows.append(row(numerator))
            equal_values.append(value["value"] * value["denominator"])
        if indicator in statistics and not value["suppressed"] and value.get("numerator") is None:
            if value.get("value") is not None:
                upper_rows.append(row(statistics[indicator], -1.0))
                upper_values.append(-1.0)
            else:  # a statistic over no records
                equal_rows.append(row(statistics[indicator]))
                equal_values.append(0.0)

    small = {(name,) for name in names if 0 < cells[name] < THRESHOLD}
    for numerator, denominator in figures.values():
        for terms in (numerator, denominator):
            if terms and 0 < sum(cells[name] for name in terms) < THRESHOLD:
                small.add(tuple(sorted(terms)))
        if numerator and denominator:
            rest = sorted(set(denominator) - set(numerator))
            if rest and 0 < sum(cells[name] for name in rest) < THRESHOLD:
                small.add(tuple(rest))
    unprotected = []
    for terms in sorted(small):
        # Only the rows linked to these cells bear on them (a smaller problem, the same bounds).
        linked = {index[name] for name in terms}
        rows = [(r, v, True) for r, v in zip(equal_rows, equal_values)]
        rows += [(r, v, False) for r, v in zip(upper_rows, upper_values)]
        chosen, grew = [], True
        while grew:
            grew = False
            for entry in rows:
                touched = {i for i, c in enumerate(entry[0]) if c}
                if touched & linked and entry not in chosen:
                    chosen.append(entry)
                    linked |= touched
                    grew = True
        columns = sorted(linked)
        a_eq = [[r[i] for i in columns] for r, _, exact in chosen if exact]
        b_eq = [v for _, v, exact in chosen if exact]
        a_ub = [[r[i] for i in columns] for r, _, exact in chosen if not exact]
        b_ub = [v for _, v, exact in chosen if not exact]
        objective = [1.0 if names[i] in terms else 0.0 for i in columns]
        bounds = {}
        for sign in (-1.0, 1.0):  # the greatest first: when there is none, the least is moot
            result = linprog(
                [sign * c for c in objective], A_ub=a_ub or None, b_ub=b_ub or None,
                A_eq=a_eq or None, b_eq=b_eq or None, bounds=[(0, None)] * len(columns),
                method="highs")
            if result.status == 3:
                bounds[sign] = math.inf
                break
            if result.status != 0:
                raise ValueError(f"{case['name']}: {result.message}")
            bounds[sign] = sign * result.fun
        lower, upper = bounds.get(1.0, 0.0), bounds[-1.0]
        if upper != math.inf:
            width = math.floor(upper + 1e-6) - math.ceil(lower - 1e-6)
            if width < SAFETY:
                truth = sum(cells[name] for name in terms)
                unprotected.append(
                    f"{case['name']}: {'+'.join(terms)} = {truth} lies in {lower:g}...{upper:g}")
    return len(small), unprotected


def main():
    with open(sys.argv[1]) as file:
        cases = json.load(file)
    checked, unprotected = 0, []
    for case in cases:
        count, found = audit(case)
        checked += count
        unprotected += found
    print(json.dumps({"municipalities": len(cases), "checked": checked,
                      "unprotected": unprotected}))


if __name__ == "__main__":
    main()
