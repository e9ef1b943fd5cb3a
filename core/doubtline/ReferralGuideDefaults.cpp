#include "ReferralGuideDefaults.h"

#include "ReferralGuide.h"
#include "codelists/CodeList.h"
#include "db/Database.h"
#include "db/SqlValues.h"

namespace baken {

namespace {

struct DefaultText {
    const char *bodyCode;
    AnonymousReports anonymous;
    const char *whatNl;
    const char *whatEn;
    const char *whenNl;
    const char *whenEn;
    const char *nextNl;
    const char *nextEn;
    const char *noteNl;
    const char *noteEn;
    const char *contact;
};

// Dutch practice as it stands; the organisation adds its own contact details
// for the internal bodies. Kept short: a colleague reads it out on the phone.
constexpr DefaultText Defaults[] = {
    {"integrity_office", AnonymousReports::Partly,
     "Het interne bureau dat vermoedens van integriteitsschendingen onderzoekt, ook discriminatie en ongewenst gedrag "
     "door medewerkers of leidinggevenden. Het kan een feitenonderzoek doen; de werkgever beslist daarna over "
     "maatregelen.",
     "The internal office that investigates suspected integrity violations, including discrimination and undesirable "
     "behaviour by employees or managers. It can carry out a fact-finding investigation; the employer then decides on "
     "measures.",
     "Als iemand wil dat de organisatie onderzoekt wat er gebeurde en optreedt, zeker als het gedrag ernstig is, zich "
     "herhaalt of meer collega's treft. Een vertrouwenspersoon kan helpen de melding voor te bereiden.",
     "When someone wants the organisation to look into what happened and act, especially when the behaviour is "
     "serious, repeated or affects several colleagues. A confidential advisor can help prepare the report.",
     "Het bureau bespreekt de melding en beslist of er een onderzoek komt. In een onderzoek worden beide kanten "
     "gehoord, ook getuigen. De meldregeling van de organisatie noemt de termijnen en de bescherming van de melder.",
     "The office discusses the report and decides whether to investigate. An investigation hears both sides, and "
     "witnesses. The organisation's reporting procedure sets the time limits and the protection of the reporter.",
     "Een signaal kan vaak zonder naam of via de vertrouwenspersoon worden doorgegeven, maar een onderzoek naar een "
     "persoon is zonder melder die gehoord kan worden meestal niet mogelijk. Kijk in de eigen meldregeling.",
     "A signal can often be passed on without a name or through the confidential advisor, but an investigation into a "
     "person is usually impossible without a reporter who can be heard. Check the organisation's own procedure.",
     ""},

    {"antidiscrimination_office", AnonymousReports::Partly,
     "De onafhankelijke antidiscriminatievoorziening die elke gemeente volgens de wet moet bieden; de regionale "
     "bureaus werken samen als Discriminatie.nl. Ze luisteren, registreren meldingen, geven advies en helpen gratis "
     "bij een klacht: bemiddeling, een brief aan de werkgever, een verzoek aan het College voor de Rechten van de "
     "Mens of aangifte.",
     "The independent anti-discrimination service that every municipality must provide by law; the regional offices "
     "work together as Discriminatie.nl. They listen, register reports, give advice and help with a complaint free of "
     "charge: mediation, a letter to the employer, a request to the Netherlands Institute for Human Rights, or a "
     "police report.",
     "Als iemand advies of steun van buiten de eigen organisatie wil, de interne weg niet vertrouwt, of de melding "
     "alleen geregistreerd wil hebben zodat die meetelt in de cijfers.",
     "When someone wants advice or support from outside their own organisation, does not trust the internal route, or "
     "only wants the report registered so that it counts in the figures.",
     "Melden kan via de website, telefonisch of met de app. Daarna volgt meestal een gesprek met een consulent over "
     "wat de melder wil. Het bureau zet geen stap zonder toestemming van de melder.",
     "Reports go through the website, by phone or with the app. A consultant then usually talks with the reporter "
     "about what they want. The office takes no step without the reporter's consent.",
     "Anoniem melden kan: de melding wordt geregistreerd en telt mee in de cijfers. Zonder contactgegevens kan het "
     "bureau de melder verder niet helpen.",
     "Anonymous reports are accepted: they are registered and count in the figures. Without contact details the "
     "office cannot help the reporter any further.",
     "discriminatie.nl, gratis 0800-0880"},

    {"human_rights_institute", AnonymousReports::No,
     "Het College beoordeelt of de wetten voor gelijke behandeling zijn overtreden, bijvoorbeeld op grond van "
     "afkomst, godsdienst, geslacht, seksuele gerichtheid, handicap of chronische ziekte, leeftijd, nationaliteit of "
     "arbeidsduur. Het geeft een oordeel. De procedure is gratis en een advocaat is niet nodig.",
     "The Institute judges whether the equal treatment laws were broken, for example on grounds of origin, religion, "
     "sex, sexual orientation, disability or chronic illness, age, nationality or working hours. It gives an opinion "
     "(oordeel). The procedure is free and no lawyer is needed.",
     "Als iemand een onafhankelijk oordeel wil over ongelijke behandeling op het werk, zoals bij werving, beloning, "
     "promotie, ontslag of intimidatie, of over hoe de werkgever met een klacht over discriminatie is omgegaan. Niet "
     "elke grond valt onder de wet: opleidingsniveau of sociale klasse bijvoorbeeld niet.",
     "When someone wants an independent opinion on unequal treatment at work, such as in recruitment, pay, promotion, "
     "dismissal or harassment, or on how the employer handled a complaint about discrimination. Not every ground is "
     "covered by the law: education level or social class, for example, is not.",
     "Het verzoek gaat schriftelijk, met het klachtenformulier op mensenrechten.nl. Het College hoort beide partijen, "
     "meestal op een zitting, en doet doorgaans binnen een half jaar uitspraak. Het oordeel is niet bindend, maar "
     "wordt meestal opgevolgd.",
     "The request is made in writing, with the complaint form on mensenrechten.nl. The Institute hears both parties, "
     "usually at a hearing, and normally gives its opinion within six months. The opinion is not binding, but is "
     "usually followed.",
     "Een verzoek om een oordeel kan niet anoniem: de werkgever krijgt het te zien en reageert erop. Een melding "
     "zonder naam wordt alleen geregistreerd.",
     "A request for an opinion cannot be anonymous: the employer sees it and responds. A report without a name is "
     "only registered.",
     "mensenrechten.nl, 030 888 38 88"},

    {"hr", AnonymousReports::No,
     "P&O (HR) adviseert medewerkers en leidinggevenden over arbeidszaken en kan maatregelen regelen: aanpassing van "
     "werk of rooster, overplaatsing, een gesprek, of een formele klacht volgens de klachtenregeling ongewenst "
     "gedrag.",
     "HR advises employees and managers on employment matters and can arrange measures: adjusting work or rosters, a "
     "transfer, a meeting, or a formal complaint under the complaints procedure for undesirable behaviour.",
     "Als iemand een praktische oplossing op het werk wil of een formele klacht wil indienen, en daarvoor met naam "
     "naar voren wil komen. Ook als de leidinggevende zelf deel van het probleem is.",
     "When someone wants a practical solution at work or wants to file a formal complaint, and is ready to come "
     "forward by name. Also when the manager is part of the problem.",
     "HR neemt contact op met de medewerker en vaak met de leidinggevende. Een formele klacht gaat naar de "
     "klachtencommissie. HR gaat discreet met informatie om, maar heeft geen geheimhouding zoals een "
     "vertrouwenspersoon: spreek vooraf af wat er met het verhaal gebeurt.",
     "HR contacts the employee and often the manager. A formal complaint goes to the complaints committee. HR treats "
     "information discreetly but is not bound to confidentiality like a confidential advisor: agree beforehand what "
     "happens with the story.",
     "HR kan alleen optreden als bekend is om wie het gaat. Wie eerst zonder naam wil overleggen, kan beter bij de "
     "vertrouwenspersoon terecht.",
     "HR can only act when it knows who is involved. Someone who first wants to talk without giving a name is better "
     "off with the confidential advisor.",
     ""},

    {"company_doctor", AnonymousReports::No,
     "De bedrijfsarts adviseert over gezondheid en werk: bij stress, slecht slapen of andere klachten door wat er op "
     "het werk gebeurt, en bij verzuim. De bedrijfsarts heeft een medisch beroepsgeheim.",
     "The company doctor advises on health and work: for stress, poor sleep or other complaints caused by what "
     "happens at work, and during sick leave. The company doctor is bound by medical confidentiality.",
     "Als de situatie iemand ziek maakt of dreigt te maken. Elke medewerker mag ook zonder ziekmelding naar het open "
     "spreekuur.",
     "When the situation makes someone ill or threatens to. Every employee may also visit the open consultation hour "
     "without being on sick leave.",
     "De bedrijfsarts spreekt de medewerker en vertelt de werkgever alleen wat iemand wel en niet kan, nooit de "
     "diagnose of het verhaal zonder toestemming. Zorgen over het werk kan de arts in algemene zin aan de werkgever "
     "melden.",
     "The company doctor sees the employee and tells the employer only what the person can and cannot do, never the "
     "diagnosis or the story without consent. The doctor can raise concerns about the work with the employer in "
     "general terms.",
     "Niet anoniem, wel vertrouwelijk: wat iemand de bedrijfsarts vertelt valt onder het medisch beroepsgeheim.",
     "Not anonymous, but confidential: what someone tells the company doctor is covered by medical confidentiality.",
     ""},

    {"mediation", AnonymousReports::No,
     "Een onafhankelijke mediator helpt twee partijen met elkaar in gesprek te komen en zelf afspraken te maken. "
     "Meedoen is vrijwillig voor beiden en wat er besproken wordt is vertrouwelijk.",
     "An independent mediator helps two parties talk with each other and make their own agreements. Taking part is "
     "voluntary for both, and what is discussed is confidential.",
     "Als beide partijen de verhouding willen herstellen en het gesprek als gelijken aan kunnen gaan. Niet geschikt "
     "bij ernstige of aanhoudende intimidatie, grote machtsverschillen of angst, en nooit een vervanging voor "
     "onderzoek of maatregelen: mediation wordt niet opgelegd.",
     "When both parties want to repair the relationship and can enter the conversation as equals. Not suitable for "
     "serious or ongoing harassment, large differences in power, or fear, and never a substitute for an investigation "
     "or measures: mediation is not imposed.",
     "Meestal regelt HR een mediator. Na aparte gesprekken volgen gezamenlijke gesprekken; afspraken worden op papier "
     "gezet. Elke partij kan op elk moment stoppen.",
     "HR usually arranges a mediator. Separate conversations come first, then joint ones; agreements are put in "
     "writing. Either party can stop at any time.",
     "Niet anoniem: beide partijen zitten aan tafel.", "Not anonymous: both parties sit at the table.",
     "MfN-register: mfnregister.nl"},

    {"police", AnonymousReports::Partly,
     "De politie neemt aangifte op van strafbare feiten. Sommige vormen van discriminatie zijn strafbaar, zoals het "
     "in het openbaar beledigen van een groep, aanzetten tot haat of discriminatie, en discriminatie in beroep of "
     "bedrijf. Ook bedreiging, mishandeling, belaging en seksuele misdrijven zijn strafbaar.",
     "The police take reports of criminal offences. Some forms of discrimination are crimes, such as publicly "
     "insulting a group, inciting hatred or discrimination, and discrimination in the course of a job or business. "
     "Threats, assault, stalking and sexual offences are crimes too.",
     "Als er mogelijk een strafbaar feit is gepleegd en iemand wil dat het wordt vervolgd, of als iemand zich niet "
     "veilig voelt. Bij direct gevaar: bel 112.",
     "When a criminal offence may have been committed and someone wants it prosecuted, or when someone does not feel "
     "safe. In immediate danger: call 112.",
     "Aangifte doe je op een politiebureau, na een afspraak via 0900-8844. De politie is verplicht een aangifte op te "
     "nemen; het Openbaar Ministerie beslist over vervolging. Een antidiscriminatiebureau kan helpen bij de aangifte "
     "en meegaan.",
     "A report is made at a police station, by appointment through 0900-8844. The police must take the report; the "
     "Public Prosecution Service decides on prosecution. An anti-discrimination office can help with the report and "
     "come along.",
     "Aangifte is op naam, maar je kunt vragen om domicilie te kiezen op het politiebureau, zodat je eigen adres niet "
     "in het dossier komt. Anoniem informatie geven over een misdrijf kan via Meld Misdaad Anoniem, 0800-7000.",
     "A police report is made by name, but you can ask to use the police station as your address of record, so that "
     "your own address stays out of the file. Information about a crime can be given anonymously through Meld Misdaad "
     "Anoniem, 0800-7000.",
     "politie.nl, 0900-8844; bij spoed 112"},

    {"confidential_advisor", AnonymousReports::Yes,
     "De vertrouwenspersoon luistert, helpt op een rij te zetten wat er gebeurde en welke wegen er zijn, en begeleidt "
     "bij informele en formele stappen, zoals een gesprek, een melding of een klacht. De vertrouwenspersoon doet geen "
     "onderzoek en oordeelt niet.",
     "The confidential advisor listens, helps sort out what happened and which routes there are, and supports "
     "informal and formal steps, such as a conversation, a report or a complaint. The confidential advisor does not "
     "investigate and does not judge.",
     "Als iemand het verhaal vertrouwelijk wil bespreken, wil weten wat de mogelijkheden zijn of steun wil bij een "
     "volgende stap. Ook als iemand nog twijfelt of er iets moet gebeuren.",
     "When someone wants to talk it through in confidence, wants to know the options, or wants support with a next "
     "step. Also when someone is still unsure whether anything should happen.",
     "Na een eerste gesprek bepaalt de melder wat er gebeurt. De vertrouwenspersoon onderneemt niets en deelt niets "
     "met de werkgever zonder toestemming van de melder; alleen bij acuut gevaar kan de geheimhouding wijken. Een "
     "overdracht vanuit de twijfel-lijn kan anoniem.",
     "After a first conversation the reporter decides what happens. The confidential advisor takes no step and shares "
     "nothing with the employer without the reporter's consent; only acute danger can override that confidentiality. "
     "A handover from the doubt line can be anonymous.",
     "De melder hoeft geen naam te noemen en wat besproken wordt blijft vertrouwelijk. Voor een formele klacht of een "
     "onderzoek is later wel een naam nodig.",
     "The reporter need not give a name, and what is discussed stays confidential. A formal complaint or an "
     "investigation needs a name later on.",
     ""},
};

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

QList<DefaultGuideEntry> defaultGuideEntries()
{
    QList<DefaultGuideEntry> out;
    for (const DefaultText &d : Defaults) {
        GuideEntry e;
        e.what = {utf8(d.whatNl), utf8(d.whatEn)};
        e.when = {utf8(d.whenNl), utf8(d.whenEn)};
        e.next = {utf8(d.nextNl), utf8(d.nextEn)};
        e.anonymous = d.anonymous;
        e.anonymousNote = {utf8(d.noteNl), utf8(d.noteEn)};
        e.contact = utf8(d.contact);
        out.append({d.bodyCode, e});
    }
    return out;
}

Status seedReferralGuide(Database &db)
{
    // Runs inside the migration's transaction. A body the user removed is
    // skipped; an entry already there is left alone.
    auto insert = db.prepare(
        "INSERT OR IGNORE INTO referral_guide (body_id, what_nl, what_en, when_nl, when_en, next_nl, next_en,"
        " anonymous, anonymous_note_nl, anonymous_note_en, contact, updated_at)"
        " SELECT id, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13 FROM code_list_item WHERE list = ?1 AND code = ?2");
    if (!insert)
        return insert.error();
    const QString now = sql::nowText();
    for (const DefaultText &d : Defaults) {
        insert->reset();
        insert->bind(1, codeListKey(CodeList::ReferralBodies)).bind(2, QString::fromLatin1(d.bodyCode));
        int index = 3;
        for (const char *text : {d.whatNl, d.whatEn, d.whenNl, d.whenEn, d.nextNl, d.nextEn})
            insert->bindText(index++, text, -1);
        insert->bind(9, toKey(d.anonymous));
        insert->bindText(10, d.noteNl, -1).bindText(11, d.noteEn, -1).bindText(12, d.contact, -1);
        insert->bind(13, now);
        if (auto s = insert->run(); !s)
            return s;
    }
    return {};
}

} // namespace baken
