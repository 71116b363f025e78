"""The analysts' workspace in real headless Chromium: log in, review, edit, merge with its conflicts,
split, upload a report and an evidence photo, make an incident from selected words; on a desktop
and a phone screen, with Cyrillic and emoji. Screenshots of each page go to SHOTS: look at them.

Opt in with `pytest -m browser`; needs Debian's Chromium at /usr/bin/chromium and Playwright.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from test_browser import _serve, launched_browser, log_in
from test_review_workspace import strike_and_hospital
from test_uploads import REPORT
from warcrimes.queries.incidents import get_incident
from warcrimes.store import Store

pytestmark = pytest.mark.browser

SHOTS = Path(os.environ.get("WARCRIMES_SCREENSHOTS") or tempfile.gettempdir()) / "warcrimes-workspace"
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def watch(page) -> list[str]:  # type: ignore[no-untyped-def]
    """Errors the page reports (a CSP refusal of an inline script would be one)."""
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("response", lambda response: problems.append(f"{response.status} {response.url}")
            if response.status >= 400 else None)
    return problems


@pytest.fixture
def browser() -> Iterator[object]:
    yield from launched_browser()


@pytest.fixture
def workspace(store: Store) -> Iterator[tuple[str, Store, int, int]]:
    a, b = strike_and_hospital(store)
    for url in _serve(store):
        yield url, store, a, b


def _uncertain_link(store: Store, incident: int) -> None:
    """A third telling the linker would not join on its own, suggested for `incident`."""
    import datetime as dt

    from corroboration_fixtures import ingest
    from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, Victims
    from warcrimes.services.unit import unit_of_work
    from warcrimes.store.schema import LinkSuggestionRow

    day = dt.date(2024, 11, 19)
    told = IncidentFacts(("attack_on_civilians",), DateInterval(day, day), None,
                         Location("Zaporizhzhia", "Zaporizhzhia Oblast", "UA", 47.8388, 35.1396),
                         Victims("civilian", 9, None), Perpetrator("RU"), ("a local Telegram channel",))
    other = get_incident(store, ingest(store, "Місцевий канал: удар по багатоповерхівці 🏢", told,
                                       publisher="Telegram: Запоріжжя онлайн").incidents[0])
    with unit_of_work(store, "linker") as work:
        work.session.add(LinkSuggestionRow(account_id=other.accounts[0].id, incident_id=incident, confidence=0.62,
                                           why={"fields": {"place": 1.0, "date": 0.5, "victims": 0.4}},
                                           status="open"))


def test_logging_in_then_confirming_a_proposed_incident_with_a_reason(workspace, browser) -> None:  # type: ignore[no-untyped-def]
    url, store, a, _ = workspace
    _uncertain_link(store, a)
    page = browser.new_page(**DESKTOP)
    problems = watch(page)
    page.goto(f"{url}/review")
    assert page.url.startswith(f"{url}/login?next=")
    shot(page, "01-login")
    page.fill("input[name=username]", "olena")
    page.fill("input[name=password]", "a browser test passphrase")
    page.click("form.stacked button[type=submit]")
    page.wait_for_url("**/review")
    assert page.locator("table.queue tbody tr").count() == 3
    assert "Запоріжжя онлайн" in page.locator("article.suggestion").inner_text()
    shot(page, "02-review-queue")
    page.locator(f"table.queue a[href='/incidents/{a}']").first.click()
    page.wait_for_url(f"**/incidents/{a}")
    page.fill(f"form[action='/incidents/{a}/confirm'] input[name=reason]", "drone video geolocated to the block")
    page.click(f"form[action='/incidents/{a}/confirm'] button")
    page.wait_for_url(f"**/incidents/{a}")
    page.locator("h1 .badge-confirmed").wait_for(state="visible")  # the URL is the same before the POST's redirect
    assert page.locator("h1 .badge-confirmed").is_visible()
    assert "drone video geolocated to the block" in page.locator("table.history").inner_text()
    assert "olena" in page.locator("table.history").inner_text()
    shot(page, "03-incident-confirmed")
    assert problems == []


def test_editing_a_field_sets_it_in_the_analysts_name(workspace, browser) -> None:  # type: ignore[no-untyped-def]
    url, store, a, _ = workspace
    page = log_in(browser, url, **DESKTOP)
    page.goto(f"{url}/incidents/{a}/edit")
    page.fill("input[name=victims_min]", "9")
    page.fill("input[name=victims_max]", "11")
    page.fill("input[name=perpetrator_unit]", "a drone unit of the 22nd Army Corps")
    page.fill("textarea[name=reason]", "the regional police revised the toll")
    shot(page, "04-edit-form")
    page.click("form.edit button.ok")
    page.wait_for_url(f"**/incidents/{a}")
    facts = page.locator("section.facts").inner_text()
    assert "9–11 civilians" in facts and "set by an analyst" in facts and "22nd Army Corps" in facts
    shot(page, "05-incident-edited")
    assert get_incident(store, a).facts.victims.max == 11


def test_merging_shows_the_conflicts_asks_then_split_undoes_it(workspace, browser) -> None:  # type: ignore[no-untyped-def]
    url, store, a, b = workspace
    page = log_in(browser, url, **DESKTOP)
    page.goto(f"{url}/incidents/{a}")
    page.click(f"a[href='/incidents/{a}/merge']")
    page.fill("input[name=absorb]", str(b))
    page.click("form.stacked button")
    page.wait_for_url(f"**/incidents/{a}/merge?absorb={b}")
    conflicts = page.locator("div.conflicts")
    conflicts.wait_for(state="visible")  # the form's GET may still be loading when the click returns
    assert conflicts.is_visible()
    for field in ("Place", "Date", "Victims", "Violations"):
        assert field in conflicts.inner_text()
    assert page.locator("table.compare tr.conflict").count() == 4
    shot(page, "06-merge-conflicts")
    page.check("input[name=accept_conflicts]")
    page.fill("textarea[name=reason]", "one wave of strikes, to be told as one")
    page.click("form.stacked button.ok")
    page.wait_for_url(f"**/incidents/{a}")
    assert page.locator("article.account").count() == 2
    shot(page, "07-merged")
    page.click(f"a[href='/incidents/{a}/split']")
    moved = get_incident(store, a).accounts[1].id
    page.check(f"input[name=account][value='{moved}']")
    page.fill("textarea[name=reason]", "two events after all")
    shot(page, "08-split-form")
    page.click("form.split button.ok")
    page.wait_for_url("**/incidents/*")
    assert page.locator("article.account").count() == 1
    assert "Kryvyi Rih" in page.locator("h1").inner_text()
    page.goto(f"{url}/incidents/{b}")
    assert "Kryvyi Rih" in page.locator("h1").inner_text(), "the retired id leads to the split-off incident"


def test_uploading_a_report_shows_its_incidents_with_cyrillic_and_emoji(workspace, browser) -> None:  # type: ignore[no-untyped-def]
    url, *_ = workspace
    page = log_in(browser, url, **DESKTOP)
    problems = watch(page)
    page.goto(f"{url}/upload")
    shot(page, "09-upload")
    report = page.locator("form[action='/reports/upload']")
    report.locator("input[name=published]").fill("2025-03-12")
    report.locator("input[name=publisher]").fill("Kharkiv Oblast Administration")
    report.locator("input[name=file]").set_input_files(
        {"name": "kupiansk.txt", "mimeType": "text/plain", "buffer": REPORT.encode()})
    report.locator("button").click()
    page.wait_for_url("**/reports/*?uploaded=stored")
    assert page.locator("p.notice").is_visible()
    assert "Kupiansk" in page.locator("table.accounts").inner_text()
    text = page.locator("#report-text").inner_text()
    assert "Жителі Куп'янська" in text and "🏚️" in text
    assert _glyph_width(page, "🏚") > 8, "the emoji is drawn, not left out"
    shot(page, "10-report-uploaded")
    assert problems == []


def _glyph_width(page, text: str) -> float:  # type: ignore[no-untyped-def]
    """How wide `text` is drawn in the page's font (a missing glyph would be a box or nothing)."""
    return float(page.evaluate("t => { const s = document.createElement('span'); s.textContent = t; "
                               "document.body.appendChild(s); const w = s.getBoundingClientRect().width; "
                               "s.remove(); return w; }", text))


def test_uploading_an_evidence_photo_shows_it_inline_with_its_custody(workspace, browser) -> None:  # type: ignore[no-untyped-def]
    url, _, a, _ = workspace
    page = log_in(browser, url, **DESKTOP)
    page.goto(f"{url}/upload?incident={a}")
    evidence = page.locator("form[action='/evidence/upload']")
    assert evidence.locator("input[name=incident]").input_value() == str(a)
    evidence.locator("input[name=captured_by]").fill("Zaporizhzhia field team")
    evidence.locator("input[name=file]").set_input_files({"name": "двір.jpg", "mimeType": "image/jpeg",
                                                          "buffer": _photo()})
    evidence.locator("button").click()
    page.wait_for_url("**/evidence/*?uploaded=stored")
    image = page.locator("figure.evidence-view img")
    image.wait_for()
    assert page.evaluate("() => document.querySelector('figure.evidence-view img').naturalWidth") == 320
    assert "evidence.add" in page.locator("table.custody").inner_text()
    assert "olena" in page.locator("table.custody").inner_text()
    shot(page, "11-evidence-inline")


def _photo() -> bytes:
    out = io.BytesIO()
    picture = Image.new("RGB", (320, 200), (90, 110, 140))
    for x in range(40, 280):
        for y in range(120, 180):
            picture.putpixel((x, y), (200, 190, 170))
    picture.save(out, "JPEG")
    return out.getvalue()


def test_selecting_words_on_a_report_makes_an_incident_by_hand(workspace, browser) -> None:  # type: ignore[no-untyped-def]
    url, store, _, b = workspace
    page = log_in(browser, url, **DESKTOP)
    report = get_incident(store, b).accounts[0].report_id
    page.goto(f"{url}/reports/{report}")
    words = "hospital in Kryvyi Rih"
    page.evaluate("w => { const box = document.getElementById('report-text'); const node = box.firstChild;"
                  " const at = node.textContent.indexOf(w); const r = document.createRange();"
                  " r.setStart(node, at); r.setEnd(node, at + w.length);"
                  " const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); }", words)
    page.wait_for_function("() => document.getElementById('passage-start').value !== ''")
    assert page.locator("#passage-words").input_value() == words
    assert page.locator("details#by-hand").get_attribute("open") is not None
    page.select_option("#passage-form select[name=violations]", ["attack_on_protected_objects"])
    page.fill("#passage-form input[name=place]", "Kryvyi Rih")
    page.fill("#passage-form textarea[name=reason]", "a second strike the extractor merged into one")
    shot(page, "12-passage-selected")
    page.click("#passage-form button.ok")
    page.wait_for_url("**/incidents/*")
    assert "Kryvyi Rih" in page.locator("h1").inner_text()
    assert "created by hand" in page.locator("table.history").inner_text()


def test_the_pages_fit_a_phone_screen(workspace, browser) -> None:  # type: ignore[no-untyped-def]
    url, _, a, _ = workspace
    page = log_in(browser, url, **PHONE)
    for path, name in ((f"/incidents/{a}", "13-phone-incident"), ("/review", "14-phone-review"),
                       ("/upload", "15-phone-upload"), (f"/incidents/{a}/edit", "16-phone-edit")):
        page.goto(f"{url}{path}")
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} is {overflow}px wider than the phone"
        shot(page, name)


def test_a_viewer_sees_no_review_forms_and_no_report_text(workspace, browser) -> None:  # type: ignore[no-untyped-def]
    url, store, a, _ = workspace
    from warcrimes.services.users import add_user

    add_user(store, "vira", "a viewer's passphrase", "viewer", actor="test-admin")
    page = browser.new_page(**DESKTOP)
    page.goto(f"{url}/login")
    page.fill("input[name=username]", "vira")
    page.fill("input[name=password]", "a viewer's passphrase")
    page.click("form.stacked button[type=submit]")
    page.wait_for_url("**/incidents")
    assert page.locator("header nav a[href='/review']").count() == 0
    page.goto(f"{url}/incidents/{a}")
    assert page.locator("section.review").count() == 0 and page.locator(".report-text").count() == 0
    shot(page, "17-viewer-incident")
