import type { LocalizedText } from "../organizations/index.js";

/**
 * What Kuulo stores about people: the one declaration the privacy notice's template is made from
 * (templates.ts). Each entry names the tables that hold it; `inventory.test.ts` fails when a
 * table of the app is neither listed here nor in NO_PERSONAL_DATA, so a new table cannot be left
 * out of the notice. Keep it next to the code: change it when a module starts storing more.
 */
export interface StoredData {
  /** Whose data: residents taking part, or the organization's staff. */
  subjects: "residents" | "staff";
  tables: readonly string[];
  what: LocalizedText;
  purpose: LocalizedText;
  retention: LocalizedText;
}

const whileConversation: LocalizedText = {
  fi: "Niin kauan kuin keskustelu säilytetään; poistuu keskustelun poistamisen yhteydessä.",
  sv: "Så länge diskussionen sparas; raderas när diskussionen raderas.",
  en: "As long as the conversation is kept; deleted with the conversation.",
};

export const STORED_DATA: readonly StoredData[] = [
  {
    subjects: "residents",
    tables: ["participants"],
    what: {
      fi: "Selainkohtainen satunnainen nimetön tunniste (tallennetaan vain tiivisteenä), osallistumisaika, segmentti tai linkki, jonka kautta tulit, ja kanava (verkkosivu, upotus tai tapahtuman kioski ja tapahtuman nimi). Jos keskustelu on upotettu toiselle sivustolle, sivuston antama osallistujatunnus tallennetaan vain avaimellisena tiivisteenä.",
      sv: "En slumpmässig anonym nyckel per webbläsare (sparas endast som hashvärde), tidpunkten för deltagandet, det segment eller den länk du kom via och kanalen (webbsidan, en inbäddning eller en kiosk på ett evenemang och evenemangets namn). Om diskussionen är inbäddad på en annan webbplats sparas webbplatsens deltagar-id endast som en nyckelbaserad hash.",
      en: "An anonymous random key per browser (stored only hashed), when you took part, the segment or link you came through, and the channel (the web page, an embed, or a kiosk at an event and the event's name). When the conversation is embedded in another site, that site's participant id is stored only as a keyed hash.",
    },
    purpose: {
      fi: "Saman osallistujan äänten yhdistäminen ja kaksoisäänestyksen estäminen ilman nimeä tai tunnistautumista.",
      sv: "Att hålla ihop samma deltagares röster och förhindra dubbelröstning utan namn eller inloggning.",
      en: "To keep one participant's votes together and prevent double voting without a name or sign-in.",
    },
    retention: whileConversation,
  },
  {
    subjects: "residents",
    tables: ["votes", "vote_events"],
    what: {
      fi: "Äänesi väitteisiin (samaa mieltä, eri mieltä, ohita) ja niiden ajankohdat.",
      sv: "Dina röster på påståendena (håller med, håller inte med, hoppa över) och när de gavs.",
      en: "Your votes on statements (agree, disagree, pass) and when they were cast.",
    },
    purpose: {
      fi: "Keskustelun tulosten laskeminen ja julkaiseminen koosteina; yksittäisen henkilön ääniä ei julkaista.",
      sv: "Att beräkna och publicera diskussionens resultat som sammanställningar; enskilda personers röster publiceras inte.",
      en: "To compute and publish the conversation's results as aggregates; no individual's votes are published.",
    },
    retention: whileConversation,
  },
  {
    subjects: "residents",
    tables: ["statements"],
    what: {
      fi: "Kirjoittamasi väitteet, niiden kieli ja moderoinnin tulos (hyväksytty tai hylätty ja syy).",
      sv: "Påståenden du skrivit, deras språk och modereringens resultat (godkänt eller avvisat och orsak).",
      en: "Statements you wrote, their language and their moderation (approved or rejected, and why).",
    },
    purpose: {
      fi: "Väitteiden näyttäminen muille osallistujille moderoinnin jälkeen.",
      sv: "Att visa påståendena för andra deltagare efter moderering.",
      en: "To show the statements to other participants after moderation.",
    },
    retention: whileConversation,
  },
  {
    subjects: "residents",
    tables: ["accessibility_feedback"],
    what: {
      fi: "Saavutettavuuspalaute, sivu jota se koskee, vapaaehtoinen sähköpostiosoite vastausta varten ja palautteen kieli.",
      sv: "Tillgänglighetsrespons, sidan den gäller, en frivillig e-postadress för svaret och responsens språk.",
      en: "Accessibility feedback, the page it concerns, an optional email address for the answer and its language.",
    },
    purpose: {
      fi: "Palautteeseen vastaaminen ja saavutettavuuden korjaaminen (laki digitaalisten palvelujen tarjoamisesta 306/2019).",
      sv: "Att besvara responsen och åtgärda tillgängligheten (lagen om tillhandahållande av digitala tjänster 306/2019).",
      en: "To answer the feedback and fix accessibility (Act on the Provision of Digital Services 306/2019).",
    },
    retention: {
      fi: "Niin kauan kuin palautteen käsittely ja sen seuranta edellyttävät.",
      sv: "Så länge behandlingen av responsen och uppföljningen kräver.",
      en: "As long as handling and following up the feedback requires.",
    },
  },
  {
    subjects: "residents",
    tables: ["pool_members"],
    what: {
      fi: "Asukaspoolin jäsenen sähköpostiosoite ja/tai matkapuhelinnumero (tallennetaan vain salattuina ja avaimellisina hakutiivisteinä), kotikunta, syntymävuosi, sukupuoli, äidinkieli, asiointikieli, vastaukset organisaation taustakysymyksiin, kiinnostuksen aiheet, toivotut yhteydenottotavat, liittymistapa (verkkolomake, paperilomake, puhelu tai tapahtuma) ja liittymisen vahvistus.",
      sv: "Invånarpoolsmedlemmens e-postadress och/eller mobilnummer (sparas endast krypterade och som nyckelbaserade sökhashvärden), hemkommun, födelseår, kön, modersmål, språk för kontakter, svar på organisationens bakgrundsfrågor, intresseområden, önskade kontaktsätt, hur man gick med (webbformulär, pappersblankett, samtal eller evenemang) och bekräftelsen av anslutningen.",
      en: "A resident pool member's email address and/or mobile number (stored only encrypted and as keyed search hashes), home municipality, birth year, gender, mother tongue, preferred language, answers to the organization's background questions, interests, preferred channels, how they joined (web form, paper form, phone call or event) and the confirmation of joining.",
    },
    purpose: {
      fi: "Asukkaiden kutsuminen osallistumaan (tilaisuudet, kyselyt, paneelit) suostumuksen mukaan ja sen seuraaminen, kuinka hyvin pooli vastaa väestöä.",
      sv: "Att bjuda in invånare att delta (evenemang, enkäter, paneler) enligt samtycket och att följa hur väl poolen motsvarar befolkningen.",
      en: "Inviting residents to take part (events, surveys, panels) as they consented, and following how well the pool matches the population.",
    },
    retention: {
      fi: "Yhteystiedot ja vastaukset poistetaan heti, kun jäsen eroaa, tai kun jäsen ei ole ollut aktiivinen organisaation asettamaan aikaan (oletus 36 kuukautta); vahvistamaton liittyminen poistetaan kahden viikon kuluttua. Jäljelle jää nimetön tieto (syntymävuosi, kunta, sukupuoli, äidinkieli, päivämäärät), joka poistetaan organisaation asettaman ajan jälkeen (oletus 60 kuukautta).",
      sv: "Kontaktuppgifter och svar raderas genast när medlemmen lämnar poolen, eller när medlemmen inte har varit aktiv under den tid organisationen bestämt (standard 36 månader); en obekräftad anslutning raderas efter två veckor. Kvar blir pseudonyma uppgifter (födelseår, kommun, kön, modersmål, datum), som raderas efter den tid organisationen bestämt (standard 60 månader).",
      en: "Contact data and answers are deleted at once when the member leaves, or when the member has not been active for the period the organization sets (default 36 months); an unconfirmed sign-up is deleted after two weeks. What remains is pseudonymous (birth year, municipality, gender, mother tongue, dates) and is deleted after the period the organization sets (default 60 months).",
    },
  },
  {
    subjects: "residents",
    tables: ["pool_consents"],
    what: {
      fi: "Asukaspoolin suostumukset tarkoituksittain (kutsut, kyselyt, paneelit, tutkimuskäyttö) ja kanavittain (sähköposti, tekstiviesti, puhelu, kirje): suostumustekstin versio, milloin ja miten suostumus annettiin ja milloin se peruttiin.",
      sv: "Samtycken i invånarpoolen per ändamål (inbjudningar, enkäter, paneler, forskning) och per kanal (e-post, sms, samtal, brev): samtyckestextens version, när och hur samtycket gavs och när det återkallades.",
      en: "Resident pool consents per purpose (invitations, surveys, panels, research use) and per channel (email, SMS, phone call, letter): the version of the consent text, when and how consent was given, and when it was withdrawn.",
    },
    purpose: {
      fi: "Sen osoittaminen, mihin olet suostunut (EU:n tietosuoja-asetuksen 7 artikla), ja peruttujen suostumusten noudattaminen.",
      sv: "Att visa vad du har samtyckt till (artikel 7 i EU:s dataskyddsförordning) och att respektera återkallade samtycken.",
      en: "To show what you consented to (Article 7 of the GDPR) and to respect withdrawn consents.",
    },
    retention: {
      fi: "Niin kauan kuin jäsenen nimetön tieto säilytetään.",
      sv: "Så länge medlemmens pseudonyma uppgifter sparas.",
      en: "As long as the member's pseudonymous record is kept.",
    },
  },
  {
    subjects: "residents",
    tables: ["pool_partner_consents"],
    what: {
      fi: "Jaetun asukaspoolin suostumukset organisaatioittain: mitkä muut organisaatiot saavat kutsua jäsenen, minkä sopimuksen perusteella, milloin ja miten suostumus annettiin ja milloin se peruttiin.",
      sv: "Samtycken per organisation i en delad invånarpool: vilka andra organisationer får bjuda in medlemmen, enligt vilket avtal, när och hur samtycket gavs och när det återkallades.",
      en: "Consents per organization in a shared resident pool: which other organizations may invite the member, under which agreement, when and how consent was given, and when it was withdrawn.",
    },
    purpose: {
      fi: "Vain suostumuksen antaneet jäsenet näytetään kumppaniorganisaatiolle, ja suostumuksen voi osoittaa ja perua.",
      sv: "Endast medlemmar som har samtyckt visas för partnerorganisationen, och samtycket kan visas och återkallas.",
      en: "Only members who consented are shown to a partner organization, and the consent can be shown and withdrawn.",
    },
    retention: {
      fi: "Niin kauan kuin jäsenen nimetön tieto säilytetään.",
      sv: "Så länge medlemmens pseudonyma uppgifter sparas.",
      en: "As long as the member's pseudonymous record is kept.",
    },
  },
  {
    subjects: "residents",
    tables: ["pool_tokens"],
    what: {
      fi: "Asukaspoolin vahvistuslinkit, tekstiviestikoodit ja omien tietojen linkit (tallennetaan tiivisteinä).",
      sv: "Invånarpoolens bekräftelselänkar, sms-koder och länkar till egna uppgifter (sparas som hashvärden).",
      en: "The resident pool's confirmation links, SMS codes and self-service links (stored hashed).",
    },
    purpose: {
      fi: "Liittymisen vahvistaminen ja omien tietojen näyttäminen vain sinulle.",
      sv: "Att bekräfta anslutningen och visa dina uppgifter endast för dig.",
      en: "Confirming joining, and showing your data only to you.",
    },
    retention: {
      fi: "Linkki toimii kerran; koodit ja linkit poistetaan, kun jäsen eroaa.",
      sv: "Länken fungerar en gång; koder och länkar raderas när medlemmen lämnar poolen.",
      en: "A link works once; codes and links are deleted when the member leaves.",
    },
  },
  {
    subjects: "staff",
    tables: ["staff_users", "memberships"],
    what: {
      fi: "Henkilöstön nimi, sähköpostiosoite, roolit ja viimeisin kirjautuminen.",
      sv: "Personalens namn, e-postadress, roller och senaste inloggning.",
      en: "Staff members' names, email addresses, roles and last sign-in.",
    },
    purpose: {
      fi: "Käyttöoikeuksien hallinta.",
      sv: "Hantering av behörigheter.",
      en: "Managing who may do what.",
    },
    retention: {
      fi: "Niin kauan kuin henkilö kuuluu organisaation henkilöstöön.",
      sv: "Så länge personen hör till organisationens personal.",
      en: "As long as the person is on the organization's staff.",
    },
  },
  {
    subjects: "staff",
    tables: ["staff_sessions", "sign_in_links", "oidc_logins"],
    what: {
      fi: "Kirjautumislinkit ja kirjautumisistunnot (tallennetaan tiivisteinä).",
      sv: "Inloggningslänkar och inloggningssessioner (sparas som hashvärden).",
      en: "Sign-in links and sign-in sessions (stored hashed).",
    },
    purpose: {
      fi: "Henkilöstön tunnistaminen.",
      sv: "Att identifiera personalen.",
      en: "Identifying staff.",
    },
    retention: {
      fi: "Kunnes linkki on käytetty tai istunto vanhenee.",
      sv: "Tills länken har använts eller sessionen går ut.",
      en: "Until the link is used or the session expires.",
    },
  },
  {
    subjects: "staff",
    tables: ["audit_events"],
    what: {
      fi: "Lokitiedot: kuka henkilöstöstä teki tai luki mitä ja milloin.",
      sv: "Loggdata: vem i personalen gjorde eller läste vad och när.",
      en: "An audit log: which staff member did or read what, and when.",
    },
    purpose: {
      fi: "Tietoturva ja käsittelyn lainmukaisuuden valvonta.",
      sv: "Informationssäkerhet och tillsyn över att behandlingen är laglig.",
      en: "Security and supervising that processing is lawful.",
    },
    retention: {
      fi: "Organisaation arkistointisäännön mukaan.",
      sv: "Enligt organisationens arkivregler.",
      en: "As the organization's records management rules require.",
    },
  },
  {
    subjects: "staff",
    tables: ["mail_queue", "dev_outbox"],
    what: {
      fi: "Lähtevät sähköpostit (vastaanottaja ja sisältö) lähetysjonossa.",
      sv: "Utgående e-post (mottagare och innehåll) i sändningskön.",
      en: "Outgoing mail (recipient and content) in the mail queue.",
    },
    purpose: {
      fi: "Kirjautumislinkkien ja ilmoitusten lähettäminen.",
      sv: "Att skicka inloggningslänkar och meddelanden.",
      en: "Sending sign-in links and notifications.",
    },
    retention: {
      fi: "Viesti poistetaan, kun se on lähetetty.",
      sv: "Meddelandet raderas när det har skickats.",
      en: "A mail is deleted once it has been sent.",
    },
  },
  {
    subjects: "residents",
    tables: ["sms_messages"],
    what: {
      fi: "Lähtevät tekstiviestit: puhelinnumero ja viestin sisältö. Kun viesti on lähetetty, numerosta jää vain peitetty muoto ja avaimellinen tiiviste sekä toimitustila.",
      sv: "Utgående textmeddelanden: telefonnummer och innehåll. När meddelandet har skickats finns bara en maskerad form av numret, en nyckelbaserad hash och leveransstatus kvar.",
      en: "Outgoing text messages: phone number and content. Once a message is sent, only a masked form of the number, a keyed hash and the delivery status remain.",
    },
    purpose: {
      fi: "Kutsujen, vahvistuskoodien ja muistutusten lähettäminen sekä toimituksen seuraaminen.",
      sv: "Att skicka inbjudningar, bekräftelsekoder och påminnelser och följa leveransen.",
      en: "Sending invitations, confirmation codes and reminders, and following their delivery.",
    },
    retention: {
      fi: "Numero selväkielisenä vain lähettämiseen asti.",
      sv: "Numret i klartext endast tills meddelandet har skickats.",
      en: "The number in plain form only until the message is sent.",
    },
  },
  {
    subjects: "residents",
    tables: ["suppressions"],
    what: {
      fi: "Kieltolista: sähköpostiosoitteet ja puhelinnumerot, joihin ei saa lähettää viestejä, vain avaimellisina tiivisteinä, sekä syy (peruutuslinkki, LOPETA-vastaus, palautunut viesti, henkilökunta) ja aika.",
      sv: "Spärrlista: e-postadresser och telefonnummer som inte får få meddelanden, endast som nyckelbaserade hashvärden, med orsak (avregistreringslänk, SLUTA-svar, studsat meddelande, personal) och tidpunkt.",
      en: "The suppression list: email addresses and phone numbers that must not get messages, only as keyed hashes, with the reason (unsubscribe link, STOP reply, bounce, staff) and when.",
    },
    purpose: {
      fi: "Kieltäytymisen kunnioittaminen kaikissa kanavissa.",
      sv: "Att respektera att någon har tackat nej, i alla kanaler.",
      en: "To respect a refusal on every channel.",
    },
    retention: {
      fi: "Niin kauan kuin organisaatio lähettää viestejä Kuulon kautta.",
      sv: "Så länge organisationen skickar meddelanden via Kuulo.",
      en: "As long as the organization sends messages through Kuulo.",
    },
  },
  {
    subjects: "residents",
    tables: ["invitations"],
    what: {
      fi: "Kutsut: kenelle kutsu lähetettiin (viittaus jäseneen tai otokseen), kanava ja tila (lähetetty, toimitettu, linkki avattu, osallistui) aikaleimoineen.",
      sv: "Inbjudningar: vem inbjudan skickades till (en hänvisning till medlemmen eller urvalet), kanal och status (skickad, levererad, länken öppnad, deltog) med tidpunkter.",
      en: "Invitations: whom an invitation was sent to (a reference to the member or sample), the channel, and the status (sent, delivered, link opened, took part) with times.",
    },
    purpose: {
      fi: "Muistutusten lähettäminen vain niille, jotka eivät ole vielä osallistuneet, ja osallistumisen seuranta.",
      sv: "Att bara påminna dem som ännu inte har deltagit och följa deltagandet.",
      en: "Reminding only those who have not yet taken part, and following participation.",
    },
    retention: {
      fi: "Niin kauan kuin kutsuun liittyvän toiminnan (esimerkiksi paneelin tai kyselyn) tiedot säilytetään.",
      sv: "Så länge uppgifterna om verksamheten som inbjudan gällde (till exempel en panel eller en enkät) sparas.",
      en: "As long as the records of the activity the invitation was for (e.g. a panel or a survey) are kept.",
    },
  },
  {
    subjects: "residents",
    tables: ["pool_recruitment_people"],
    what: {
      fi: "Väestötietojärjestelmän poiminta rekrytointikierrosta varten: syntymäaika, sukupuoli, äidinkieli, kotikunta ja ikäryhmä sekä nimi ja osoite salattuina kirjettä varten. Henkilötunnusta ei tallenneta, vain siitä laskettu avaimellinen tunniste. Lisäksi henkilökohtaisen ilmoittautumiskoodin tiiviste ja eteneminen (kutsuttu, vastasi, ilmoittautui, valittu, osallistui).",
      sv: "Uttaget ur befolkningsdatasystemet för en rekryteringsomgång: födelsedatum, kön, modersmål, hemkommun och åldersgrupp samt namn och adress krypterade för brevet. Personbeteckningen sparas inte, endast en nyckelbaserad identifierare som räknats fram ur den. Dessutom ett hashvärde av den personliga anmälningskoden och hur det gått (inbjuden, svarade, anmälde sig, vald, deltog).",
      en: "The extract from the Population Information System for a recruitment round: date of birth, sex, mother tongue, home municipality and age band, and the name and address encrypted for the letter. The personal identity code is not stored, only a keyed identifier computed from it. Also a hash of the personal sign-up code and the progress (invited, responded, signed up, selected, attended).",
    },
    purpose: {
      fi: "Satunnaisotoksen arpominen, kutsukirjeiden lähettäminen ja sen seuraaminen, kuinka hyvin ilmoittautuneet vastaavat väestöä (yleisen edun mukainen tehtävä).",
      sv: "Att lotta ett slumpmässigt urval, skicka inbjudningsbrev och följa hur väl de som anmält sig motsvarar befolkningen (uppgift av allmänt intresse).",
      en: "Drawing a random sample, sending invitation letters, and following how well those who sign up match the population (a task in the public interest).",
    },
    retention: {
      fi: "Nimi ja osoite poistetaan, kun ilmoittautumisaika päättyy, kaikilta jotka eivät ilmoittautuneet; nimettömät ryhmätiedot (kunta, ikäryhmä, sukupuoli) jäävät katoanalyysia varten.",
      sv: "Namn och adress raderas när anmälningstiden går ut för alla som inte anmälde sig; de anonyma gruppuppgifterna (kommun, åldersgrupp, kön) sparas för bortfallsanalys.",
      en: "Names and addresses are deleted when the sign-up window closes for everyone who did not sign up; the anonymous group data (municipality, age band, sex) stay for non-response analysis.",
    },
  },
  {
    subjects: "residents",
    tables: ["pool_recruitment_signups"],
    what: {
      fi: "Ilmoittautuminen kirjeen koodilla: suostumukset, asiointikieli, sukupuoli, sopivat tapaamispäivät sekä sähköpostiosoite ja/tai puhelinnumero salattuina.",
      sv: "Anmälan med brevets kod: samtycken, språk, kön, lämpliga mötesdagar samt e-postadress och/eller telefonnummer krypterade.",
      en: "A sign-up with the letter's code: consents, language, gender, suitable session dates, and the email address and/or phone number encrypted.",
    },
    purpose: {
      fi: "Paneelin tai muun toiminnan osallistujien valinta ja yhteydenpito heihin.",
      sv: "Att välja deltagare till panelen eller annan verksamhet och hålla kontakt med dem.",
      en: "Selecting the participants of the panel or other activity, and keeping in touch with them.",
    },
    retention: {
      fi: "Niin kauan kuin toiminnan (esimerkiksi paneelin) tiedot säilytetään.",
      sv: "Så länge uppgifterna om verksamheten (till exempel panelen) sparas.",
      en: "As long as the records of the activity (e.g. the panel) are kept.",
    },
  },
  {
    subjects: "residents",
    tables: ["pool_draws"],
    what: {
      fi: "Poolista arvotut ryhmät: arvonnan tapa, siemenluku ja jäsenten nimettömät tunnisteet (keistä arvottiin ja ketkä arvottiin), jotta arvonnan voi tarkistaa.",
      sv: "Grupper som lottats ur poolen: metod, slumptalsfrö och medlemmarnas anonyma identifierare (bland vilka och vilka som lottades), så att lottningen kan kontrolleras.",
      en: "Groups drawn from the pool: the method, the seed and the members' pseudonymous ids (who was drawn from and who was drawn), so that the draw can be checked.",
    },
    purpose: {
      fi: "Arvonnan tarkistettavuus ja kutsujen lähettäminen arvotuille.",
      sv: "Att lottningen kan kontrolleras och att inbjudningar kan skickas till de lottade.",
      en: "Making the draw checkable, and inviting those drawn.",
    },
    retention: {
      fi: "Niin kauan kuin toiminnan, jota varten arvottiin, tiedot säilytetään.",
      sv: "Så länge uppgifterna om verksamheten som lottningen gjordes för sparas.",
      en: "As long as the records of the activity the draw was for are kept.",
    },
  },
  {
    subjects: "residents",
    tables: ["survey_responses"],
    what: {
      fi: "Vastauksesi kyselyyn, kyselyn versio, vastaustapa (verkko, paperilomake, puhelin, tapahtuma, haastattelu tai tuonti) ja henkilökunnan syöttämästä vastauksesta lähteen merkintä, aloitus-, tallennus- ja lähetysaika sekä jatkamislinkin tunniste (vain tiivisteenä). Avoimista vastauksista poistetaan henkilötunnukset. Henkilökohtaisella kutsulla vastatessa vastaukseen liittyy kutsu, jotta kuhunkin kutsuun vastataan kerran; asukaspoolin jäseneen vastaus liitetään vain, jos kysely niin kertoo.",
      sv: "Dina svar på enkäten, enkätens version, hur du svarade (webben, pappersblankett, telefon, evenemang, intervju eller import) och för svar som personalen matat in en anteckning om källan, när svaret påbörjades, sparades och skickades samt nyckeln till fortsättningslänken (endast som hashvärde). Personbeteckningar tas bort ur öppna svar. Vid svar via en personlig inbjudan hör inbjudan till svaret, så att varje inbjudan besvaras en gång; till en medlem i invånarpoolen kopplas svaret bara om enkäten säger det.",
      en: "Your answers to a survey, the survey's version, how you answered (web, paper form, phone, event, interview or import) and, for answers staff entered, a note of the source, when the answer was started, saved and sent, and the key of the continue link (only hashed). Personal identity codes are removed from open answers. When you answer a personal invitation, the answer is tied to the invitation so that each invitation is answered once; it is linked to a resident pool member only when the survey says so.",
    },
    purpose: {
      fi: "Kyselyn tulosten laatiminen ja vastaamisen jatkaminen myöhemmin.",
      sv: "Att sammanställa enkätens resultat och att kunna fortsätta svara senare.",
      en: "Compiling the survey's results, and continuing an answer later.",
    },
    retention: {
      fi: "Niin kauan kuin kysely säilytetään; poistuu kyselyn poistamisen yhteydessä.",
      sv: "Så länge enkäten sparas; raderas när enkäten raderas.",
      en: "As long as the survey is kept; deleted with the survey.",
    },
  },
  {
    subjects: "residents",
    tables: ["action_subscriptions"],
    what: {
      fi: "Toimenpidetaulukon muutosten tilaus: sähköpostiosoite, kieli, tilauksen ja vahvistuksen ajankohdat.",
      sv: "En prenumeration på ändringar i en åtgärdstabell: e-postadress, språk, när prenumerationen gjordes och bekräftades.",
      en: "A subscription to an action table's changes: the email address, the language, when it was made and confirmed.",
    },
    purpose: {
      fi: 'Tiedottaminen siitä, mitä suosituksille on tehty ("te sanoitte, me teimme").',
      sv: 'Att berätta vad som har gjorts med rekommendationerna ("ni sa, vi gjorde").',
      en: 'Telling what has been done with the recommendations ("you said, we did").',
    },
    retention: {
      fi: "Kunnes tilaus perutaan (yhden napsautuksen linkki jokaisessa viestissä) tai taulukko poistetaan.",
      sv: "Tills prenumerationen sägs upp (länk med ett klick i varje meddelande) eller tabellen raderas.",
      en: "Until the subscription is cancelled (a one-click link in every message) or the table is deleted.",
    },
  },
  {
    subjects: "staff",
    tables: ["action_history", "action_editor_units", "action_recommendation_sources"],
    what: {
      fi: "Toimenpidetaulukon muutoshistoria (kuka muutti mitä ja milloin), muokkaajien vastuuyksiköt ja kuka liitti suositukseen sen lähteen (vaikutusketju).",
      sv: "Åtgärdstabellens ändringshistorik (vem ändrade vad och när), redigerarnas ansvarsenheter och vem som kopplade en rekommendation till dess källa (påverkanskedjan).",
      en: "An action table's change history (who changed what, and when), its editors' units, and who linked a recommendation to its source (the trail).",
    },
    purpose: {
      fi: "Toimenpiteiden seurannan läpinäkyvyys ja muokkausoikeuksien rajaaminen omaan yksikköön.",
      sv: "Öppenhet i uppföljningen av åtgärderna och att begränsa redigeringen till den egna enheten.",
      en: "Transparent follow-up of the measures, and limiting editing to one's own unit.",
    },
    retention: {
      fi: "Niin kauan kuin taulukko säilytetään.",
      sv: "Så länge tabellen sparas.",
      en: "As long as the table is kept.",
    },
  },
  {
    subjects: "residents",
    tables: ["survey_analyses", "survey_publications"],
    what: {
      fi: "Kyselyn avointen vastausten teemat: mihin teemaan kukin vastaus kuuluu (vastauksen tunnisteella), suuntaa antava sävy ja lainaukset vastauksista (henkilötunnukset, sähköpostiosoitteet ja puhelinnumerot poistettuina); julkaistulla tulossivulla vain hyväksytyt teemat ja lainaukset ilman tietoa siitä, kenen ne ovat. Analyysin aloittaneen ja teemat hyväksyneen työntekijän tunniste. Jos hyvinvointialue on määrittänyt kielimallin (LLM_BASE_URL), analyytikon pyynnöstä teemojen vastaukset (henkilötunnukset, sähköpostiosoitteet ja puhelinnumerot poistettuina) lähetetään sille, ja sen tarkistetut tiivistelmät viitattujen vastausten tunnisteineen tallennetaan analyysiin; lähettäminen kirjataan lokiin.",
      sv: "Teman i enkätens öppna svar: vilket tema varje svar hör till (med svarets identifierare), riktgivande ton och citat ur svaren (personbeteckningar, e-postadresser och telefonnummer borttagna); på den publicerade resultatsidan endast godkända teman och citat utan uppgift om vems de är. Identifierare för den anställda som startade analysen och godkände temana. Om välfärdsområdet har konfigurerat en språkmodell (LLM_BASE_URL) skickas temanas svar (personbeteckningar, e-postadresser och telefonnummer borttagna) till den på analytikerns begäran, och dess granskade sammanfattningar med de hänvisade svarens identifierare sparas i analysen; sändningen loggas.",
      en: "Themes of a survey's open answers: which theme each answer belongs to (by the answer's id), indicative sentiment and quotes from answers (identity codes, e-mail addresses and phone numbers removed); on a published results page only the approved themes and quotes, with nothing saying whose they are. The staff member who started the analysis and who signed the themes off. When the county has configured a language model (LLM_BASE_URL), the themes' answers (identity codes, e-mail addresses and phone numbers removed) are sent to it at the analyst's request, and its checked summaries with the cited answers' ids are stored with the analysis; the sending is logged.",
    },
    purpose: {
      fi: "Kyselyn tulosten laatiminen ja julkaiseminen.",
      sv: "Att sammanställa och publicera enkätens resultat.",
      en: "Compiling and publishing the survey's results.",
    },
    retention: {
      fi: "Niin kauan kuin kysely säilytetään; poistuu kyselyn poistamisen yhteydessä. Julkaisu poistuu, kun se perutaan.",
      sv: "Så länge enkäten sparas; raderas när enkäten raderas. Publiceringen raderas när den återkallas.",
      en: "As long as the survey is kept; deleted with the survey. A publication is deleted when it is taken down.",
    },
  },
  {
    subjects: "residents",
    tables: ["phone_numbers", "phone_calls", "phone_callbacks"],
    what: {
      fi: "Robottipuheluiden numerot salattuina (asukasraadin jäseneltä, joka on suostunut kyselypuheluihin, tai henkilöstön lataamalta listalta, jolloin suostumuksen peruste), puhelun kieli, soittoyritykset ja niiden tulos (vastattu, varattu, ei vastattu, vastaaja, kieltäytyi), puhelun eteneminen ja puhelinpalvelun puhelutunniste. Vastaukset tallentuvat kyselyn vastauksiin kanavalla puhelin.",
      sv: "Nummer för robotsamtal krypterade (från invånarpoolens medlemmar som samtyckt till enkätsamtal, eller från en personallista, då med grunden för samtycket), samtalets språk, samtalsförsöken och deras resultat (besvarat, upptaget, inget svar, telefonsvarare, avböjde), samtalets förlopp och teletjänstens samtals-id. Svaren sparas bland enkätens svar med kanalen telefon.",
      en: "Numbers for robot calls, encrypted (from pool members who consented to survey calls, or from a staff list with the consent basis), the call's language, the call attempts and their outcome (answered, busy, no answer, answering machine, opted out), the call's progress and the provider's call id. The answers are stored with the survey's responses, channel phone.",
    },
    purpose: {
      fi: "Kyselyyn vastaaminen puhelimen näppäimillä niille, jotka eivät käytä verkkopalveluja. Peruste: yleisen edun mukainen tehtävä (asukkaiden osallistaminen, hyvinvointialuelaki 30 §) ja suostumus puheluihin; 9 kieltää puhelut heti.",
      sv: "Att svara på en enkät med telefonens knappar för dem som inte använder webbtjänster. Grund: uppgift av allmänt intresse (invånarnas delaktighet, lagen om välfärdsområden 30 §) och samtycke till samtal; 9 stoppar samtalen genast.",
      en: "Answering a survey with the phone's keypad for residents who do not use web services. Basis: a task in the public interest (residents' participation, Wellbeing Services Counties Act section 30) and consent to calls; pressing 9 stops the calls at once.",
    },
    retention: {
      fi: "Niin kauan kuin puhelukampanja säilytetään; poistuu kampanjan mukana. Puheluista kieltäytyminen säilyy estolistalla tiivisteenä.",
      sv: "Så länge samtalskampanjen sparas; raderas med kampanjen. Att någon avböjt samtal sparas på spärrlistan som ett hashvärde.",
      en: "As long as the call campaign is kept; deleted with the campaign. An opt-out stays on the suppression list as a keyed hash.",
    },
  },
  {
    subjects: "residents",
    tables: ["panel_candidates", "panel_selections", "panel_tokens", "panel_table_seats"],
    what: {
      fi: "Asukaspaneeliin ilmoittautuneet: taustatiedot, joilla kiintiöt täytetään (esim. ikäryhmä, sukupuoli, kunta, kieli), mistä ilmoittautuminen tuli (rekisteriotoksen kierros, asukasraati, henkilöstölista tai avoin haku, jolloin myös hyväksytty suostumusteksti ja sen ajankohta) sekä nimi, sähköpostiosoite ja puhelinnumero salattuina. Arvonnan tulos: valitut, varalla olevat järjestyksessä, valintatodennäköisyys, vahvistus tai peruminen ja ajankohdat. Kertakäyttöinen kirjautumislinkki ja paneelin istunto tallennetaan vain tiivisteinä.",
      sv: "De som anmält sig till en invånarpanel: bakgrundsuppgifter som kvoterna fylls med (t.ex. åldersgrupp, kön, kommun, språk), varifrån anmälan kom (en omgång ur befolkningsregistret, invånarpoolen, en personallista eller en öppen ansökan, då även den godkända samtyckestexten och tidpunkten) samt namn, e-postadress och telefonnummer krypterade. Lottningens resultat: de valda, reserverna i ordning, sannolikheten att bli vald, bekräftelse eller återbud och tidpunkterna. Engångslänken och panelens session sparas endast som hashvärden.",
      en: "People who signed up for a resident panel: the background data the quotas use (e.g. age band, gender, municipality, language), where the sign-up came from (a population register round, the resident pool, a staff list or an open call, with the consent text agreed to and when), and the name, email address and phone number encrypted. The draw's result: who was seated, the reserves in order, the selection probability, confirmation or decline and when. The one-time sign-in link and the panel session are stored only hashed.",
    },
    purpose: {
      fi: "Paneelin jäsenten arpominen kiintiöiden mukaan, arvonnan julkinen todentaminen (julkaistussa selosteessa vain numerot ja taustatiedot, ei henkilöllisyyttä), kutsut ja osallistumisen vahvistaminen. Käsittelyn peruste on yleisen edun mukainen tehtävä (asukkaiden osallistaminen, hyvinvointialuelaki 30 §) ja suostumus ilmoittautuessa.",
      sv: "Att lotta panelens medlemmar enligt kvoterna, att lottningen kan kontrolleras offentligt (den publicerade redogörelsen har endast nummer och bakgrundsuppgifter, ingen identitet), inbjudningar och bekräftelse av deltagandet. Grunden är en uppgift av allmänt intresse (invånarnas delaktighet, lagen om välfärdsområden 30 §) och samtycket vid anmälan.",
      en: "Drawing the panel's members within the quotas, letting anyone check the draw (the published report holds only numbers and background data, no identities), invitations and confirming participation. The legal basis is a task in the public interest (residents' participation, Wellbeing Services Counties Act section 30) and the consent given when signing up.",
    },
    retention: {
      fi: "Yhteystiedot poistetaan, kun paneeli on päättynyt ja palkkiot maksettu; arvonnan tulos ja taustatiedot ilman yhteystietoja säilytetään arvonnan todentamiseksi niin kauan kuin paneeli säilytetään.",
      sv: "Kontaktuppgifterna raderas när panelen har avslutats och arvodena betalats; lottningens resultat och bakgrundsuppgifterna utan kontaktuppgifter sparas för att lottningen ska kunna kontrolleras så länge panelen sparas.",
      en: "Contact data is deleted when the panel has finished and fees are paid; the draw's result and the background data without contact data are kept, so the draw can be checked, as long as the panel is kept.",
    },
  },
  {
    subjects: "residents",
    tables: [
      "panel_attendance",
      "panel_payment_details",
      "panel_fee_batches",
      "panel_fee_payments",
    ],
    what: {
      fi: "Asukaspaneelin palkkiot: läsnäolo kussakin istunnossa (kuka kirjasi ja milloin); panelistin itse antamat maksutiedot salattuina (nimi, osoite, tilinumero ja BIC, henkilötunnus, verokortin pidätysprosentit ja tuloraja tai ennakkoperintärekisteri, lahjakortin valinta); maksuerät ja maksut (istunnot, palkkio, matkakorvaus, ennakonpidätys, maksupäivä, tulorekisteriin ilmoittaminen). Henkilötunnus näytetään henkilökunnalle peitettynä ja luovutetaan vain tulorekisteri-ilmoitukseen; jokainen maksutietojen luku kirjataan lokiin.",
      sv: "Invånarpanelens arvoden: närvaron vid varje möte (vem som registrerade och när); betalningsuppgifter som panelisten själv gett, krypterade (namn, adress, kontonummer och BIC, personbeteckning, skattekortets procentsatser och inkomstgräns eller förskottsuppbördsregistret, val av presentkort); betalningsomgångar och betalningar (möten, arvode, reseersättning, förskottsinnehållning, betalningsdag, anmälan till inkomstregistret). Personbeteckningen visas maskerad för personalen och lämnas ut endast i anmälan till inkomstregistret; varje läsning av betalningsuppgifterna loggas.",
      en: "Resident panel fees: attendance at each session (who checked in whom, when); the payment details the panelist gave, encrypted (name, address, account number and BIC, personal identity code, the tax card's rates and income limit or the prepayment register, the choice of a gift card); payment batches and payments (sessions, fee, travel, withholding, payment date, reporting to the Incomes Register). The identity code is shown to staff redacted and leaves only in the Incomes Register report; every read of payment details is logged.",
    },
    purpose: {
      fi: "Palkkioiden maksaminen, ennakonpidätys ja tulorekisteri-ilmoitus (ennakkoperintälaki, laki tulotietojärjestelmästä) sekä kirjanpito.",
      sv: "Att betala arvodena, förskottsinnehållning och anmälan till inkomstregistret (lagen om förskottsuppbörd, lagen om inkomstdatasystemet) samt bokföringen.",
      en: "Paying the fees, withholding tax and reporting to the Incomes Register (Prepayment Act, Act on the Incomes Information System), and bookkeeping.",
    },
    retention: {
      fi: "Maksutiedot poistetaan automaattisesti kuudennen vuoden lopussa maksuvuoden (tai antamisvuoden) jälkeen, kirjanpitolain 2:10 §:n mukaisesti (PAYMENT_RETENTION_YEARS); läsnäolo ja maksut niin kauan kuin paneeli säilytetään.",
      sv: "Betalningsuppgifterna raderas automatiskt vid utgången av det sjätte året efter betalningsåret (eller året de gavs), enligt bokföringslagen 2:10 § (PAYMENT_RETENTION_YEARS); närvaron och betalningarna så länge panelen sparas.",
      en: "Payment details are deleted automatically at the end of the sixth year after the year paid (or given), as the Bookkeeping Act 2:10 requires for vouchers (PAYMENT_RETENTION_YEARS); attendance and payments as long as the panel is kept.",
    },
  },
  {
    subjects: "residents",
    tables: ["deliberation_participants", "deliberation_amendments", "deliberation_support"],
    what: {
      fi: 'Asukaspaneelin, digiraadin tai pyöreän pöydän lausuman laatimiseen osallistuvat: paneelin tai raadin antama tunniste ja nimike (esim. "Panelisti 12", ei nimeä) ja rooli, osallistujan tekemät muutosehdotukset ja fasilitaattorin päätös niistä perusteluineen sekä osallistujan tuki kullekin suositukselle (vastaus asteikolla). Julkisella sivulla vain yhteenlasketut tulokset.',
      sv: 'De som deltar i att skriva ett invånarpanels, en digital juryns eller ett rundabordssamtals uttalande: identifierare och beteckning från panelen eller juryn (t.ex. "Panelist 12", inget namn) och roll, deltagarens ändringsförslag och facilitatorns beslut om dem med motivering samt deltagarens stöd för varje rekommendation (svar på en skala). På den offentliga sidan endast sammanräknade resultat.',
      en: "People drafting a resident panel's, online jury's or round table's statement: the reference and label given by the panel or jury (e.g. \"Panelist 12\", no name) and role, the participant's amendments and the facilitator's decision on them with reasons, and the participant's support for each recommendation (an answer on a scale). The public page shows only totals.",
    },
    purpose: {
      fi: "Lausuman laatiminen yhdessä ja sen tuen todentaminen (hyvinvointialueen lakisääteinen tehtävä osallistumisen edistämiseksi).",
      sv: "Att skriva uttalandet tillsammans och visa stödet för det (välfärdsområdets lagstadgade uppgift att främja delaktighet).",
      en: "Writing the statement together and showing its support (the county's statutory task of promoting participation).",
    },
    retention: {
      fi: "Niin kauan kuin lausuma säilytetään; osallistujan tiedot poistuvat, kun paneeli tai raati poistaa hänet.",
      sv: "Så länge uttalandet sparas; deltagarens uppgifter raderas när panelen eller juryn tar bort hen.",
      en: "As long as the statement is kept; a participant's data is deleted when the panel or jury removes them.",
    },
  },
  {
    subjects: "residents",
    tables: ["jury_members", "jury_tokens", "jury_posts", "jury_reactions", "jury_questions"],
    what: {
      fi: "Digiraadin raatilaiset ja kutsutut asiantuntijat: nimi, sähköpostiosoite ja puhelinnumero salattuina, kieli, selkokielitoive, ikä, alle ikärajan huoltajan nimi ja yhteystiedot salattuina sekä suostumuksen päivä ja tapa, koosteen tilaus. Raatilaisten viestit, vastaukset, reaktiot ja kysymykset asiantuntijoille (henkilötunnus poistetaan tekstistä), asiantuntijan vastaukset sekä moderoinnin päätökset syineen. Kertakäyttöinen linkki ja istunto vain tiivisteinä.",
      sv: "Den digitala juryns medlemmar och inbjudna sakkunniga: namn, e-postadress och telefonnummer krypterade, språk, önskemål om lättläst språk, ålder, för den som är under åldersgränsen vårdnadshavarens namn och kontaktuppgifter krypterade samt dag och sätt för samtycket, beställning av sammandrag. Jurymedlemmarnas inlägg, svar, reaktioner och frågor till sakkunniga (personbeteckningar tas bort ur texten), de sakkunnigas svar och modereringsbeslut med orsak. Engångslänken och sessionen endast som hashvärden.",
      en: "An online jury's jurors and invited experts: name, email address and phone number encrypted, language, plain-language preference, age, for those under the minimum age the guardian's name and contact encrypted with the day and way consent was given, the digest choice. Jurors' posts, replies, reactions and questions to experts (personal identity codes removed from the text), the experts' answers, and moderation decisions with their reasons. The one-time link and the session stored only hashed.",
    },
    purpose: {
      fi: "Digiraadin toteuttaminen: kirjautuminen, keskustelu ja sen moderointi, asiantuntijakuulemiset, koosteet ja julkilausuman laatiminen. Käsittelyn peruste on yleisen edun mukainen tehtävä (asukkaiden osallistaminen, hyvinvointialuelaki 30 §); alle ikärajan huoltajan suostumus.",
      sv: "Att genomföra den digitala juryn: inloggning, diskussionen och dess moderering, hörande av sakkunniga, sammandrag och uttalandet. Grunden är en uppgift av allmänt intresse (invånarnas delaktighet, lagen om välfärdsområden 30 §); under åldersgränsen vårdnadshavarens samtycke.",
      en: "Running the online jury: signing in, the discussion and its moderation, expert hearings, digests and writing the statement. The legal basis is a task in the public interest (residents' participation, Wellbeing Services Counties Act section 30); below the minimum age, the guardian's consent.",
    },
    retention: {
      fi: 'Raatilaisten ja asiantuntijoiden nimet, sähköpostiosoitteet ja puhelinnumerot sekä huoltajan yhteystiedot poistetaan automaattisesti 90 päivän kuluttua raadin päättymisestä (JURY_CONTACT_RETENTION_DAYS), samoin kertakäyttöiset linkit ja istunnot; huoltajan suostumuksesta jää päivä ja tapa. Nimimerkein ("Raatilainen 3") kirjoitetut viestit, kysymykset ja julkilausuma niin kauan kuin raati säilytetään.',
      sv: 'Jurymedlemmarnas och de sakkunnigas namn, e-postadresser och telefonnummer samt vårdnadshavarens kontaktuppgifter raderas automatiskt 90 dagar efter att juryn har avslutats (JURY_CONTACT_RETENTION_DAYS), liksom engångslänkarna och sessionerna; av vårdnadshavarens samtycke sparas dag och sätt. Inlägg, frågor och uttalandet under pseudonym ("Raatilainen 3") så länge juryn sparas.',
      en: "Jurors' and experts' names, email addresses and phone numbers, and guardians' contact data, are deleted automatically 90 days after the jury has finished (JURY_CONTACT_RETENTION_DAYS), as are the one-time links and sessions; of a guardian's consent the day and way remain. Posts, questions and the statement under pseudonyms (\"Raatilainen 3\") as long as the jury is kept.",
    },
  },
  {
    subjects: "staff",
    tables: ["deliberation_proposals"],
    what: {
      fi: "Pöytien ja tapaamisten ehdotukset lausumaan ja ne kirjanneen työntekijän tunniste.",
      sv: "Bordens och mötenas förslag till uttalandet och identifieraren för den anställda som antecknade dem.",
      en: "The tables' and meetings' proposals for a statement, and the staff member who wrote each down.",
    },
    purpose: {
      fi: "Lausuman valmistelun läpinäkyvyys: mistä kukin suositus tuli.",
      sv: "Öppenhet i beredningen av uttalandet: varifrån varje rekommendation kom.",
      en: "A transparent drafting of the statement: where each recommendation came from.",
    },
    retention: {
      fi: "Niin kauan kuin lausuma säilytetään.",
      sv: "Så länge uttalandet sparas.",
      en: "As long as the statement is kept.",
    },
  },
  {
    subjects: "staff",
    tables: ["round_table_distributions", "round_table_responses"],
    what: {
      fi: "Pyöreän pöydän julkilausuman jakelu ja vastaukset: toimielin tai viranhaltija, jolle lausuma lähetettiin (päivä ja tapa), sekä vastanneen toimielimen nimi, päivä, vastauksen teksti ja linkki.",
      sv: "Distributionen av rundabordssamtalets offentliga uttalande och svaren: det organ eller den tjänsteinnehavare som uttalandet skickades till (datum och sätt) samt det svarande organets namn, datum, svarets text och länk.",
      en: "Where a round table's public statement was sent and the responses: the body or official it was sent to (date and how), and the responding body's name, date, the response's text and link.",
    },
    purpose: {
      fi: "Osallistumisen tulosten vieminen päätöksentekoon ja siitä kertominen julkisesti (hyvinvointialuelaki 30 §).",
      sv: "Att föra resultaten av delaktigheten till beslutsfattandet och berätta om det offentligt (lagen om välfärdsområden 30 §).",
      en: "Taking the results of participation to decision-making and reporting it publicly (Wellbeing Services Counties Act section 30).",
    },
    retention: {
      fi: "Niin kauan kuin pyöreän pöydän prosessi säilytetään.",
      sv: "Så länge rundabordsprocessen sparas.",
      en: "As long as the round-table process is kept.",
    },
  },
];

/** Tables that hold nothing about a person (settings, content, computed results, secrets). */
export const NO_PERSONAL_DATA: readonly string[] = [
  "juries",
  "jury_materials",
  "jury_hearings",
  // A panel's tables (facilitators are staff), materials, table notes, feedback survey links.
  "panel_tables",
  "panel_materials",
  "panel_table_notes",
  "panel_feedback",
  "deliberation_statements",
  "deliberation_recommendations",
  "deliberation_recommendation_versions",
  "deliberation_minority_opinions",
  "organizations",
  "organization_logos",
  "conversations",
  "conversation_segments",
  "conversation_images",
  "conversation_embed_secrets",
  "conversation_math",
  "rate_limit_buckets",
  "instance_secrets",
  "legal_documents",
  "legal_facts",
  "kiosk_sessions",
  "pool_settings",
  "pool_populations",
  // Agreements between organizations; who proposed, accepted or ended one is in audit_events.
  "pool_sharing_agreements",
  "pool_recruitment_rounds",
  "surveys",
  "survey_versions",
  "action_tables",
  "action_recommendations",
  "action_measures",
  "panels",
  "panel_sessions",
  // Round tables: participants as counts by role, notes and proposals without names (identity
  // codes redacted), a conversation's aggregated results.
  "round_tables",
  "round_table_meetings",
  "round_table_snapshots",
  "round_table_proposals",
  // A call campaign's set-up and its prompts' audio (the texts of the survey).
  "phone_campaigns",
  "phone_prompts",
];
