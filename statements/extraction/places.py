"""Countries, their adjectives and well-known cities: facts, not rules.

Used to keep places from being read as people ("Kuala Lumpur said" is a
government speaking, never a man called Lumpur) and to merge "Russia's
Foreign Ministry" with "the Russian Foreign Ministry". The tables are
deliberately modest; a place not listed is still caught by context ("in
X", "X-based") where possible.
"""
from __future__ import annotations

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
PLACES: frozenset[str] = frozenset(COUNTRIES) | CITIES


def is_place(name: str) -> bool:
    """Is ``name`` (any case, "the" allowed) a listed country or city?"""
    key = " ".join(name.casefold().replace("’", "'").split())
    if key.startswith("the "):
        key = key[4:]
    return key in PLACES or "the " + key in PLACES
