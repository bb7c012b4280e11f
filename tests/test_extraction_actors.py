"""Actors: titles, surnames, transliterations, the gazetteer."""
from statements.extraction import Gazetteer, name_key
from tests.extraction_helpers import extract, quotes


def test_it_folds_transliteration_variants():
    assert name_key("Sergey") == name_key("Sergei")
    assert name_key("Zelensky") == name_key("Zelenskyy") == name_key("Zelenskiy")
    assert name_key("Alexey") == name_key("Alexei") == name_key("Aleksei")
    assert name_key("José  Müller’s") == name_key("jose muller")


def test_it_strips_titles_and_keeps_the_role():
    doc = extract("Veldanian President Mira Oskarsdottir said the vote was “a fraud.”")
    speaker = doc.articles[0].quotes[0].speaker
    assert (speaker.name, speaker.role) == ("Mira Oskarsdottir", "Veldanian President")


def test_it_joins_surnames_and_spelling_variants_across_articles():
    text = (
        "Foreign Minister Yuriy Dorenko arrived in Ostrava.\n\n“We came to listen,” Dorenko said.\n\nSource link\n\n"
        "Yuri Dorenko leaves the talks early\n\nThe minister left on Tuesday.\n\n“Enough for now,” Yuri Dorenko said.\n\nSource link\n"
    )
    speakers = {s for _, s in quotes(text)}
    assert len(speakers) == 1 and speakers.pop().startswith("Yur")


def test_it_handles_possessives():
    found = quotes("Anna Berrow arrived on Monday.\n\nBerrow’s aides were tense. “It will be a long night,” Berrow said.")
    assert found == [("It will be a long night", "Anna Berrow")]


def test_it_resolves_a_gazetteer_alias_to_its_actor():
    gaz = Gazetteer([("Veldania's top diplomat", "Anna Berrow", "person", "Foreign Minister")])
    found = quotes("“We will not bend,” Veldania's top diplomat said on Friday.", gazetteer=gaz)
    assert found == [("We will not bend", "Anna Berrow")]


def test_it_reads_name_particles_initials_and_suffixes():
    from statements.extraction.actors import find_mentions

    def names(text):
        return [m.name for m in find_mentions(text) if m.kind == "person"]

    assert names("Emir Saad bin Hamad al-Qadiri, who chairs the fund, spoke") == ["Saad bin Hamad al-Qadiri"]
    assert names("the adviser, Ines Lobo do Carmo, spoke") == ["Ines Lobo do Carmo"]
    assert names("and Joost van der Meulen agreed") == ["Joost van der Meulen"]
    assert names("the farmer, K.L. Brandt, agreed") == ["K.L. Brandt"]
    assert names("candidate Peter W. Osgood III, 52, agreed") == ["Peter W. Osgood"]
    assert names("later, el-Amrani said") == ["el-Amrani"]


def test_a_demonym_or_a_us_state_is_not_a_person():
    from statements.extraction.actors import find_mentions

    kinds = {m.name: m.kind for m in find_mentions("a second Hungarian plant, a European market and Ohio voters")}
    assert kinds.get("Hungarian") != "person"
    assert kinds.get("European") != "person"
    assert kinds.get("Ohio") != "person"
