"""Hand-written English word lists for the synthetic benchmark corpus.

Each list is ordered roughly from most to least common, because the corpus
generator samples them by Zipf rank (rank 1 is picked most often).  Words are
split by part of speech so the generator can fill sentence templates and the
text reads like (bland) English rather than word salad; inflection is done by
the small rule functions at the bottom plus explicit irregular tables.

Nothing here is copied from a corpus: the lists were typed for this module.
"""
from __future__ import annotations

# --------------------------------------------------------------------------
# Nouns (singular).  General vocabulary first, then the news/politics register.
# --------------------------------------------------------------------------
NOUNS: tuple[str, ...] = tuple(dict.fromkeys("""
time year way day thing world life hand part child eye place work week case
point government company number group problem fact country state question
night home water room area money story month right study book job word
business issue side kind head house service friend power hour game line end
member law city community name team minute idea body information parent face
level office door health person history party result change morning reason
research moment air force education policy process market sense nation plan
interest death experience effect class control care field development role
effort rate heart leader light voice police mind price report decision view
relationship town road difference value building action model season society
tax director position record paper space ground form event official matter
center couple site project activity table need court oil situation cost
industry figure street image phone data picture practice piece land product
doctor wall worker news test movement north support technology step computer
type attention tree source organization rule budget period series statement
south administration security bank agreement economy threat region crisis
conflict border army military minister talk meeting summit president
ministry treaty alliance ally partner relation peace pressure response
position campaign attack strike weapon missile troop soldier front territory
capital embassy ambassador envoy delegation visit talks negotiation proposal
deal dialogue solution settlement ceasefire truce resolution council session
assembly vote election parliament opposition protest demand concern warning
condemnation criticism accusation denial claim evidence investigation inquiry
sanction restriction measure step initiative program strategy doctrine
approach principle interest priority goal aim objective task challenge risk
danger consequence impact outcome future past present tradition culture
language region neighbor neighbourhood coast sea ocean river mountain island
village province district zone corridor route port airport bridge railway
pipeline supply shipment cargo grain fuel gas energy electricity plant
station reactor facility site base fleet vessel ship aircraft jet helicopter
drone radar system shield defense defence operation mission exercise drill
patrol convoy checkpoint camp refugee civilian victim casualty prisoner
hostage exchange release agreement guarantee commitment obligation promise
pledge assurance signal message letter note document text draft paragraph
clause article provision term condition framework mechanism format platform
forum channel contact call conversation exchange consultation briefing
conference interview speech address remark comment reply answer question
journalist reporter correspondent newspaper agency broadcaster channel network
editor column headline article page edition audience public opinion poll
survey majority minority citizen resident population people generation youth
student teacher scientist expert analyst observer adviser aide deputy chief
head secretary spokesman spokeswoman spokesperson representative diplomat
negotiator mediator monitor inspector commander general officer admiral
colonel captain guard volunteer activist lawyer judge prosecutor court trial
verdict sentence appeal charge case law constitution amendment bill decree
order regulation rule standard norm value principle right freedom liberty
justice equality dignity sovereignty independence integrity unity stability
order chaos tension escalation rivalry competition cooperation partnership
friendship solidarity trust confidence doubt suspicion fear hope expectation
belief conviction intention will desire wish choice option alternative path
direction course track line stance posture attitude tone mood spirit climate
atmosphere environment context background framework picture landscape map
balance equation formula calculation estimate figure total share percentage
growth decline recession inflation currency dollar euro reserve debt loan
credit payment fund investment investor trade export import tariff duty quota
market exchange commodity resource mineral metal steel coal wheat rice food
water medicine vaccine hospital clinic school university institute academy
museum library church mosque temple monument square palace residence hall
chamber floor corridor window door gate wall fence roof tower building block
house apartment street avenue district suburb village farm field forest desert
valley hill mountain lake river shore beach harbor bay gulf strait channel
canal peninsula continent hemisphere atmosphere weather storm flood drought
fire earthquake disaster emergency accident incident episode event occasion
anniversary ceremony celebration holiday festival tour trip journey flight
arrival departure return stay absence presence participation contribution
role function duty responsibility authority power influence leverage control
command leadership guidance supervision management administration bureaucracy
agency department office bureau committee commission panel board body
institution organization association union league coalition bloc federation
republic kingdom empire monarchy regime junta cabinet coalition faction party
movement wing camp side group circle network cell branch unit division
battalion brigade regiment company platoon squad crew team staff personnel
force reserve reinforcement supply ammunition shell rocket bomb mine grenade
rifle tank vehicle truck car bus train plane boat submarine carrier satellite
rocket launcher warhead arsenal stockpile capability capacity potential
strength weakness advantage disadvantage benefit gain loss damage destruction
ruin rebuilding reconstruction recovery relief aid assistance help support
donation contribution grant subsidy compensation reparation payment price
value worth quality quantity amount volume size scale scope range extent limit
boundary frontier edge margin center core heart root cause origin basis
foundation ground reason motive purpose sense meaning logic argument point
thesis premise assumption hypothesis theory idea concept notion image vision
dream nightmare illusion reality truth lie myth legend story narrative
account version interpretation explanation description definition term word
phrase sentence language dialect accent tongue voice sound noise silence
pause break gap delay deadline schedule timetable calendar date day week
month decade century era epoch age generation lifetime career profession
occupation employment job post seat chair office term mandate tenure
succession transition transfer handover takeover seizure capture occupation
annexation invasion incursion offensive counteroffensive advance retreat
withdrawal pullout evacuation deployment buildup mobilization conscription
recruitment training instruction lesson example model pattern trend tendency
shift turn twist reversal breakthrough progress setback failure success
victory defeat triumph disaster catastrophe tragedy drama comedy farce show
performance display demonstration rally march strike boycott embargo blockade
siege bombardment shelling barrage raid ambush assault clash skirmish battle
fight struggle confrontation standoff impasse deadlock stalemate compromise
concession bargain trade swap exchange offer bid request appeal call plea
invitation suggestion recommendation advice counsel warning threat ultimatum
deadline guarantee safeguard protection shelter refuge asylum border visa
passport permit license certificate document file archive record memory
legacy heritage identity nationality ethnicity religion faith church clergy
priest bishop monk imam rabbi community congregation minority diaspora exile
emigrant immigrant migrant traveler tourist visitor guest host partner rival
enemy foe adversary opponent competitor counterpart colleague friend brother
sister mother father son daughter husband wife uncle family household
neighbor stranger crowd mob audience spectator witness survivor victim hero
villain traitor spy agent informant source insider outsider newcomer veteran
pioneer founder builder architect engineer designer inventor producer
manufacturer supplier buyer seller trader merchant dealer broker banker
economist accountant auditor clerk official bureaucrat politician statesman
lawmaker senator deputy speaker chairman chairwoman governor mayor councillor
prefect consul attache counsellor emissary courier messenger
bread milk coffee tea sugar salt meat fish fruit vegetable apple orange
kitchen garden yard lawn flower grass leaf branch root seed soil rock stone
sand dust mud ice snow rain wind cloud sky sun moon star planet space
light shadow darkness colour color shape line circle square triangle corner
surface layer sheet slice piece bit fragment part portion section segment
chapter volume issue copy print photo photograph camera screen monitor
keyboard device machine engine motor wheel tyre tire brake seat belt bag box
bottle glass cup plate bowl spoon fork knife table chair bed sofa lamp clock
watch ring necklace shirt coat jacket hat shoe boot dress uniform suit tie
pocket button thread needle rope chain wire cable pipe tube valve tank
container package parcel envelope stamp ticket receipt bill coin note wallet
purse budget salary wage income revenue profit surplus deficit fee charge
rent mortgage pension insurance contract invoice account balance statement
ledger bonus reward prize award medal trophy title rank grade score mark
point goal target aim purpose plan scheme project venture enterprise firm
corporation factory mill mine quarry workshop warehouse depot store shop
supermarket mall restaurant cafe bar hotel inn hostel prison jail cell court
courtroom hearing session sitting recess holiday vacation weekend evening
afternoon noon midnight dawn dusk sunrise sunset spring summer autumn winter
calendar diary journal notebook pen pencil ink paint brush canvas sculpture
statue portrait painting drawing sketch poem novel play film song album
concert opera ballet theatre theater stage actor actress singer dancer
painter writer author poet novelist journalist photographer artist musician
composer athlete player coach referee fan supporter club stadium arena track
match race contest tournament championship league cup final medal sport
football tennis hockey chess game puzzle riddle mystery secret surprise
shock blow wound injury illness disease virus infection pandemic epidemic
outbreak symptom treatment cure therapy surgery operation nurse patient
ambulance pharmacy drug pill dose vaccine test sample laboratory experiment
discovery invention innovation patent brand label logo slogan motto banner
flag anthem emblem symbol sign gesture smile laugh tear cry shout whisper
sigh breath heartbeat pulse pace speed rhythm tempo beat tune melody voice
""".split()))  # noqa: SIM905 — a word block reads better than a list literal

# Nouns that read badly with a plural ending; plural() leaves them alone.
UNCOUNTABLE: frozenset[str] = frozenset("""
information news water money health education research evidence advice
equipment knowledge weather software aid assistance help support relief
reconstruction recovery damage destruction leadership guidance supervision
management bureaucracy personnel ammunition wheat rice food coal steel fuel
electricity energy gas grain cargo chaos silence stability sovereignty unity
independence integrity equality dignity justice liberty freedom trust
confidence cooperation solidarity friendship inflation growth progress
conscription recruitment training mobilization annexation occupation
""".split())  # noqa: SIM905 — a word block reads better than a list literal

IRREGULAR_PLURAL: dict[str, str] = {
    "man": "men", "woman": "women", "child": "children", "person": "people",
    "foot": "feet", "tooth": "teeth", "crisis": "crises", "analysis": "analyses",
    "thesis": "theses", "basis": "bases", "criterion": "criteria",
    "phenomenon": "phenomena", "life": "lives", "wife": "wives", "knife": "knives",
    "half": "halves", "shelf": "shelves", "thief": "thieves", "hero": "heroes",
    "veto": "vetoes", "potato": "potatoes", "people": "peoples",
    "hypothesis": "hypotheses", "aircraft": "aircraft", "series": "series",
    "news": "news", "staff": "staff", "epoch": "epochs", "stomach": "stomachs",
}

# --------------------------------------------------------------------------
# Verbs (base form).  Inflected by past(), third_person() and gerund().
# --------------------------------------------------------------------------
VERBS: tuple[str, ...] = tuple(dict.fromkeys("""
say make go take come see know get give find think tell become show leave
feel put bring begin keep hold write stand hear let mean set meet run pay
sit speak lie lead read grow lose fall send build understand draw break
spend cut rise drive buy wear choose seek throw catch deal win forget sell
fight teach hit shoot strike hide shake bear withdraw undertake overcome
arise spread split feed flee hang ride ring sing sleep steal stick sweep
tear wake bet bite blow burst cast cost dig fly forbid hurt lay lend mislead
quit shut slide upset uphold withhold foresee oversee override
ask work seem call try need want use look help talk turn start play move
live believe happen provide include continue learn change watch follow stop
create open walk offer remember love consider appear wait serve die expect
stay reach kill remain suggest raise pass report decide pull return explain
hope develop carry receive agree support produce accept allow add plan
join end describe apply enter compare claim reduce discuss prepare mention
announce confirm deny reject warn urge insist stress note argue accuse blame
condemn criticize praise welcome respect ensure protect defend attack invade
occupy annex target launch deploy station mobilize arm supply deliver sign
ratify approve adopt impose lift extend ban restrict block freeze seize
release exchange negotiate mediate broker resolve settle solve address tackle
discuss review examine assess evaluate analyze estimate calculate measure
monitor observe inspect verify investigate probe question challenge test
doubt trust fear threaten promise pledge guarantee vow commit refuse decline
oppose resist counter respond react reply answer comment remark declare
proclaim state assert maintain recall remind repeat reiterate emphasize
highlight underline outline present propose recommend advise demand request
require expect intend aim seek attempt manage succeed fail lose gain win
earn achieve secure obtain acquire purchase import export trade invest fund
finance spend save cut lower raise increase boost expand grow shrink drop
decline collapse recover restore rebuild repair reform modernize improve
strengthen weaken undermine damage destroy ruin harm hurt injure wound kill
shell bomb strike shoot intercept down detect track identify recognize
acknowledge admit concede realize understand perceive interpret regard view
treat handle manage control govern rule run lead head direct command order
instruct authorize permit forbid prohibit prevent avoid escape evade
postpone delay cancel suspend resume renew revive restart reopen close shut
abandon quit resign dismiss appoint elect nominate replace succeed inherit
preserve conserve maintain sustain keep retain hold host visit travel fly
arrive depart return stay settle unite divide separate isolate connect link
bind join integrate involve engage entangle drag push press squeeze force
compel oblige persuade convince encourage inspire motivate discourage deter
contain limit curb stop halt end finish complete conclude close open begin
initiate launch trigger provoke spark fuel inflame escalate intensify ease
calm soothe reassure comfort console mourn honor celebrate mark commemorate
recall remember forget ignore neglect overlook disregard dismiss reject
refute rebut contradict dispute contest question deny confirm verify prove
demonstrate illustrate reveal disclose expose uncover discover detect learn
hear listen watch see notice spot witness attend participate contribute
share distribute allocate assign transfer hand deliver ship transport carry
move shift relocate evacuate rescue save shelter house accommodate welcome
receive greet meet gather assemble convene summon invite call phone email
publish print broadcast air post tweet quote cite refer mention name label
brand describe characterize portray depict present represent symbolize
reflect mirror echo match resemble differ vary range extend stretch reach
cross enter exit leave abandon surrender yield concede compromise bargain
haggle plan plot scheme conspire collude cooperate collaborate coordinate
align ally partner befriend betray deceive trick cheat lie mislead manipulate
exploit abuse violate breach break honour respect observe obey comply adhere
submit admit commit refer prefer occur equip patrol compel expel regret
""".split()))  # noqa: SIM905 — a word block reads better than a list literal

IRREGULAR_PAST: dict[str, str] = {
    "say": "said", "make": "made", "go": "went", "take": "took", "come": "came",
    "see": "saw", "know": "knew", "get": "got", "give": "gave", "find": "found",
    "think": "thought", "tell": "told", "become": "became", "leave": "left",
    "feel": "felt", "put": "put", "bring": "brought", "begin": "began",
    "keep": "kept", "hold": "held", "write": "wrote", "stand": "stood",
    "hear": "heard", "let": "let", "mean": "meant", "set": "set", "meet": "met",
    "run": "ran", "pay": "paid", "sit": "sat", "speak": "spoke", "lie": "lay",
    "lead": "led", "read": "read", "grow": "grew", "lose": "lost", "fall": "fell",
    "send": "sent", "build": "built", "understand": "understood", "draw": "drew",
    "break": "broke", "spend": "spent", "cut": "cut", "rise": "rose",
    "drive": "drove", "buy": "bought", "wear": "wore", "choose": "chose",
    "seek": "sought", "throw": "threw", "catch": "caught", "deal": "dealt",
    "win": "won", "forget": "forgot", "sell": "sold", "fight": "fought",
    "teach": "taught", "hit": "hit", "shoot": "shot", "strike": "struck",
    "hide": "hid", "shake": "shook", "bear": "bore", "withdraw": "withdrew",
    "undertake": "undertook", "overcome": "overcame", "arise": "arose",
    "spread": "spread", "split": "split", "feed": "fed", "flee": "fled",
    "hang": "hung", "ride": "rode", "ring": "rang", "sing": "sang",
    "sleep": "slept", "steal": "stole", "stick": "stuck", "sweep": "swept",
    "tear": "tore", "wake": "woke", "bet": "bet", "bite": "bit", "blow": "blew",
    "burst": "burst", "cast": "cast", "cost": "cost", "dig": "dug", "fly": "flew",
    "forbid": "forbade", "hurt": "hurt", "lay": "laid", "lend": "lent",
    "mislead": "misled", "quit": "quit", "shut": "shut", "slide": "slid",
    "upset": "upset", "uphold": "upheld", "withhold": "withheld",
    "foresee": "foresaw", "oversee": "oversaw", "override": "overrode",
    "bind": "bound", "shed": "shed", "swear": "swore", "freeze": "froze",
}

# Verbs whose final consonant doubles before -ed / -ing (stop -> stopped).
DOUBLING: frozenset[str] = frozenset("""
stop plan ban admit commit refer prefer occur control drop ship step grab
plot rob slip trip regret submit permit transfer equip patrol compel expel
tap pin jam map nod chat hug beg rub shrug skip knit
""".split())  # noqa: SIM905 — a word block reads better than a list literal

# --------------------------------------------------------------------------
# Adjectives and adverbs.
# --------------------------------------------------------------------------
ADJECTIVES: tuple[str, ...] = tuple(dict.fromkeys("""
new good high old great big small large national young different long little
important political bad real best right social only public sure low early able
human local late hard major better economic strong possible whole free
military true federal international full special easy clear recent certain
personal open red difficult available likely short single medical current
wrong private past foreign fine common poor natural significant similar hot
dead central happy serious ready simple left physical general environmental
financial blue democratic dark various entire close legal religious cold
final main green nice huge popular traditional cultural wide particular top
direct regional historic strategic diplomatic bilateral multilateral
unilateral global western eastern northern southern senior junior deputy
acting former future previous next last first second third fourth fifth
official unofficial formal informal secret confidential sensitive delicate
fragile stable unstable tense calm peaceful violent brutal bloody deadly
lethal nuclear conventional chemical biological humanitarian civilian
parliamentary presidential ministerial constitutional legitimate illegal
unlawful lawful fair unfair just unjust equal unequal balanced mutual
reciprocal shared joint common collective individual separate independent
sovereign neutral hostile friendly aggressive defensive offensive
provocative reckless irresponsible responsible reasonable rational
pragmatic practical realistic idealistic ambitious modest cautious careful
prudent wise foolish naive cynical sincere honest frank candid open blunt
sharp harsh tough firm soft mild gentle warm cool frosty icy heated bitter
angry furious calm quiet loud silent vocal outspoken critical supportive
skeptical optimistic pessimistic hopeful confident uncertain unclear vague
ambiguous precise exact accurate false misleading baseless groundless
unfounded absurd ridiculous outrageous unacceptable acceptable welcome
positive negative constructive destructive productive useful useless
meaningful substantive concrete tangible visible invisible hidden apparent
obvious evident alleged suspected reported confirmed unconfirmed initial
preliminary temporary permanent lasting durable sustainable comprehensive
partial complete total absolute relative limited unlimited broad narrow deep
shallow wide vast enormous massive tiny minor marginal peripheral key
crucial vital essential fundamental basic primary secondary urgent pressing
immediate rapid swift slow gradual steady sudden unexpected unprecedented
historic landmark routine regular ordinary unusual rare frequent constant
continuous ongoing protracted prolonged lengthy brief short fresh renewed
additional further extra new modern ancient medieval colonial imperial
postwar prewar wartime peacetime economic commercial industrial agricultural
technological scientific digital electronic cyber maritime naval aerial
territorial coastal inland rural urban remote nearby neighboring adjacent
distant overseas domestic internal external continental regional local
tribal ethnic linguistic spiritual moral ethical ideological partisan
nationalist populist liberal conservative radical moderate extreme hardline
reformist progressive authoritarian totalitarian democratic autocratic
corrupt transparent accountable efficient effective ineffective weak
powerful influential dominant leading prominent notable famous infamous
controversial divisive polarizing unifying inclusive exclusive selective
strict loose rigid flexible open closed public secretive generous stingy
rich wealthy poor needy vulnerable exposed safe secure insecure dangerous
risky hazardous toxic clean dirty green sustainable renewable
quick fast slow heavy light thick thin bright dull sweet sour loud soft
smooth rough wet dry warm fresh stale empty crowded busy idle lazy eager
brave bold shy proud humble grateful thankful sorry anxious nervous afraid
worried relaxed tired sleepy hungry thirsty sick healthy fit strong weak
young elderly mature ripe raw ready willing unwilling curious familiar
strange foreign exotic typical normal odd peculiar weird funny serious
grim gloomy bleak dim glorious splendid magnificent superb excellent
decent adequate sufficient insufficient poor mediocre average superior
inferior junior elementary advanced sophisticated complex complicated
simple plain elaborate detailed thorough rough approximate
""".split()))  # noqa: SIM905 — a word block reads better than a list literal

ADVERBS: tuple[str, ...] = tuple(dict.fromkeys("""
also now even still just only already again never always often here there
then very really almost probably perhaps certainly clearly simply actually
finally recently currently directly particularly especially largely mainly
mostly nearly quickly slowly carefully firmly strongly openly publicly
privately repeatedly consistently constantly regularly frequently rarely
seriously sharply deeply widely broadly increasingly gradually steadily
suddenly immediately eventually ultimately previously initially originally
formally officially reportedly allegedly apparently evidently obviously
undoubtedly surely definitely absolutely completely entirely fully partly
partially jointly separately unilaterally collectively personally directly
indirectly effectively practically virtually essentially fundamentally
primarily notably significantly considerably substantially slightly
somewhat rather quite fairly relatively highly extremely utterly deliberately
intentionally unfortunately fortunately regrettably frankly honestly
candidly bluntly sincerely genuinely truly really merely barely hardly
scarcely seldom once twice soon later earlier today tomorrow yesterday
abroad overseas nearby together apart forward backward
""".split()))  # noqa: SIM905 — a word block reads better than a list literal

WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)
MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)

# --------------------------------------------------------------------------
# Topic vocabulary: noun phrases the topic assignment should be able to find.
# Real-world terms are fine here; the people and places quoting them are not.
# --------------------------------------------------------------------------
TOPICS: dict[str, tuple[str, ...]] = {
    "war": ("the war", "the fighting", "the front line", "the offensive",
            "the invasion", "military operations", "artillery fire",
            "the battlefield", "hostilities", "the ceasefire", "troops",
            "the armed forces", "the conflict", "mobilisation", "occupied territory"),
    "ukraine": ("Ukraine", "Kyiv", "the Donbas", "Crimea", "Kharkiv",
                "Zaporizhzhia", "Odesa", "the Black Sea", "the Ukrainian army",
                "the Ukrainian crisis", "Ukrainian grain exports"),
    "nato": ("NATO", "the North Atlantic alliance", "the alliance",
             "NATO enlargement", "Article 5", "NATO’s eastern flank",
             "the NATO summit", "allied forces", "collective defence"),
    "sanctions": ("sanctions", "the sanctions regime", "economic sanctions",
                  "asset freezes", "an embargo", "export controls",
                  "a price cap", "frozen assets", "secondary sanctions",
                  "restrictive measures"),
    "nuclear": ("nuclear weapons", "the nuclear programme", "uranium enrichment",
                "the nuclear deal", "a nuclear test", "non-proliferation",
                "the IAEA", "nuclear deterrence", "strategic arms",
                "the nuclear power plant", "warheads"),
    "drones": ("drones", "drone strikes", "unmanned aerial vehicles",
               "kamikaze drones", "air defences", "a drone attack",
               "airspace violations", "interceptors"),
    "un": ("the United Nations", "the UN Security Council", "the General Assembly",
           "the UN Charter", "the secretary-general", "UN peacekeepers",
           "a Security Council resolution", "the Human Rights Council",
           "the veto"),
    "middle-east": ("the Middle East", "Gaza", "the West Bank", "Israel",
                    "Iran", "Syria", "Lebanon", "the Red Sea", "a two-state solution",
                    "the Gulf", "Yemen", "humanitarian corridors"),
    "asia-pacific": ("the Asia-Pacific", "the Indo-Pacific", "the South China Sea",
                     "the Taiwan Strait", "ASEAN", "the Korean Peninsula",
                     "Pyongyang", "Beijing", "freedom of navigation",
                     "regional security architecture"),
    "tariffs": ("tariffs", "trade barriers", "import duties", "a trade war",
                "the World Trade Organization", "retaliatory tariffs",
                "supply chains", "trade negotiations", "customs duties",
                "market access"),
    "energy": ("energy supplies", "gas pipelines", "oil prices", "liquefied natural gas",
               "the energy transition", "OPEC", "energy security", "crude exports"),
    "migration": ("migrants", "asylum seekers", "the refugee crisis",
                  "border controls", "migration flows", "visa restrictions"),
    "cyber": ("cyberattacks", "disinformation", "hackers", "election interference",
              "critical infrastructure", "cyber espionage"),
    "climate": ("climate change", "emissions targets", "the Paris Agreement",
                "carbon emissions", "climate finance", "global warming"),
}

# --------------------------------------------------------------------------
# Inflection.  Tiny rule sets; good enough for generated prose.
# --------------------------------------------------------------------------
_VOWELS = "aeiou"


def plural(noun: str) -> str:
    """Return the plural of a singular noun from NOUNS."""
    if noun in IRREGULAR_PLURAL:
        return IRREGULAR_PLURAL[noun]
    if noun in UNCOUNTABLE:
        return noun
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def past(verb: str) -> str:
    """Return the simple past of a base-form verb."""
    if verb in IRREGULAR_PAST:
        return IRREGULAR_PAST[verb]
    if verb in DOUBLING:
        return verb + verb[-1] + "ed"
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return verb[:-1] + "ied"
    return verb + "ed"


def third_person(verb: str) -> str:
    """Return the third-person singular present (he/she ...s)."""
    if verb in ("have",):
        return "has"
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


# Irregular verbs that still double before -ing (get -> getting).
_DOUBLE_ING = frozenset(["get", "set", "put", "cut", "hit", "run", "win", "begin", "shut", "sit", "dig", "bet", "quit", "split", "upset", "forget", "spin", "swim", "bid", "rid", "let", "forbid"])


def gerund(verb: str) -> str:
    """Return the -ing form."""
    if verb == "lie":
        return "lying"
    if verb in DOUBLING or verb in _DOUBLE_ING:
        return verb + verb[-1] + "ing"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    return verb + "ing"


def article_for(word: str) -> str:
    """'a' or 'an' by the first letter; good enough for this vocabulary."""
    return "an" if word[:1].lower() in _VOWELS else "a"
