#!/usr/bin/env python3
"""Writes statistics.json: quartiles and funnel-plot limits computed independently of the
Swift code, with every formula written out here, for OversightTests to compare against.

- Quantiles: "type 7" (numpy's and R's default): position (n - 1) q, linear interpolation.
- Funnel limits for proportions (Spiegelhalter 2005; over-dispersion as in the English
  public-health profiles): target = pooled proportion; s_i^2 = target (1 - target) / n_i;
  z_i = (p_i - target) / s_i; z winsorised at its 10th and 90th percentiles; phi = mean(z^2);
  w_i = 1 / s_i^2; tau^2 = max(0, (k phi - (k - 1)) / (sum w - sum w^2 / sum w)) when phi > 1,
  else 0; limits target -/+ z_alpha sqrt(s_i^2 + tau^2), clipped to [0, 1]; z_alpha from the
  normal quantile (statistics.NormalDist).

Run:  make golden   (or: python3 Tests/OversightTests/Golden/generate_statistics.py)
"""

import json
import math
import os
import random
from statistics import NormalDist

HERE = os.path.dirname(os.path.abspath(__file__))


def quantile(values, q):
    s = sorted(values)
    position = (len(s) - 1) * q
    below = math.floor(position)
    above = min(below + 1, len(s) - 1)
    return s[below] + (s[above] - s[below]) * (position - below)


def funnel(units, fraction=0.1):
    units = [(y, n) for y, n in units if n > 0]
    total = sum(n for _, n in units)
    target = sum(y for y, _ in units) / total
    variances = [target * (1 - target) / n for _, n in units]
    z = [(y / n - target) / math.sqrt(v) for (y, n), v in zip(units, variances)]
    low, high = quantile(z, fraction), quantile(z, 1 - fraction)
    zw = [min(max(value, low), high) for value in z]
    k = len(units)
    phi = sum(value * value for value in zw) / k
    w = [1 / v for v in variances]
    tau2 = max(0.0, (k * phi - (k - 1)) / (sum(w) - sum(x * x for x in w) / sum(w))) if phi > 1 else 0.0
    limits = []
    for (_, n) in units:
        row = {"n": n}
        for name, level in (("95", 0.95), ("99.8", 0.998)):
            zc = NormalDist().inv_cdf(1 - (1 - level) / 2)
            spread = zc * math.sqrt(target * (1 - target) / n + tau2)
            row[name] = [max(0.0, target - spread), min(1.0, target + spread)]
        limits.append(row)
    return {"target": target, "phi": phi, "tau2": tau2, "limits": limits}


def main():
    rng = random.Random(2026)
    quantile_cases = [
        [3.0], [1.0, 2.0], [5.0, 1.0, 4.0, 2.0, 3.0], [0.1, 0.4, 0.35, 0.8, 0.2, 0.6, 0.55, 0.3],
        [rng.uniform(0, 100) for _ in range(40)],
    ]
    # Municipalities of different sizes: one near chance, one over-dispersed.
    chance = []
    spread = []
    for _ in range(40):
        n = rng.randint(20, 400)
        chance.append((sum(1 for _ in range(n) if rng.random() < 0.3), n))
        p = min(0.95, max(0.05, rng.gauss(0.3, 0.12)))
        spread.append((sum(1 for _ in range(n) if rng.random() < p), n))
    small = [(1, 4), (3, 10), (0, 7), (8, 12), (5, 30)]
    cases = {
        "quantiles": [{"values": v, "q25": quantile(v, 0.25), "q50": quantile(v, 0.5), "q75": quantile(v, 0.75)}
                      for v in quantile_cases],
        "funnels": [{"units": [list(u) for u in units], **funnel(units)} for units in (chance, spread, small)],
    }
    with open(os.path.join(HERE, "statistics.json"), "w") as f:
        json.dump(cases, f, indent=1)


if __name__ == "__main__":
    main()
