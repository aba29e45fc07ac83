"""Regenerate docs/report.png: the report of the sample articles, as headless Chromium draws it.

    .venv/bin/python scripts/report_screenshot.py [--out docs/report.png]

Builds data/raw into a temporary folder, writes the report and photographs its charts (the top
of the page) with Debian's chromium driven by Playwright, kept under 500 KB for the README.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

import timeline
from timeline.report import write_report

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "report.png")
    parser.add_argument("--height", type=int, default=1900, help="Pixels of the page to keep.")
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("install Debian's chromium first: apt-get install chromium")
    with tempfile.TemporaryDirectory() as folder:
        timeline.build([str(ROOT / "data" / "raw")], Path(folder) / "out")
        report = write_report(Path(folder) / "out", Path(folder) / "report.html",
                              title="timeline report: the sample articles in data/raw")  # fmt: skip
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1200, "height": args.height})
            page.goto(report.resolve().as_uri())
            page.wait_for_function("window.timelineReportReady === true", timeout=60_000)
            point = page.locator("#fig-timeline .scatterlayer .trace").last.locator(".point")
            box = point.nth(point.count() // 2).bounding_box()
            if box:  # show one event's hover label: its evidence sentence and outlet
                page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                page.locator("#fig-timeline .hoverlayer .hovertext").wait_for()
            page.screenshot(path=str(args.out))
            browser.close()
    print(f"{args.out}: {args.out.stat().st_size // 1000} KB")


if __name__ == "__main__":
    main()
