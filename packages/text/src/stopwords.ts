import type { Lang } from "./lang.js";

// Written for this package: function words, pronouns (with their common inflected forms,
// since the Snowball fallback sees surface forms), auxiliaries and fillers. Checked both
// against the surface form and against the lemma.
const FI = `
ja tai sekä että kun jos mutta vaan koska sillä kuin niin myös vain jo vielä nyt sitten siis
kuitenkin aina usein joskus paljon vähän enemmän liian hyvin ihan aivan todella erittäin lähes
jopa esimerkiksi esim mm yms jne eli ettei jotta vaikka kunnes eikä tosin yhä noin kuten ym
olla on oli olisi ovat olen olet olemme olette ollut olleet olivat olin olisin ole olisivat
ei en et emme ette eivät älä älkää
minä sinä hän me te he se ne tämä tuo nämä nuo joka jotka mikä mitkä kuka ken
minun minua minulle minulla minulta minusta minuun sinun sinua sinulle sinulla sinusta
hänen häntä hänelle hänellä häneltä hänestä häneen meidän meitä meille meillä meistä
teidän teitä teille teillä heidän heitä heille heillä heistä
sen sitä siitä siinä siihen siltä sille sillä siksi niiden niitä niistä niissä niihin niille niillä
tämän tätä tästä tässä tähän tältä tälle tällä näiden näitä näistä näissä näihin näille
tuon tuota tuosta tuossa tuohon jonka jota josta jossa johon jolle jolla joiden joita joista
joissa joihin joille joilla mitä mistä missä mihin minkä miksi miten millä mille mikään
kukaan kenen kenelle jokin joku jotain jotakin mitään kaikki kaikkia kaikkien kaikille
kaikesta muu muut muita muiden muuta itse oma omat oman omaa sama samaa saman eri
mukaan kanssa yli alle ennen jälkeen aikana kautta luona vuoksi takia asti saakka välillä
kohti päin pois ylös alas ulos sisään täällä siellä tänne sinne täältä sieltä
voi voida voivat voisi voisivat voin voit pitää pitäisi täytyy tulee tulisi
tulla saada tehdä mennä
kuin nykyään lisäksi ns tms tjsp no kyllä joo juu osata osaa sanoa tiedä tietää mielestäni
mielestä minusta asia asiat asioita
moni monet monia saattaa tietty eräs eräät toinen toiset ensimmäinen koko yksi kaksi kolme usea
useat useita joitakin muassa esimerkki kutsua myöskin varsin melko hieman jotenkin
oleva olevan olevat
`;
const SV = `
och i att det som en ett på är av för med till den har de inte om var jag vi du han hon man
kan så men eller från vid när nu också bara än där här sig sin sitt sina hans hennes deras
vår vårt våra min mitt mina din ditt dina denna detta dessa vara varit blir bli blev skulle
ska kommer hade ha få får mycket mer mest alla allt några något någon ingen inget inga vad
vilken vilket vilka hur varför då sedan efter under över mot utan genom mellan hos åt upp ut
in ner även dock ju väl redan bland enligt kunde måste kanske dem honom henne oss er mig dig
vars vem andra annat annan samma själv hela helt många mindre större sådan sådana både
detsamma dessutom alltså eftersom medan innan tills fast därför också ja nej varje
först första ofta gör göra gjorde gjort gjord två tre viss vissa visst se ser såg ta tar tog
fler flera flest stor stora större störst största endast runt sätt sättet ändå kallas kallad
finns fanns finnas just olika ny nya nytt sista dock bl.a
`;
const EN = `
a an the and or but if then so because as of at by for with about against between into
through during before after above below to from up down in out on off over under again
further once here there when where why how all any both each few more most other some such
no nor not only own same than too very can will just should would could might must shall
may i me my myself we our ours ourselves you your yours yourself yourselves he him his
himself she her hers herself it its itself they them their theirs themselves what which who
whom this that these those am is are was were be been being have has had having do does did
doing also many much one yet still even however often well like around among within upon
s t don't can't won't isn't aren't wasn't weren't didn't doesn't it's i'm you're they're
first two three said say says since due although though per via etc usually often must
`;

const LISTS: Record<Lang, Set<string>> = {
  fi: new Set(FI.split(/\s+/).filter(Boolean)),
  sv: new Set(SV.split(/\s+/).filter(Boolean)),
  en: new Set(EN.split(/\s+/).filter(Boolean)),
};

export function isStopword(options: { lang: Lang; word: string }): boolean {
  return LISTS[options.lang].has(options.word);
}

export function stopwords(lang: Lang): ReadonlySet<string> {
  return LISTS[lang];
}
