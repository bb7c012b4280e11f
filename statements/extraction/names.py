"""Given names that usually belong to women or to men: facts, not rules.

Pronoun resolution needs to know who "she" can be. The text's own evidence
(titles such as "Ms", pronouns after a name) is weighed first; a given name
from these lists adds a little weight, enough to settle a person mentioned
once or twice. Names used for both sexes (Sasha, Andrea, Jean, Kim) are left
out on purpose. Lowercase, accents removed.
"""
from __future__ import annotations

_FEMALE = """
abigail ada adele adriana agata agatha agnes agnieszka aida aisha alexandra alice alicia alina alison
amal amanda amelia amina amy ana anastasia andrea_ angela angelika anita anja ann anna annalena anne
annette antonia ariana astrid aurelia barbara beata beatrice beatriz bettina birgit brigitte britta camilla
carla carmen carolina caroline catherine cecilia celia charlotte chiara christina christine claire clara
claudia cristina dagmar dalia daniela diana dina dominika dorota dorothea edith elena eleni elisa
elisabeth elizabeth ella ellen elsa emilia emily emma erika esther eva evelyn ewa farah fatima fiona
florence francesca frida gabriela gabriele_ gabrielle giulia giorgia grace greta gunilla hana hanna hannah
hedda heidi helen helena helga hilde ida ilona ines inga ingrid irena irene irina iris isabel isabella
ivana jacinda jana janet jasmine jelena jennifer jessica joanna johanna josephine judith julia julie
justyna kaja kamala karin karina karolina katarina katarzyna katharina kathrin katrin katya kerstin
kristina laila lara laura lea lena leila liesl lina linda lisa liv liz liza ljudmila louise lucia lucy
ludmila luisa lydia magda magdalena maja malgorzata margaret margarita margit margrethe maria mariana
marie marina marta martha martina mary maya melania melanie mette mia michaela milena mira miriam
monika nadia nadja naomi natalia natalie natasha nina nora olena olga paula paulina petra pia polina
rachel rebecca renata rita rosa rosalind ruth sabine sabrina sahra salma sandra sanna sara sarah
silvia simone sofia sonia sophie stefanie susanne suzanne svetlana sylvia tamara tanja tatiana
teresa theresa tina ulla ulrike ursula valentina valeria vanessa vera veronika victoria viktoria
violeta vivian wanda yasmin yelena yulia zainab zofia zuzana
"""
_MALE = """
aaron abdul abdullah adam adrian ahmed ahmad alan albert aleksandar aleksander alexander alexei ali
alain alberto alessandro alfred ali anders andrei andrej andrew andrzej anton antonio antony antti
armin arne arvid augustin bernard bjorn bogdan boris boyko bruno carl carlos charles christian
christoph christopher claus daniel dario david dennis dmitri dmitry dominik donald dusan edward
edgar egon emil emmanuel enrico erik ernst fabian felix ferdinand filip florian francesco francisco
frank franz frederik friedrich gabriel georg george gerhard giorgio giovanni gregor gustav hakan hamid
hans harald hassan heinrich helmut henrik henry herbert hugo ibrahim igor ilya imre ivan ivo jakob
james jan janos jaroslav jarek javier jens jerzy joachim johan johannes john jonas jorge josef joseph
juan jurgen karel karl karol kasimir kazimierz klaus konrad konstantin kurt lars laszlo lech leon
leonid lorenzo lothar lucas ludwig lukas luis luka marco marek mario mark markus martin mateusz
matteo matthew matthias maurice maxim michael michal miguel mikhail milan milos mohamed mohammed
muhammad nikolai nikola niklas nils norbert olaf oleg oliver olaf oskar otto pablo patrick paul pavel
pedro peter petr petro philip philipp piet piotr rafael rainer ralf ramzan rasmus richard robert roberto
roman ruben rudolf rustam sebastian sergei sergey sergio simon stanislav stefan stephen sven tadeusz
theo thomas tobias tomas tomasz ulrich valentin vasily viktor vincent vladimir vladislav volker walter
werner wojciech wolfgang xavier yakov yevgeny yuri yusuf zbigniew zoltan
"""
FEMALE_NAMES = frozenset(w for w in _FEMALE.split() if not w.endswith("_"))
MALE_NAMES = frozenset(_MALE.split()) - FEMALE_NAMES
