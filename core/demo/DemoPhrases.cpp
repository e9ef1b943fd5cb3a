#include "DemoPhrases.h"

#include <QStringList>

namespace baken::demo {

namespace {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

struct Incident {
    const char *ground;
    const char *text;
};

// What happened, per ground; the subject comes first ("Melder ...").
constexpr Incident Incidents[] = {
    {"race_ethnicity", "wordt door een collega steeds 'onze gastarbeider' genoemd"},
    {"race_ethnicity", "hoort grappen over haar accent als ze de telefoon opneemt"},
    {"race_ethnicity", "kreeg te horen dat 'mensen zoals jij' hier niet lang blijven"},
    {"race_ethnicity", "wordt elke week opnieuw gevraagd waar hij 'echt' vandaan komt"},
    {"religion", "krijgt opmerkingen over haar hoofddoek"},
    {"religion", "mag geen korte pauze nemen om te bidden, terwijl rookpauzes gewoon kunnen"},
    {"religion", "leest in de groepsapp grappen over de ramadan"},
    {"religion", "werd bij de borrel uitgelachen omdat hij geen alcohol drinkt"},
    {"skin_colour", "werd door een bezoeker uitgescholden om zijn huidskleur"},
    {"skin_colour", "hoort collega's lachen om 'grappen' over haar huidskleur"},
    {"skin_colour", "werd tijdens de decemberborrel met Zwarte Piet vergeleken"},
    {"gender", "wordt in overleggen steeds onderbroken en haar voorstellen worden door een ander gebracht"},
    {"gender", "kreeg te horen dat een vrouw 'te emotioneel' is voor een leidinggevende functie"},
    {"gender", "wordt niet meer uitgenodigd voor het overleg met de directie"},
    {"lgbtqia", "hoort collega's grappen maken over zijn vriend"},
    {"lgbtqia", "wordt sinds haar transitie met haar oude voornaam aangesproken"},
    {"lgbtqia", "vond een anonieme, homofobe tekening op zijn bureau"},
    {"disability", "hoort de leidinggevende de aangepaste werktijden 'voortrekken' noemen"},
    {"disability", "kreeg te horen dat de burn-out 'tussen de oren zit'"},
    {"disability", "wacht al acht maanden op de beloofde aangepaste werkplek"},
    {"age", "hoort dat ze 'te oud' is voor het nieuwe zaaksysteem"},
    {"age", "wordt als enige van het team niet voor de training uitgenodigd"},
    {"age", "wordt door jongere collega's 'opa' genoemd"},
    {"pregnancy_parenthood", "kreeg na het melden van de zwangerschap geen contractverlenging"},
    {"pregnancy_parenthood", "krijgt opmerkingen over het ouderschapsverlof"},
    {"pregnancy_parenthood", "moet van de teamleider de kolfpauzes inhalen"},
    {"education_class", "hoort dat hij het 'met zijn mbo-diploma' toch niet snapt"},
    {"education_class", "wordt op de werkvloer 'het hulpje' genoemd"},
    {"education_class", "wordt buitengesloten van de lunch met de beleidsmedewerkers"},
    {"other", "wordt nagedaan om zijn stotteren"},
    {"other", "krijgt opmerkingen over haar gewicht"},
};

constexpr const char *Places[] = {
    "tijdens het teamoverleg",           "in de kantine",          "aan de balie",
    "in de groepsapp van het team",      "tijdens een huisbezoek", "bij de koffieautomaat",
    "tijdens de personeelsbijeenkomst",  "in de buitendienst",     "op de flexplek",
    "tijdens het functioneringsgesprek",
};

constexpr const char *Subjects[] = {"Melder", "De medewerker", "Melder", "Zij of hij"};

struct Accused {
    const char *role;
    const char *text;
};
constexpr Accused AccusedTexts[] = {
    {"manager", "Het gaat om de eigen leidinggevende."},
    {"manager", "Het gaat om een teamleider van een andere afdeling."},
    {"colleague", "Het gaat om een directe collega."},
    {"colleague", "Het gaat om twee collega's uit hetzelfde team."},
    {"citizen_client", "Het gaat om een bezoeker van het stadsloket."},
    {"citizen_client", "Het gaat om een vaste klant van de afdeling."},
    {"unknown", "Wie het was, weet melder niet."},
};

constexpr const char *Frequencies[] = {
    "",
    "Het gebeurde één keer, maar het zit melder hoog.",
    "Het is al meerdere keren gebeurd.",
    "Het speelt al maanden en houdt niet op.",
};

constexpr const char *Impacts[] = {
    "Melder slaapt slecht en ziet op tegen het werk.",
    "Melder heeft zich twee weken ziek gemeld.",
    "Melder twijfelt of ze nog bij deze afdeling wil blijven.",
    "Melder voelt zich niet meer veilig in het team.",
    "Melder zegt dat het hem weinig doet, maar wil dat het stopt.",
    "Melder trekt zich terug en eet niet meer mee in de kantine.",
    "Melder durft het niet met de leidinggevende te bespreken.",
    "Collega's merken dat melder stiller is geworden.",
    "Melder heeft contact gezocht met de bedrijfsarts.",
};

constexpr const char *Outcomes[] = {
    "Dat het stopt.",
    "Een gesprek met de leidinggevende, met de vertrouwenspersoon erbij.",
    "Alleen dat het vastgelegd wordt, voor als het weer gebeurt.",
    "Dat de afdeling er iets mee doet, zonder dat haar naam valt.",
    "Een excuus.",
    "Overplaatsing naar een ander team.",
    "Weten welke stappen er mogelijk zijn.",
    "Dat ook anderen die het meemaakten durven te melden.",
};

constexpr const char *Openers[] = {
    "Telefonisch gesproken met melder.", "Gesprek op locatie.",      "Melder belde terug.",
    "Mail van melder ontvangen.",        "Videogesprek met melder.", "Kort contact via de chat.",
};

constexpr const char *Intakes[] = {
    "Intakegesprek: melder vertelde uitgebreid wat er gebeurde.",
    "Intakegesprek: melder twijfelt of het wel discriminatie is; samen de voorbeelden op een rij gezet.",
    "Intakegesprek: rol van de vertrouwenspersoon en de geheimhouding uitgelegd.",
    "Intakegesprek: melder wil vooral dat er iemand meeluistert.",
};

constexpr const char *Contents[] = {
    "Besproken welke stappen mogelijk zijn: een informeel gesprek, een melding of een klacht.",
    "Melder wil vooral dat het vastgelegd wordt.",
    "Melder voelt zich gesteund door een collega die het ook zag.",
    "De situatie is verergerd sinds het gesprek met de leidinggevende.",
    "Melder houdt de voorvallen bij in een logboek.",
    "Melder geeft aan zich onveilig te voelen op de afdeling.",
    "Het gesprek met de leidinggevende is goed verlopen.",
    "Melder heeft een afspraak met de bedrijfsarts gemaakt.",
    "Het gaat beter; de opmerkingen zijn gestopt.",
    "Melder heeft het zelf aangekaart in het teamoverleg.",
};

constexpr const char *NextSteps[] = {
    "Afgesproken dat ik over twee weken terugbel.",
    "Melder denkt na over een formele melding.",
    "Volgende week samen het gesprek met P&O voorbereiden.",
    "Melder neemt zelf contact op als het opnieuw gebeurt.",
    "Toestemming gevraagd om het signaal te bundelen met vergelijkbare signalen.",
    "",
};

constexpr const char *ReferralNotes[] = {
    "Melder wil een formeel onderzoek.",
    "Doorverwezen voor juridisch advies.",
    "Alleen de weg gewezen; melder neemt zelf contact op.",
    "Warme overdracht, melder was bij het gesprek.",
};

constexpr const char *FollowUpTitles[] = {
    "Terugbellen over het gesprek met de leidinggevende",
    "Verslag naar melder sturen",
    "Navragen bij P&O",
    "Check-in na de mediation",
    "Melder bellen: hoe gaat het nu?",
    "Afspraak bedrijfsarts nabespreken",
};

constexpr const char *Pseudonyms[] = {
    "Merel", "Zonnebloem", "Noorderlicht", "Lotus",  "Kraanvogel", "Eik",     "Vlinder", "Jasmijn",
    "Ster",  "Walvis",     "Amber",        "Kompas", "Linde",      "Zeester", "Berk",    "Reiger",
};

constexpr const char *FirstNames[] = {
    "Sanne", "Mohamed", "Priya", "Kees", "Aylin", "Jeroen", "Naima", "Daan",  "Esther", "Rachid",
    "Lucía", "Wei",     "Olga",  "Kofi", "Femke", "Hatice", "Anouk", "Bilal", "Tamara", "Sem",
};

constexpr const char *LastNames[] = {
    "Bakker",   "Yılmaz",   "de Jong", "El Idrissi", "Visser", "Chaudhry", "Mulder",  "Boateng",
    "van Dijk", "Kartosen", "Smit",    "Öztürk",     "Meijer", "Tahiri",   "de Boer", "Wiersma",
};

// The same few people, typed as advisors type them.
constexpr const char *RecurringAccused[][3] = {
    {"J. de Vries", "j. de vries", "J de Vries"},      {"M. Hoekstra", "m hoekstra", "M. Hoekstra"},
    {"Ilse Verbeek", "ilse verbeek", "Ilse  Verbeek"}, {"R. Kartosen", "R. Kartosen", "r kartosen"},
    {"P. van Dam", "p. van dam", "P van Dam"},
};

} // namespace

QString DemoPhrases::whatHappened(const QString &groundCode, const QString &accusedRoleCode, bool bystander,
                                  int frequency)
{
    QList<const Incident *> fitting;
    for (const Incident &incident : Incidents)
        if (groundCode == QLatin1String(incident.ground))
            fitting << &incident;
    const Incident &incident =
        fitting.isEmpty() ? Incidents[pick(int(std::size(Incidents)))] : *fitting[pick(int(fitting.size()))];
    QStringList sentences;
    const QString subject = bystander ? utf8("Een collega van melder") : utf8(oneOf(Subjects));
    sentences << subject + u' ' + utf8(incident.text) + u' ' + utf8(oneOf(Places)) + u'.';
    QList<const Accused *> roles;
    for (const Accused &accused : AccusedTexts)
        if (accusedRoleCode == QLatin1String(accused.role))
            roles << &accused;
    if (!roles.isEmpty())
        sentences << utf8(roles[pick(int(roles.size()))]->text);
    if (frequency > 0 && frequency < int(std::size(Frequencies)))
        sentences << utf8(Frequencies[frequency]);
    if (bystander)
        sentences << utf8("Melder zag het gebeuren en wil weten wat hij of zij kan doen.");
    return sentences.join(u' ');
}

QString DemoPhrases::impact()
{
    return utf8(oneOf(Impacts));
}

QString DemoPhrases::desiredOutcome()
{
    return utf8(oneOf(Outcomes));
}

QString DemoPhrases::contactNote(bool first)
{
    QStringList parts;
    if (first) {
        parts << utf8(oneOf(Intakes));
    } else {
        parts << utf8(oneOf(Openers)) << utf8(oneOf(Contents));
    }
    if (const QString next = utf8(oneOf(NextSteps)); !next.isEmpty())
        parts << next;
    return parts.join(u' ');
}

QString DemoPhrases::referralNote()
{
    return utf8(oneOf(ReferralNotes));
}

QString DemoPhrases::followUpTitle()
{
    return utf8(oneOf(FollowUpTitles));
}

QString DemoPhrases::pseudonym()
{
    return utf8(oneOf(Pseudonyms));
}

QString DemoPhrases::personName()
{
    return utf8(oneOf(FirstNames)) + u' ' + utf8(oneOf(LastNames));
}

QString DemoPhrases::contactFor(const QString &name)
{
    // example.org is reserved for examples: no real mailbox behind it.
    QString local = name.normalized(QString::NormalizationForm_KD).toLower();
    local.removeIf([](QChar c) { return !(c.isLetter() && c.unicode() < 128) && c != u' '; });
    return local.simplified().replace(u' ', u'.') + u"@example.org"_qs;
}

QString DemoPhrases::accusedName()
{
    if (chance(55)) {
        const auto &person = RecurringAccused[pick(int(std::size(RecurringAccused)))];
        return utf8(person[pick(3)]);
    }
    return chance(50) ? personName() : QString();
}

} // namespace baken::demo
