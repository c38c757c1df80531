"""Synthetic but valid inputs at several sizes, for the benchmark.

S is the example in `plans/`. M and L are made up here, deterministically (a fixed
seed), so two runs write the same bytes. Text is written as plain YAML scalars,
as editors write it, so the parser does realistic work.

Each kind of input file has one writer below; a new kind of input gets a writer
of its own and a count in `Size`.

    python -m benchmarks.synthetic M /tmp/m   # writes /tmp/m/plans/...
"""
from __future__ import annotations

import random
import shutil
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WORDS = (
    "families parents carers children young people school college health care council "
    "therapy plan review meeting support team staff training visits waiting times "
    "assessment needs services forum board report survey letters advice places funding "
    "transport short breaks nurses doctors teachers workers partners progress data audit "
    "checks changes weeks months agreed started finished shared written published asked "
    "helped improved reduced planned booked held sent read answered"
).split()

# The default status scale, in the order an action usually moves through it.
STATUSES = ("not-started", "amber", "green", "red", "blue")


@dataclass(frozen=True)
class Size:
    name: str
    plans: int
    priorities: int  # per plan
    actions: int  # per priority
    periods: int
    measures: int
    feedback_items: int
    items_per_engagement: int  # one feedback file per engagement

    @property
    def total_actions(self) -> int:
        return self.plans * self.priorities * self.actions


SIZES = {
    # M: one area's plan after two years of monthly updates.
    "M": Size("M", plans=1, priorities=9, actions=20, periods=24, measures=20,
              feedback_items=100, items_per_engagement=10),
    # L: a national view of every area's plan, one plan folder per area, so that no
    # priority page (each action shows its whole history) grows past 150 KB.
    # Feedback: one engagement per area, 8 items each.
    "L": Size("L", plans=125, priorities=8, actions=5, periods=40, measures=200,
              feedback_items=1000, items_per_engagement=8),
}


def sentence(rng: random.Random, low: int, high: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    return " ".join(words).capitalize() + "."


def month(start: date, offset: int) -> date:
    y, m = divmod(start.month - 1 + offset, 12)
    return date(start.year + y, m + 1, 1)


def write_measures(plans: Path, rng: random.Random, size: Size, start: date) -> list[str]:
    """plans/measures.yaml and, for each measure, its figures: one a quarter, with
    England's beside them (plans/measures/<id>.csv)."""
    ids = [f"measure-{i + 1}" for i in range(size.measures)]
    lines = ["measures:"]
    for mid in ids:
        baseline = rng.randint(20, 60)
        lines += [f"  - id: {mid}", f"    name: {sentence(rng, 3, 7)}",
                  f"    description: {sentence(rng, 10, 25)}", "    unit: percent", "    better: higher",
                  f"    baseline: {{value: {baseline}, date: {start:%Y-%m}}}",
                  f"    target: {{value: {min(100, baseline + 30)}, date: {month(start, size.periods):%Y-%m}}}",
                  f"    source: {sentence(rng, 4, 8)}", "    comparators: [England]"]
        value = baseline
        rows = ["date,value,England"]
        for i in range(0, size.periods, 3):
            rows.append(f"{month(start, i):%Y-%m},{value},{rng.randint(50, 70)}")
            value = max(0, min(100, value + rng.randint(-3, 6)))
        write_file(plans / "measures" / f"{mid}.csv", rows)
    (plans / "measures.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


def write_file(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_plan(folder: Path, rng: random.Random, size: Size, start: date,
               measure_ids: list[str], title: str) -> list[tuple[str, date]]:
    """plan.yaml; returns each action's id and due date."""
    actions = []
    lines = [f"title: {title}", f"summary: {sentence(rng, 20, 40)}",
             "published: 2020-10-07", "priorities:"]
    for p in range(1, size.priorities + 1):
        lines += [f"  - id: P{p}", f"    title: {sentence(rng, 4, 9)}",
                  f"    inspectors_found: {sentence(rng, 25, 50)}",
                  f"    what_it_means: {sentence(rng, 25, 50)}",
                  f"    lead: {sentence(rng, 2, 5)}", "    actions:"]
        for a in range(1, size.actions + 1):
            action_id = f"A{p}.{a}"
            due = month(start, rng.randint(3, size.periods + 6))
            actions.append((action_id, due))
            lines += [f"      - id: {action_id}", f"        title: {sentence(rng, 5, 12)}",
                      f"        lead: {sentence(rng, 2, 5)}", "        tasks:"]
            lines += [f"          - {sentence(rng, 6, 14)}" for _ in range(rng.randint(1, 3))]
            lines += ["        evidence:", f"          - {sentence(rng, 6, 14)}"]
            if measure_ids:
                lines.append(f"        measures: [{', '.join(rng.sample(measure_ids, 2))}]")
            lines.append(f"        due: {due.isoformat()[:7]}")
    (folder / "plan.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return actions


def write_updates(folder: Path, rng: random.Random, size: Size, start: date,
                  actions: list[tuple[str, date]]) -> None:
    updates = folder / "updates"
    updates.mkdir()
    stage = {action_id: 0 for action_id, _ in actions}
    for i in range(size.periods):
        day = month(start, i).replace(day=15)
        lines = [f"date: {day.isoformat()}", f"label: {day:%B %Y} monitoring meeting",
                 "state: published" if i < size.periods - 1 else "state: draft", "actions:"]
        for action_id, _ in actions:
            if stage[action_id] < len(STATUSES) - 1 and rng.random() < 0.15:
                stage[action_id] += 1
            lines += [f"  {action_id}:", f"    status: {STATUSES[stage[action_id]]}",
                      f"    note: {sentence(rng, 8, 22)}"]
        (updates / f"{day:%Y-%m}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_feedback(plans: Path, rng: random.Random, size: Size, start: date,
                   actions_of: dict[str, list[str]]) -> None:
    """plans/feedback/: engagements, each about one plan, with items that refer to its
    actions and every kind of response (some promised for dates not yet reached)."""
    folder = plans / "feedback"
    folder.mkdir()
    plan_ids = list(actions_of)
    count = -(-size.feedback_items // size.items_per_engagement)
    for n in range(count):
        plan_id = plan_ids[n % len(plan_ids)]
        day = month(start, n % size.periods).replace(day=10)
        lines = [f"title: {sentence(rng, 3, 8)}", "channel: survey",
                 f"participants:\n  group: {sentence(rng, 3, 6)}\n  people: {rng.randint(5, 400)}",
                 f"start: {day.isoformat()}", "state: published", f"summary: {sentence(rng, 15, 30)}"]
        if len(plan_ids) > 1:
            lines.append(f"plan: {plan_id}")
        lines.append("items:")
        first = n * size.items_per_engagement
        for i in range(first, min(first + size.items_per_engagement, size.feedback_items)):
            status = ("done", "doing", "planned")[i % 3]
            lines += [f"  - id: F{i + 1}", f"    theme: {rng.choice(WORDS).capitalize()}",
                      f"    you_said: {sentence(rng, 12, 30)}", f"    status: {status}"]
            lines.append(f"    we_did: {sentence(rng, 10, 25)}" if status == "done"
                         else f"    we_will: {sentence(rng, 10, 25)}")
            lines.append(f"    response_date: {month(day, rng.randint(1, 8)).isoformat()}")
            lines.append(f"    actions: [{', '.join(rng.sample(actions_of[plan_id], 2))}]")
        (folder / f"engagement-{n + 1:04d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def generate(size: Size, root: Path) -> Path:
    """Write `root/plans` for a size; returns the plans folder."""
    plans = root / "plans"
    if plans.exists():
        shutil.rmtree(plans)
    plans.mkdir(parents=True)
    rng = random.Random(f"progress-pages-{size.name}")
    for name in ("site.yaml", "logo.svg", "glossary.yaml"):  # the example's area, scale and words
        shutil.copy(ROOT / "plans" / name, plans)
    start = date(2021, 1, 1)
    measure_ids = write_measures(plans, rng, size, start)
    actions_of = {}
    for n in range(1, size.plans + 1):
        folder = plans / (f"area-{n:03d}" if size.plans > 1 else "wsoa")
        folder.mkdir()
        title = (f"{rng.choice(WORDS).capitalize()} area {n} Written Statement of Action"
                 if size.plans > 1 else "Written Statement of Action")
        actions = write_plan(folder, rng, size, start, measure_ids, title)
        write_updates(folder, rng, size, start, actions)
        actions_of[folder.name] = [action_id for action_id, _ in actions]
    write_feedback(plans, rng, size, start, actions_of)
    return plans


def example(root: Path) -> Path:
    """S: a copy of the example plans."""
    plans = root / "plans"
    if plans.exists():
        shutil.rmtree(plans)
    shutil.copytree(ROOT / "plans", plans)
    return plans


def make_inputs(name: str, root: Path) -> Path:
    return example(root) if name == "S" else generate(SIZES[name], root)


if __name__ == "__main__":
    size_name, target = sys.argv[1], Path(sys.argv[2])
    print(make_inputs(size_name, target))
