"""Countries, their adjectives and well-known cities: facts, not rules.

Used to keep places from being read as people ("Kuala Lumpur said" is a
government speaking, never a man called Lumpur) and to merge "Russia's
Foreign Ministry" with "the Russian Foreign Ministry". The tables are
deliberately modest; a place not listed is still caught by context ("in
X", "X-based") where possible.
"""
from __future__ import annotations

import functools

# country: adjectives (the first is the usual one).
_COUNTRIES = """
afghanistan: afghan | albania: albanian | algeria: algerian | andorra: andorran | angola: angolan
argentina: argentine argentinian | armenia: armenian | australia: australian | austria: austrian
azerbaijan: azerbaijani azeri | bahrain: bahraini | bangladesh: bangladeshi | belarus: belarusian
belgium: belgian | benin: beninese | bhutan: bhutanese | bolivia: bolivian | bosnia: bosnian
botswana: botswanan | brazil: brazilian | brunei: bruneian | bulgaria: bulgarian | burkina faso: burkinabe
burundi: burundian | cambodia: cambodian | cameroon: cameroonian | canada: canadian | chad: chadian
chile: chilean | china: chinese | colombia: colombian | congo: congolese | costa rica: costa rican
croatia: croatian | cuba: cuban | cyprus: cypriot | czech republic: czech | czechia: czech
denmark: danish | djibouti: djiboutian | ecuador: ecuadorian | egypt: egyptian | el salvador: salvadoran
eritrea: eritrean | estonia: estonian | ethiopia: ethiopian | fiji: fijian | finland: finnish
france: french | gabon: gabonese | gambia: gambian | georgia: georgian | germany: german | ghana: ghanaian
greece: greek | guatemala: guatemalan | guinea: guinean | haiti: haitian | honduras: honduran
hungary: hungarian | iceland: icelandic | india: indian | indonesia: indonesian | iran: iranian
iraq: iraqi | ireland: irish | israel: israeli | italy: italian | ivory coast: ivorian | jamaica: jamaican
japan: japanese | jordan: jordanian | kazakhstan: kazakh | kenya: kenyan | kosovo: kosovar | kuwait: kuwaiti
kyrgyzstan: kyrgyz | laos: lao laotian | latvia: latvian | lebanon: lebanese | libya: libyan
liechtenstein: liechtensteiner | lithuania: lithuanian | luxembourg: luxembourgish | madagascar: malagasy
malawi: malawian | malaysia: malaysian | maldives: maldivian | mali: malian | malta: maltese
mauritania: mauritanian | mexico: mexican | moldova: moldovan | monaco: monegasque | mongolia: mongolian
montenegro: montenegrin | morocco: moroccan | mozambique: mozambican | myanmar: myanmarese burmese
namibia: namibian | nepal: nepalese nepali | netherlands: dutch | new zealand: new zealand
nicaragua: nicaraguan | niger: nigerien | nigeria: nigerian | north korea: north korean
north macedonia: macedonian | norway: norwegian | oman: omani | pakistan: pakistani | palestine: palestinian
panama: panamanian | paraguay: paraguayan | peru: peruvian | philippines: philippine filipino
poland: polish | portugal: portuguese | qatar: qatari | romania: romanian | russia: russian
rwanda: rwandan | saudi arabia: saudi | senegal: senegalese | serbia: serbian | sierra leone: sierra leonean
singapore: singaporean | slovakia: slovak | slovenia: slovenian | somalia: somali | south africa: south african
south korea: south korean | south sudan: south sudanese | spain: spanish | sri lanka: sri lankan
sudan: sudanese | sweden: swedish | switzerland: swiss | syria: syrian | taiwan: taiwanese
tajikistan: tajik | tanzania: tanzanian | thailand: thai | togo: togolese | tunisia: tunisian
turkey: turkish | turkiye: turkish | turkmenistan: turkmen | uganda: ugandan | ukraine: ukrainian
united arab emirates: emirati | united kingdom: british | britain: british | united states: american
uruguay: uruguayan | uzbekistan: uzbek | vatican: vatican | venezuela: venezuelan | vietnam: vietnamese
yemen: yemeni | zambia: zambian | zimbabwe: zimbabwean | europe: european | africa: african
asia: asian | america: american | korea: korean | palestinian territories: palestinian
"""

# Capitals and other cities and places that often appear in foreign news.
_CITIES = """
abu dhabi, abuja, accra, addis ababa, aleppo, algiers, almaty, amman, amsterdam, anchorage, ankara,
antalya, astana, asuncion, athens, baghdad, baku, bali, bamako, bangkok, barcelona, basra, beijing,
beirut, belgrade, benghazi, berlin, bern, bishkek, bogota, brasilia, bratislava, brussels, bucharest,
budapest, buenos aires, cairo, camp david, canberra, cape town, caracas, chisinau, copenhagen, damascus,
dakar, dar es salaam, davos, delhi, dhaka, doha, donetsk, dubai, dublin, dushanbe, geneva, gdansk,
guangzhou, hanoi, harare, havana, helsinki, hiroshima, ho chi minh city, hong kong, islamabad, istanbul,
jakarta, jeddah, jerusalem, johannesburg, kabul, kaliningrad, kampala, karachi, kathmandu, kharkiv,
khartoum, kherson, kinshasa, kyiv, kiev, kuala lumpur, kuwait city, lagos, la paz, lima, lisbon,
ljubljana, london, los angeles, luanda, luhansk, lusaka, luxembourg, lviv, madrid, managua, manila,
mar-a-lago, mariupol, mecca, minsk, mogadishu, monrovia, montevideo, moscow, mumbai, munich, muscat,
nairobi, naypyidaw, new delhi, new york, niamey, nicosia, nur-sultan, odesa, odessa, oslo, ottawa,
panama city, paris, phnom penh, podgorica, port-au-prince, prague, pretoria, pristina, pyongyang, quito,
rabat, ramallah, reykjavik, riga, riyadh, rome, san francisco, sanaa, santiago, sarajevo, seoul,
sevastopol, shanghai, sharm el-sheikh, singapore, skopje, sochi, sofia, st petersburg, st. petersburg,
stockholm, strasbourg, sydney, taipei, tallinn, tashkent, tbilisi, tehran, tel aviv, the hague, tirana,
tokyo, tripoli, tunis, ulaanbaatar, valletta, vienna, vientiane, vilnius, vladivostok, warsaw,
washington, wellington, windhoek, yangon, yerevan, zagreb, zaporizhzhia, gaza, west bank, gaza strip,
crimea, donbas, donbass, kursk, belgorod, siberia, kashmir, tibet, xinjiang, kosovo, darfur, sinai,
golan heights, east jerusalem, new york city, silicon valley, wall street, capitol hill, downing street,
the kremlin, white house, air force one
"""

# Capitals that stand for their governments ("Beijing said"): capital: country.
_CAPITALS = """
abu dhabi: united arab emirates | abuja: nigeria | accra: ghana | addis ababa: ethiopia | algiers: algeria
amman: jordan | ankara: turkey | astana: kazakhstan | athens: greece | baghdad: iraq | baku: azerbaijan
bamako: mali | bangkok: thailand | beijing: china | beirut: lebanon | belgrade: serbia | berlin: germany
bern: switzerland | bishkek: kyrgyzstan | bogota: colombia | brasilia: brazil | bratislava: slovakia
bucharest: romania | budapest: hungary | buenos aires: argentina | cairo: egypt | canberra: australia
caracas: venezuela | chisinau: moldova | copenhagen: denmark | damascus: syria | dakar: senegal
dhaka: bangladesh | doha: qatar | dublin: ireland | dushanbe: tajikistan | hanoi: vietnam | harare: zimbabwe
havana: cuba | helsinki: finland | islamabad: pakistan | jakarta: indonesia | kabul: afghanistan
kampala: uganda | kathmandu: nepal | khartoum: sudan | kinshasa: congo | kyiv: ukraine | kiev: ukraine
kuala lumpur: malaysia | la paz: bolivia | lima: peru | lisbon: portugal | ljubljana: slovenia
london: united kingdom | luanda: angola | lusaka: zambia | madrid: spain | managua: nicaragua
manila: philippines | minsk: belarus | mogadishu: somalia | moscow: russia | muscat: oman | nairobi: kenya
naypyidaw: myanmar | new delhi: india | nicosia: cyprus | oslo: norway | ottawa: canada | paris: france
phnom penh: cambodia | podgorica: montenegro | prague: czech republic | pretoria: south africa
pristina: kosovo | pyongyang: north korea | quito: ecuador | rabat: morocco | reykjavik: iceland
riga: latvia | riyadh: saudi arabia | rome: italy | sanaa: yemen | santiago: chile | sarajevo: bosnia
seoul: south korea | skopje: north macedonia | sofia: bulgaria | stockholm: sweden | taipei: taiwan
tallinn: estonia | tashkent: uzbekistan | tbilisi: georgia | tehran: iran | tirana: albania | tokyo: japan
tripoli: libya | tunis: tunisia | ulaanbaatar: mongolia | valletta: malta | vienna: austria
vientiane: laos | vilnius: lithuania | warsaw: poland | washington: united states | wellington: new zealand
windhoek: namibia | yerevan: armenia | zagreb: croatia
"""


def _parse_countries() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for chunk in _COUNTRIES.replace("\n", " | ").split("|"):
        if ":" not in chunk:
            continue
        country, adjectives = chunk.split(":", 1)
        out[" ".join(country.split())] = tuple(adjectives.split())
    # Two-word adjectives ("south korean") are written with the country's words.
    return out


COUNTRIES: dict[str, tuple[str, ...]] = _parse_countries()
# adjective or country -> country ("russian" -> "russia", "russia" -> "russia").
COUNTRY_OF: dict[str, str] = {}
for _country, _adjectives in COUNTRIES.items():
    COUNTRY_OF.setdefault(_country, _country)
    for _adj in _adjectives:
        COUNTRY_OF.setdefault(_adj, _country)
for _country in [c for c in COUNTRIES if " " in c]:
    words = _country.split()
    for _adj in COUNTRIES[_country]:
        if _adj in {"korean", "african", "sudanese"}:  # "north korean", "south african"
            COUNTRY_OF[" ".join([*words[:-1], _adj])] = _country
CITIES: frozenset[str] = frozenset(" ".join(c.split()) for c in _CITIES.replace("\n", " ").split(",") if c.strip())
# U.S. states, which datelines and stories name like countries ("COLUMBUS, Ohio").
US_STATES: frozenset[str] = frozenset(
    s.replace("_", " ") for s in """alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
    minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico new_york
    north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina south_dakota
    tennessee texas utah vermont virginia washington west_virginia wisconsin wyoming""".split()
)
PLACES: frozenset[str] = frozenset(COUNTRIES) | CITIES | US_STATES
CAPITAL_OF: dict[str, str] = {
    " ".join(capital.split()): " ".join(country.split())
    for capital, country in (chunk.split(":", 1) for chunk in _CAPITALS.replace("\n", " | ").split("|") if ":" in chunk)
}


def country_name(country: str) -> str:
    """A listed country's name as written: "united states" -> "United States"."""
    return " ".join(w if w in {"of", "and"} else w.capitalize() for w in country.split())


def government_of(name: str) -> str | None:
    """The country a capital stands for ("Beijing" -> "China"), or None."""
    key = " ".join(name.casefold().replace("’", "'").split())
    country = CAPITAL_OF.get(key)
    return country_name(country) if country else None


@functools.lru_cache(maxsize=4096)
def is_place(name: str) -> bool:
    """Is ``name`` (any case, "the" allowed) a listed country or city?"""
    key = " ".join(name.casefold().replace("’", "'").split())
    if key.startswith("the "):
        key = key[4:]
    return key in PLACES or "the " + key in PLACES
