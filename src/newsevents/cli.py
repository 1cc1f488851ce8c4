"""The `newsevents` command. Known errors become one line on stderr and exit status 2."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from .errors import NewsEventsError
from .settings import DICTIONARY_KINDS, Settings, load_settings

err = Console(stderr=True)
out = Console(width=None if sys.stdout.isatty() else 160)

DB = click.option("--db", "db", default=None, help="SQLite file (default ./newsevents.db, or $NEWSEVENTS_DB).")
FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                      show_default=True, help="Output format.")


def _dictionaries(command):
    """--actors/--agents/--verbs/--discards PATH (each may repeat): user PETRARCH dictionaries."""
    for kind in reversed(DICTIONARY_KINDS):
        command = click.option(f"--{kind}", kind, multiple=True, type=click.Path(dir_okay=False),
                               help=f"A PETRARCH {kind} file read after the shipped ones (repeatable).")(command)
    return command


def _settings(**flags) -> Settings:
    flags = {k: (v or None) if isinstance(v, tuple) else v for k, v in flags.items()}  # no repeated flag: unset
    settings = load_settings(flags)
    if any(settings.dictionary_paths().values()):
        from .events.coder import coder_for

        coder_for(settings)  # a broken dictionary is refused here, with its file and line
    return settings


def _store(settings: Settings, *, create: bool = True):
    from .store import Store

    return Store(settings.db, near_bits=settings.near_duplicate_bits, create=create)


def examples_dir() -> Path:
    """The bundled sample articles: inside the installed package, or the checkout's examples/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "examples", here.parents[1] / "examples"):
        if candidate.is_dir():
            return candidate
    raise NewsEventsError("the sample articles are not installed with this copy of newsevents")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsevents")
def cli() -> None:
    """newsevents: news in, event data out — offline, into one SQLite file."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for documents that carry none.")
@click.option("--url", help="URL for documents that carry none.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default="json", show_default=True,
              help="json: one object per document (JSONL for .jsonl input or several documents).")
@click.option("--model", default=None, help="spaCy pipeline: default, none, or an installed name.")
@_dictionaries
def process(inputs, published, url, fmt, model, actors, agents, verbs, discards) -> None:
    """Extract and annotate INPUTS; print the document contract, store nothing."""
    from .api import process_stream

    settings = _settings(model=model, actors=actors, agents=agents, verbs=verbs, discards=discards)
    documents, failed = [], 0
    for result in process_stream(inputs, published=published, url=url, settings=settings):
        if hasattr(result, "line"):
            click.echo(result.line(), err=True)
            failed += 1
        else:
            documents.append(result.to_dict())
            if fmt == "jsonl" or any(i.endswith(".jsonl") for i in inputs):
                fmt = "jsonl"
                click.echo(json.dumps(documents.pop(), ensure_ascii=False))
    _print_documents(documents, fmt)
    sys.exit(1 if failed else 0)


def _print_documents(documents: list[dict], fmt: str) -> None:
    if fmt == "text":
        for doc in documents:
            click.echo(f"{doc['id']}  {doc['published'] or '-'}  {doc['source'] or '-'}  {doc['title'] or ''}\n")
            click.echo(doc["text"] + "\n")
    elif len(documents) == 1:
        click.echo(json.dumps(documents[0], ensure_ascii=False, indent=2))
    else:
        for doc in documents:
            click.echo(json.dumps(doc, ensure_ascii=False))


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("documents"), TimeElapsedColumn(), console=err, transient=True)


def _summary_line(summary) -> str:
    return (f"read {summary.read} · new {summary.new} · duplicate {summary.duplicate} · "
            f"unchanged {summary.unchanged} · " + (f"updated {summary.updated} · " if summary.updated else "") +
            f"failed {summary.failed} · "
            f"{summary.per_second:.1f} articles/s ({summary.seconds:.1f} s)")


def _run_ingest(inputs, settings: Settings, published=None, url=None):
    from .ingest import ingest

    with _store(settings) as store, _progress() as progress:
        task = progress.add_task("ingest", total=None)
        summary = ingest(inputs, store=store, settings=settings, published=published, url=url,
                         on_item=lambda: progress.advance(task))
    for failure in summary.failures:
        click.echo(failure.line(), err=True)
    return summary


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@DB
@click.option("--workers", type=int, default=None, help="Worker processes (default 1).")
@click.option("--published", help="Publication date (YYYY-MM-DD) for documents that carry none.")
@click.option("--url", help="URL for documents that carry none.")
@click.option("--model", default=None, help="spaCy pipeline: default, none, or an installed name.")
@_dictionaries
def ingest(inputs, db, workers, published, url, model, actors, agents, verbs, discards) -> None:
    """Read INPUTS (files, folders, globs, URLs, -) and store their articles."""
    settings = _settings(db=db, workers=workers, model=model, actors=actors, agents=agents, verbs=verbs,
                         discards=discards)
    summary = _run_ingest(inputs, settings, published, url)
    out.print(_summary_line(summary), highlight=False)
    sys.exit(1 if summary.failed else 0)


def _emit_rows(rows: list[dict], fmt: str, columns: list[str]) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table()
        for column in columns:
            table.add_column(column, no_wrap=True, overflow="ellipsis", min_width=MIN_WIDTHS.get(column),
                             max_width=MAX_WIDTHS.get(column, 30))
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        out.print(table)


MIN_WIDTHS = {"id": 16, "published": 10, "date": 10, "at": 19, "language": 4, "source": 12, "code": 10,
              "cameo": 5, "actor1_code": 6, "actor2_code": 6, "speaker_code": 6, "kind": 8, "modality": 9}
MAX_WIDTHS = {"title": 80, "text": 70, "label": 40, "message": 70, "input": 50, "url": 60}
ARTICLE_COLUMNS = ["id", "published", "source", "language", "title", "duplicate_of"]


@cli.command()
@DB
@click.option("--search", help="Full-text search over title and text.")
@click.option("--since", help="Published on or after YYYY-MM-DD.")
@click.option("--until", help="Published on or before YYYY-MM-DD.")
@click.option("--source", help="Domain, e.g. example.com.")
@click.option("--language", help="ISO 639-1 code, e.g. en.")
@click.option("--limit", type=int, default=50, show_default=True)
@FORMAT
def articles(db, search, since, until, source, language, limit, fmt) -> None:
    """List stored articles, newest first."""
    with _store(_settings(db=db), create=False) as store:
        rows = store.articles(search=search, since=since, until=until, source=source,
                              language=language, limit=limit)
    _emit_rows(rows, fmt, ARTICLE_COLUMNS + (["url"] if fmt != "table" else []))


@cli.command()
@click.argument("article_id")
@DB
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True)
def show(article_id, db, fmt) -> None:
    """Print one stored article's document (ARTICLE_ID or a unique prefix)."""
    with _store(_settings(db=db), create=False) as store:
        document = store.document(article_id)
    if document is None:
        raise NewsEventsError(f"no article with id {article_id!r}", input="show")
    _print_documents([document], "text" if fmt == "text" else "json")


@cli.command()
@DB
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "gdelt"]), required=True,
              help="gdelt: GDELT 2.0 Events and Mentions files (tab-separated, codebook column order).")
@click.option("--table", default="articles", show_default=True,
              help="articles, failures, entities, times, quotes or events (not for gdelt).")
@click.option("--output", "-o", default="-", show_default=True,
              help="File to write; - for stdout. For gdelt a name prefix: PREFIX.export.CSV, PREFIX.mentions.CSV.")
def export(db, fmt, table, output) -> None:
    """Export a table as JSONL, CSV or Parquet, or the events in GDELT 2.0 format."""
    if fmt in ("parquet", "gdelt") and output == "-":
        raise NewsEventsError(f"{fmt} needs a file: add --output", input="export")
    with _store(_settings(db=db), create=False) as store:
        if fmt == "gdelt":
            _export_gdelt(store, output)
            return
        count = store.export(sys.stdout if output == "-" else output, fmt, table=table)
    err.print(f"exported {count} rows of {table} as {fmt}", highlight=False)


def _export_gdelt(store, prefix: str) -> None:
    from .export.gdelt import event_pairs, write_events, write_mentions

    events = write_events(f"{prefix}.export.CSV", event_pairs(store.documents()))
    mentions = write_mentions(f"{prefix}.mentions.CSV", event_pairs(store.documents()))
    err.print(f"exported {events} events to {prefix}.export.CSV and {mentions} mentions to "
              f"{prefix}.mentions.CSV", highlight=False)


EVENT_LIST = ["date", "actor1_name", "actor1_code", "cameo", "label", "actor2_name", "actor2_code", "modality",
              "location_name"]
QUOTE_LIST = ["published", "speaker", "speaker_code", "kind", "cue", "text", "source"]
ACTOR_LIST = ["name", "code", "country", "role", "mentions", "articles"]


@cli.command()
@DB
@click.option("--actor", help="Actor name, text or code (either side), e.g. Putin or RUSGOV.")
@click.option("--country", help="Country of either actor, ISO 3166-1 alpha-3, e.g. UKR.")
@click.option("--cameo", help="CAMEO code or prefix, e.g. 112 or 19.")
@click.option("--root", help="CAMEO root code, e.g. 19.")
@click.option("--quad-class", type=click.IntRange(1, 4), help="1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict.")
@click.option("--modality", help="asserted, planned, negated, hypothetical or reported.")
@click.option("--since", help="Event date on or after YYYY-MM-DD.")
@click.option("--until", help="Event date on or before YYYY-MM-DD.")
@click.option("--source", help="Domain, e.g. example.com.")
@click.option("--search", help="Full-text search over the articles.")
@click.option("--limit", type=int, default=50, show_default=True)
@FORMAT
def events(db, actor, country, cameo, root, quad_class, modality, since, until, source, search, limit, fmt) -> None:
    """List coded events: who did what to whom, when and where."""
    with _store(_settings(db=db), create=False) as store:
        rows = store.events(actor=actor, country=country, cameo=cameo, root=root, quad_class=quad_class,
                            modality=modality, since=since, until=until, source=source, search=search, limit=limit)
    _emit_rows(rows, fmt, EVENT_LIST if fmt == "table" else list(rows[0]) if rows else EVENT_LIST)


@cli.command()
@DB
@click.option("--speaker", help="Speaker name or actor code.")
@click.option("--country", help="Speaker's country, ISO 3166-1 alpha-3.")
@click.option("--kind", type=click.Choice(["direct", "partial", "indirect", "scare"]))
@click.option("--since", help="Published on or after YYYY-MM-DD.")
@click.option("--until", help="Published on or before YYYY-MM-DD.")
@click.option("--source", help="Domain, e.g. example.com.")
@click.option("--search", help="Words in the quote.")
@click.option("--limit", type=int, default=50, show_default=True)
@FORMAT
def quotes(db, speaker, country, kind, since, until, source, search, limit, fmt) -> None:
    """List quotes: who said what."""
    with _store(_settings(db=db), create=False) as store:
        rows = store.quotes(speaker=speaker, country=country, kind=kind, since=since, until=until,
                            source=source, search=search, limit=limit)
    _emit_rows(rows, fmt, QUOTE_LIST if fmt == "table" else list(rows[0]) if rows else QUOTE_LIST)


@cli.command()
@DB
@click.option("--country", help="ISO 3166-1 alpha-3, e.g. CHN.")
@click.option("--role", help="CAMEO role, e.g. GOV, MIL, REB.")
@click.option("--search", help="Words in the actor's name.")
@click.option("--limit", type=int, default=50, show_default=True)
@FORMAT
def actors(db, country, role, search, limit, fmt) -> None:
    """List the actors mentioned, most mentioned first."""
    with _store(_settings(db=db), create=False) as store:
        rows = store.actors(country=country, role=role, search=search, limit=limit)
    _emit_rows(rows, fmt, ACTOR_LIST)


@cli.command()
@DB
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(db, fmt) -> None:
    """Counts: articles, duplicates, failures, languages, sources, dates."""
    with _store(_settings(db=db), create=False) as store:
        numbers = store.stats()
    if fmt == "json":
        click.echo(json.dumps(numbers, ensure_ascii=False, indent=2))
        return
    table = Table("measure", "value")
    for key, value in numbers.items():
        if key not in ("by_month", "sources"):
            table.add_row(key, json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value))
    out.print(table)
    _bars("articles by month of publication", numbers["by_month"])
    _bars("top sources", numbers["sources"])


def _bars(title: str, counts: dict[str, int], width: int = 40) -> None:
    """A horizontal bar chart in the terminal."""
    if not counts:
        return
    out.print(f"[bold]{title}[/bold]")
    top = max(counts.values())
    label = max(len(k) for k in counts)
    for key, count in counts.items():
        bar = "█" * max(1, round(width * count / top))
        out.print(f"  {key:<{label}}  [cyan]{bar}[/cyan] {count}", highlight=False)


@cli.command()
@DB
@click.option("--limit", type=int, default=50, show_default=True)
@FORMAT
def failures(db, limit, fmt) -> None:
    """List inputs that failed, newest first."""
    with _store(_settings(db=db), create=False) as store:
        rows = store.failures(limit=limit)
    _emit_rows(rows, fmt, ["at", "input", "stage", "code", "message"])


@cli.command()
@DB
@click.option("--model", default=None, help="spaCy pipeline: default, none, or an installed name.")
def demo(db, model) -> None:
    """Ingest the bundled sample articles into the database and show what was found."""
    settings = _settings(db=db, model=model)
    summary = _run_ingest([str(examples_dir())], settings)
    out.print(f"[bold]newsevents demo[/bold] → {settings.db}")
    out.print(_summary_line(summary), highlight=False)
    with _store(settings) as store:
        rows = store.articles(limit=20)
    _emit_rows(rows, "table", ARTICLE_COLUMNS)
    out.print("Next: newsevents articles --search Geneva · newsevents show ID · newsevents stats", highlight=False)


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        err.print("aborted")
        sys.exit(130)
    except NewsEventsError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
