"""The docs site: built by the same function `make docs` calls (one tutorial executed, to stay quick; nbdev_test runs them all),
every nav page present, every internal link and image resolving to a file of the site, nothing fetched from another host,
signatures on the API pages, an executed output on a tutorial page, and the home page in Chromium."""
import html.parser, re, sys, urllib.parse
from pathlib import Path
import pytest
sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser import chromium_page, free_port, screenshot, server
from sora_nb.site import build_site

FETCHED = {"script": "src", "img": "src", "source": "src", "iframe": "src", "video": "src", "audio": "src", "embed": "src"}
LINK_FETCHED = {"stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest", "apple-touch-icon"}
REMOTE = re.compile(r"^(?:https?:)?//(?!127\.0\.0\.1[:/])", re.I)


class Refs(html.parser.HTMLParser):
    "Every (tag, attribute, url, rel) of a page, and the text of its inline scripts."
    def __init__(self):
        super().__init__(); self.refs, self.scripts, self._in_script = [], [], False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for attr in ("href", "src"):
            if a.get(attr): self.refs.append((tag, attr, a[attr].strip(), (a.get("rel") or "").lower()))
        self._in_script = tag == "script" and not a.get("src")
    def handle_endtag(self, tag):
        if tag == "script": self._in_script = False
    def handle_data(self, data):
        if self._in_script: self.scripts.append(data)


def target(site: Path, page: Path, url: str) -> Path | None:
    "The file of the site an internal `url` of `page` points to (None for links that are not files: anchors, data:, mailto:)."
    u = urllib.parse.urlsplit(url)
    if u.scheme or u.netloc or not u.path: return None
    p = (site / u.path.lstrip("/")) if u.path.startswith("/") else (page.parent / urllib.parse.unquote(u.path))
    return p / "index.html" if url.split("#")[0].split("?")[0].endswith("/") or p.is_dir() else p


def nav_files(nav) -> list:
    out = []
    for entry in nav:
        for v in entry.values(): out += nav_files(v) if isinstance(v, list) else [v]
    return out


# one xdist worker runs the whole module (`--dist loadgroup`), so the site is built once (about 95 s), not once per worker
pytestmark = pytest.mark.xdist_group("site")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    d = tmp_path_factory.mktemp("docs")
    return build_site(d / "site", execute=["01_quick_start"], build_dir=d / "build", quiet=True)


def test_pages_links_and_offline(site):
    root = site["site"]
    for f in nav_files(site["nav"]):
        page = root / ("index.html" if f == "index.ipynb" else f.removesuffix(".ipynb") + "/index.html")
        assert page.is_file(), f"nav page {f} was not built ({page})"
    pages = sorted(root.rglob("*.html")); assert len(pages) >= 30
    broken, remote = [], []
    for page in pages:
        p = Refs(); p.feed(page.read_text(encoding="utf-8"))
        for tag, attr, url, rel in p.refs:
            if REMOTE.match(url):
                if tag in FETCHED or (tag == "link" and set(rel.split()) & LINK_FETCHED): remote.append(f"{page.relative_to(root)}: <{tag} {attr}={url}>")
                continue
            t = target(root, page, url)
            if t is not None and not t.is_file(): broken.append(f"{page.relative_to(root)}: <{tag} {attr}={url}>")
        for s in p.scripts:
            for m in re.finditer(r"""\b(?:import\s*\(\s*|from\s*)["']((?:https?:)?//[^"']+)""", s):
                if REMOTE.match(m.group(1)): remote.append(f"{page.relative_to(root)}: inline script imports {m.group(1)}")
    for css in root.rglob("*.css"):
        for m in re.finditer(r"""(?:@import\s*|url\()\s*["']?((?:https?:)?//[^"')\s]+)""", css.read_text(encoding="utf-8", errors="replace")):
            if REMOTE.match(m.group(1)): remote.append(f"{css.relative_to(root)}: {m.group(1)}")
    assert not broken, f"{len(broken)} broken internal links or images:\n" + "\n".join(broken[:30])
    assert not remote, "the site fetches from other hosts:\n" + "\n".join(remote[:30])


def test_api_and_tutorial_content(site):
    root = site["site"]
    studio = (root / "api" / "studio" / "index.html").read_text(encoding="utf-8")
    verify = (root / "api" / "verify" / "index.html").read_text(encoding="utf-8")
    text = lambda h: re.sub(r"<[^>]+>", "", h)
    assert "def submit(" in text(studio) and "Run `req` through the whole facade" in text(studio).replace("<code>", "`")
    assert "def verify(" in text(verify) and "Check `path` against the three provenance layers" in text(verify).replace("<code>", "`")
    assert "show_doc(" not in text(studio), "show_doc inputs should be hidden"
    assert "default_exp" not in text(studio) and "#| export" not in text(studio)
    assert site["executed"] == ["01_quick_start"]
    quick = (root / "tutorials" / "01_quick_start" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<video[^>]*>\s*<source src="data:video/mp4;base64,', quick), "the quick start shows its clip inline"
    assert "creation: " in text(quick) and "delivered: Video(16x256x256" in text(quick)   # printed outputs of executed cells
    home = (root / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis.com" not in home and "<h1" in home and "# sora-nb" not in text(home)


def test_home_page_in_chromium(site):
    port = free_port(); url = f"http://127.0.0.1:{port}/"
    with server([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(site["site"])], url):
        with chromium_page() as page:
            page.goto(url, wait_until="networkidle", timeout=60000)
            assert "sora-nb" in page.title()
            nav = page.locator("nav.md-nav--primary").first
            assert nav.is_visible()
            assert nav.get_by_text("Tutorials").first.is_visible() and nav.get_by_text("API").first.is_visible()
            shot = screenshot(page, "docs-home")
    assert shot.stat().st_size > 10_000
