"""GDELT 2.0 export: 61 event columns, 16 mention columns, and a round trip through the reader."""
import io
from datetime import datetime

from newsevents.export import (
    EVENT_COLUMNS, MENTION_COLUMNS, events_rows, global_event_id, mentions_rows, read_events, read_mentions,
    write_events, write_mentions,
)

TEXT = "French President Emmanuel Macron visited Berlin on Tuesday.\n\nHe met Olaf Scholz."
ARTICLE = {"id": "a1", "url": "https://www.example.com/news/1", "source": "example.com",
           "published": "2024-03-05", "text": TEXT}
VISIT = {
    "id": "3f2a9c0d1e4b5a6c", "cameo": "042", "root": "04", "label": "Make a visit", "plover": "CONSULT",
    "quad_class": 1, "goldstein": 1.9, "modality": "asserted", "date": "2024-03-05", "date_source": "clause",
    "actor1": {"text": "Emmanuel Macron", "name": "Emmanuel Macron", "code": "FRAGOV", "country": "FRA", "role": "GOV"},
    "actor2": {"text": "Berlin", "name": "Germany", "code": "DEU", "country": "DEU", "role": None},
    "location": {"name": "Berlin, Germany", "lat": 52.52, "lon": 13.405, "country": "DEU", "kind": "city",
                 "geonames_id": 2950159},
    "sentence": 0, "start": 33, "end": 40, "confidence": 0.8,
}
ARREST = {
    "id": "00ff00ff00ff00ff", "cameo": "173", "root": "17", "quad_class": 4, "goldstein": -5.0,
    "date": None, "actor1": {"text": "police", "name": "Police\tof\nGaza", "code": "PSECOP", "country": "PSE",
                             "role": "COP"},
    "actor2": None, "location": {"name": "Gaza City", "lat": 31.5, "lon": 34.47, "country": "PSE", "kind": "city"},
    "sentence": 1, "start": 64, "end": 67, "confidence": 0.5,
}
PAIRS = [(VISIT, ARTICLE), (ARREST, ARTICLE)]


def test_rows_have_the_codebook_widths():
    assert len(EVENT_COLUMNS) == 61 and len(MENTION_COLUMNS) == 16
    assert EVENT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert EVENT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert EVENT_COLUMNS[51:] == ("ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
                                  "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
                                  "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL")
    assert all(len(row) == 61 for row in events_rows(PAIRS))
    assert all(len(row) == 16 for row in mentions_rows(PAIRS))


def test_events_round_trip_through_the_reader(tmp_path):
    path = tmp_path / "events.export.CSV"
    assert write_events(path, PAIRS, date_added=datetime(2024, 3, 5, 14, 30)) == 2
    visit, arrest = read_events(path)
    assert visit["GLOBALEVENTID"] == global_event_id(VISIT) == int("3f2a9c0d1e4b5a6", 16)
    assert (visit["SQLDATE"], visit["MonthYear"], visit["Year"]) == (20240305, 202403, 2024)
    assert visit["FractionDate"] == 2024.1781  # 2024 + (2 * 30 + 5) / 365, as GDELT computes it
    assert (visit["Actor1Code"], visit["Actor1Name"], visit["Actor1CountryCode"], visit["Actor1Type1Code"]) == (
        "FRAGOV", "Emmanuel Macron", "FRA", "GOV")
    assert (visit["EventCode"], visit["EventBaseCode"], visit["EventRootCode"]) == ("042", "042", "04")
    assert (visit["QuadClass"], visit["GoldsteinScale"], visit["IsRootEvent"], visit["NumMentions"]) == (1, 1.9, 1, 1)
    assert (visit["ActionGeo_Type"], visit["ActionGeo_CountryCode"], visit["ActionGeo_Lat"]) == (4, "GM", 52.52)
    assert visit["ActionGeo_FeatureID"] == "2950159" and visit["Actor1Geo_Type"] == 0
    assert (visit["DATEADDED"], visit["SOURCEURL"]) == (20240305143000, "https://www.example.com/news/1")
    assert arrest["SQLDATE"] == 20240305  # no event date: the publication date
    assert arrest["Actor2Code"] == "" and arrest["IsRootEvent"] == 0
    assert arrest["ActionGeo_CountryCode"] == "GZ"  # FIPS splits Palestine into GZ and WE


def test_tabs_and_line_breaks_in_names_become_spaces():
    buffer = io.StringIO()
    write_events(buffer, [(ARREST, ARTICLE)])
    assert buffer.getvalue().count("\n") == 1 and buffer.getvalue().count("\t") == 60
    (arrest,) = read_events(io.StringIO(buffer.getvalue()))
    assert arrest["Actor1Name"] == "Police of Gaza"


def test_mentions_point_into_the_article():
    buffer = io.StringIO()
    write_mentions(buffer, PAIRS)
    visit, arrest = read_mentions(io.StringIO(buffer.getvalue()))
    assert visit["GLOBALEVENTID"] == global_event_id(VISIT) and visit["MentionType"] == 1
    assert (visit["MentionSourceName"], visit["SentenceID"], visit["Confidence"]) == ("example.com", 1, 80)
    assert TEXT[visit["Actor1CharOffset"]:].startswith("Emmanuel Macron")
    assert TEXT[visit["Actor2CharOffset"]:].startswith("Berlin") and visit["ActionCharOffset"] == 33
    assert (arrest["Actor1CharOffset"], arrest["InRawText"], arrest["MentionDocLen"]) == (-1, 0, len(TEXT))
    assert visit["EventTimeDate"] == visit["MentionTimeDate"] == 20240305000000
