/** The consent an open call's sign-up gives (version goes up whenever a text changes). */
export const OPEN_CALL_CONSENT = {
  version: 1,
  text: {
    fi: "Ilmoittaudun asukaspaneeliin. Suostun siihen, että hyvinvointialue käyttää antamiani taustatietoja paneelin jäsenten arvontaan kiintiöiden mukaan ja yhteystietojani paneeliin liittyviin yhteydenottoihin. Taustatiedot julkaistaan valintaselosteessa ilman nimeä tai yhteystietoja. Voin perua ilmoittautumiseni milloin tahansa.",
    sv: "Jag anmäler mig till invånarpanelen. Jag samtycker till att välfärdsområdet använder mina bakgrundsuppgifter för att lotta panelens medlemmar enligt kvoterna och mina kontaktuppgifter för kontakter som gäller panelen. Bakgrundsuppgifterna publiceras i redogörelsen för urvalet utan namn eller kontaktuppgifter. Jag kan när som helst återkalla min anmälan.",
    en: "I sign up for the resident panel. I consent to the wellbeing services county using my background data to draw the panel's members within the quotas, and my contact details for contacting me about the panel. The background data is published in the selection report without name or contact details. I can withdraw my sign-up at any time.",
  },
} as const;
