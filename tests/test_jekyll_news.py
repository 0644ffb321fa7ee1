"""The corpora made from news sites' Jekyll sources: fictional posts in the sites' shapes."""

from pathlib import Path

from bench.corpora import jekyll_news

SPANISH_BODY = (
    "<p>Valdoria. El gobierno de Valdoria anunció hoy un plan de obras. El ministro Ramiro Quesada dijo que "
    "costará mil millones. La oposición lo rechazó.</p><p>El plan incluye &quot;tres puentes&quot; y dos "
    "carreteras, según el comunicado. Las obras empezarán en marzo. Los vecinos esperan empleo.</p>"
    "<p>La constructora Halvorn ganó el concurso. Sus acciones subieron. El plazo es de dos años y medio para "
    "terminar todo el trabajo previsto en la región.</p>"
    "<p>Los alcaldes de la región pidieron participar en la planeación. El gobierno dijo que los escuchará. "
    "Habrá reuniones cada mes hasta que empiecen las obras, y un informe público al final de cada etapa.</p>"
)


def _post(folder: Path, path: str, front: str, body: str) -> None:
    file = folder / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(f"---\n{front}\n---\n{body}\n", encoding="utf-8")


def test_the_spanish_site_s_agency_posts_are_written_with_their_headline_and_paragraphs(tmp_path):
    posts = tmp_path / "_posts"
    _post(
        posts,
        "2013/06/29/0312-plan-de-obras.markdown",
        'title: "Plan de obras"\nauthor: Afp\ncategory: Mundo',
        SPANISH_BODY,
    )
    _post(
        posts,
        "2013/06/29/0400-otro.markdown",
        'title: "Otro"\nauthor: REDACCION\ncategory: Mundo',
        SPANISH_BODY + "<p>Más.</p>",
    )
    _post(posts, "2013/06/30/0100-columna.markdown", 'title: "Columna"\nauthor: Afp\ncategory: Opinión', SPANISH_BODY)

    jekyll_news.write(jekyll_news.jornada_posts(posts, agencies_only=True), tmp_path / "out")

    written = sorted(p.name for p in (tmp_path / "out").glob("*.txt"))
    assert written == ["2013-06-29-0312-plan-de-obras.txt"]
    text = (tmp_path / "out" / written[0]).read_text(encoding="utf-8")
    assert text.startswith("Plan de obras\n\nValdoria. El gobierno de Valdoria")
    assert '"tres puentes"' in text and "<p>" not in text
    assert "2013-06-29-0312-plan-de-obras.txt\t2013-06-29\tAfp\tMundo\tPlan de obras" in (
        tmp_path / "out" / "index.tsv"
    ).read_text(encoding="utf-8")


def test_a_repost_of_the_same_text_is_written_once(tmp_path):
    posts = tmp_path / "_posts"
    _post(posts, "2013/06/29/0312-plan.markdown", 'title: "Plan"\nauthor: Afp\ncategory: Mundo', SPANISH_BODY)
    _post(
        posts, "2013/07/01/0900-plan-otra-vez.markdown", 'title: "Plan (2)"\nauthor: Afp\ncategory: Mundo', SPANISH_BODY
    )

    assert [post.path for post in jekyll_news.jornada_posts(posts)] == ["2013/06/29/0312-plan.markdown"]


def _german_post(folder: Path, name: str, paragraphs: list[str], address: str = "https://www.example.de/a") -> None:
    body = "\n\n".join([f"[Überschrift {name}]({address})", "Der Teaser, den der Artikel wiederholt.", *paragraphs])
    _post(folder, name, "layout: post\ndate: Sun, 07 Apr 2024 10:00:00 +0200\ncategories: entries DE", body)


GERMAN_PARAGRAPHS = [
    "Die Stadt Kestrelburg hat am Sonntag einen neuen Bürgermeister gewählt. Er gewann mit großer Mehrheit. "
    "Die Wahlbeteiligung lag bei sechzig Prozent. Das ist mehr als vor fünf Jahren, sagte die Wahlleiterin.",
    "Der neue Bürgermeister will die Schulen sanieren und den Nahverkehr ausbauen. Er tritt sein Amt im Mai an. "
    "Seine Vorgängerin hatte nicht mehr kandidiert, weil sie in den Landtag wechselt. Die Opposition gratulierte.",
    "Im Rathaus wird nun eine neue Koalition gesucht, denn keine Fraktion hat eine eigene Mehrheit. Die Gespräche "
    "sollen noch in dieser Woche beginnen. Ein Ergebnis wird bis zum Sommer erwartet, hieß es aus der Verwaltung.",
    "Die Bürgerinnen und Bürger hatten zuvor in einer Umfrage vor allem bessere Busverbindungen gefordert. Auch die "
    "Sanierung des alten Bahnhofs war ein Thema im Wahlkampf. Beides soll nun schnell angegangen werden, sagte er.",
    "Zustimmung zu externen Inhalten: Wir brauchen Ihre Einwilligung.",
    "Mehr zum Thema gibt es im Newsletter.",
]


def test_the_german_site_s_articles_lose_the_teaser_and_the_page_s_furniture(tmp_path):
    posts = tmp_path / "_posts"
    posts.mkdir()
    _german_post(posts, "2024-04-07-kestrelburg.md", GERMAN_PARAGRAPHS)
    _german_post(posts, "2024-04-07-liveticker.md", GERMAN_PARAGRAPHS[3::-1], "https://www.example.de/liveticker")

    jekyll_news.write(jekyll_news.trends_posts(posts), tmp_path / "out")

    text = (tmp_path / "out" / "2024-04-07-kestrelburg.txt").read_text(encoding="utf-8")
    assert text.startswith("Überschrift 2024-04-07-kestrelburg.md\n\nDie Stadt Kestrelburg")
    assert "Teaser" not in text and "Zustimmung" not in text and "Newsletter" not in text
    assert not (tmp_path / "out" / "2024-04-07-liveticker.txt").exists()
