"""Topic rules: explainable keyword matches."""
from statements.extraction import STARTER_TOPICS, TopicRule, assign_topics
from tests.extraction_helpers import extract


def test_it_matches_prefix_keywords_and_says_which_matched():
    rules = [TopicRule("sanctions", "Sanctions", "", ("sanction*", "tariff"))]
    (match,) = assign_topics("New sanctions and tariffs were announced.", rules)
    assert match.slug == "sanctions" and match.matched == ["sanction*", "tariff"]


def test_it_uses_context_only_when_the_quote_matches_nothing():
    rules = [TopicRule("energy", "Energy", "", ("gas", "pipeline*"))]
    assert assign_topics("We will see.", rules, context="The gas pipeline deal") != []
    assert assign_topics("We will see.", rules, context="The gas price") == []


def test_starter_topics_cover_the_main_themes():
    slugs = {t.slug for t in STARTER_TOPICS}
    assert {"war-in-ukraine", "nato-european-security", "sanctions-economy", "middle-east", "airspace-drones"} <= slugs


def test_every_quote_gets_its_topics():
    doc = extract("Anna Berrow said the “drone incursions into our airspace must stop.”")
    assert doc.articles[0].quotes[0].topics[0].slug == "airspace-drones"
