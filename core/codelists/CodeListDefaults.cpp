#include "CodeListDefaults.h"

#include "CodeList.h"
#include "db/Database.h"

#include <QHash>

namespace baken {

namespace {

struct DefaultItem {
    CodeList list;
    const char *code;
    const char *nl;
    const char *en;
    int step = 0; // the schema step that seeds it; 0: the step that introduced its list
};

// Grounds and forms as found in the municipality's own studies; channels and
// bodies as advisors refer to them. Users can add, relabel and retire items.
constexpr DefaultItem Defaults[] = {
    {CodeList::Grounds, "race_ethnicity", "Racisme / etnische of migratieachtergrond",
     "Racism / ethnic or migration background"},
    {CodeList::Grounds, "religion", "Godsdienst of levensovertuiging", "Religion or belief"},
    {CodeList::Grounds, "skin_colour", "Huidskleur", "Skin colour"},
    {CodeList::Grounds, "gender", "Gender", "Gender"},
    {CodeList::Grounds, "lgbtqia", "LHBTIQA+", "LGBTQIA+"},
    {CodeList::Grounds, "disability", "Handicap of chronische ziekte (ook niet zichtbaar)",
     "Disability or chronic illness (including non-visible)"},
    {CodeList::Grounds, "age", "Leeftijd", "Age"},
    {CodeList::Grounds, "pregnancy_parenthood", "Zwangerschap en ouderschap", "Pregnancy and parenthood"},
    {CodeList::Grounds, "education_class", "Opleidingsniveau of sociale klasse", "Education level or social class"},
    {CodeList::Grounds, "other", "Anders", "Other"},

    {CodeList::Forms, "bullying", "Pesten", "Bullying"},
    {CodeList::Forms, "exclusion", "Uitsluiting", "Exclusion"},
    {CodeList::Forms, "micro_aggression", "Micro-agressie", "Micro-aggression"},
    {CodeList::Forms, "sexual_harassment", "Seksuele intimidatie", "Sexual harassment"},
    {CodeList::Forms, "aggression_intimidation", "Agressie en intimidatie", "Aggression and intimidation"},
    {CodeList::Forms, "other", "Anders", "Other"},

    {CodeList::Channels, "phone", "Telefoon", "Phone"},
    {CodeList::Channels, "email", "E-mail", "E-mail"},
    {CodeList::Channels, "in_person", "Persoonlijk gesprek", "In person"},
    {CodeList::Channels, "video", "Videogesprek", "Video call"},
    {CodeList::Channels, "chat", "Chat", "Chat"},
    {CodeList::Channels, "letter", "Brief", "Letter"},

    {CodeList::ReporterRoles, "affected_employee", "Betrokken medewerker", "Affected employee"},
    {CodeList::ReporterRoles, "bystander", "Omstander", "Bystander"},
    {CodeList::ReporterRoles, "manager", "Leidinggevende", "Manager"},
    {CodeList::ReporterRoles, "representative", "Namens een ander", "On behalf of someone else"},
    {CodeList::ReporterRoles, "temporary_worker", "Uitzendkracht, stagiair of inhuur",
     "Temporary worker, intern or contractor"},
    {CodeList::ReporterRoles, "former_employee", "Oud-medewerker", "Former employee"},

    {CodeList::AccusedRoles, "manager", "Leidinggevende", "Manager"},
    {CodeList::AccusedRoles, "colleague", "Collega", "Colleague"},
    {CodeList::AccusedRoles, "citizen_client", "Burger of klant", "Citizen or client"},
    {CodeList::AccusedRoles, "unknown", "Onbekend", "Unknown"},

    {CodeList::ReferralBodies, "integrity_office", "Bureau Integriteit", "Integrity office"},
    {CodeList::ReferralBodies, "antidiscrimination_office", "Antidiscriminatievoorziening (Discriminatie.nl regio)",
     "Anti-discrimination office (Discriminatie.nl region)"},
    {CodeList::ReferralBodies, "human_rights_institute", "College voor de Rechten van de Mens",
     "Netherlands Institute for Human Rights"},
    {CodeList::ReferralBodies, "hr", "P&O (HR)", "HR"},
    {CodeList::ReferralBodies, "company_doctor", "Bedrijfsarts", "Company doctor"},
    {CodeList::ReferralBodies, "mediation", "Mediation", "Mediation"},
    {CodeList::ReferralBodies, "police", "Politie", "Police"},

    {CodeList::Measures, "conversation_accused", "Gesprek met beschuldigde", "Conversation with the accused"},
    {CodeList::Measures, "conversation_management", "Gesprek met leidinggevende", "Conversation with management"},
    {CodeList::Measures, "mediation", "Mediation", "Mediation"},
    {CodeList::Measures, "team_intervention", "Teaminterventie of training", "Team intervention or training"},
    {CodeList::Measures, "disciplinary", "Waarschuwing of disciplinaire maatregel", "Warning or disciplinary measure"},
    {CodeList::Measures, "investigation", "Onderzoek gestart", "Investigation started"},
    {CodeList::Measures, "transfer", "Overplaatsing", "Transfer"},
    {CodeList::Measures, "none", "Geen maatregel", "No measure"},

    {CodeList::Outcomes, "resolved", "Opgelost", "Resolved"},
    {CodeList::Outcomes, "partly_resolved", "Deels opgelost", "Partly resolved"},
    {CodeList::Outcomes, "not_resolved", "Niet opgelost", "Not resolved"},
    {CodeList::Outcomes, "advice_given", "Advies gegeven, melder handelt zelf", "Advice given, reporter acts alone"},
    {CodeList::Outcomes, "referred_on", "Doorverwezen", "Referred elsewhere"},
    {CodeList::Outcomes, "withdrawn", "Ingetrokken door melder", "Withdrawn by the reporter"},
    {CodeList::Outcomes, "no_contact", "Geen contact meer", "Contact lost"},

    {CodeList::Activities, "intake", "Intakegesprek", "Intake"},
    {CodeList::Activities, "conversation", "Gesprek met melder", "Conversation with the reporter"},
    {CodeList::Activities, "consultation", "Overleg met derden", "Consultation with others"},
    {CodeList::Activities, "accompaniment", "Begeleiding bij gesprek", "Accompanying the reporter"},
    {CodeList::Activities, "administration", "Verslaglegging en administratie", "Reports and administration"},
    {CodeList::Activities, "travel", "Reistijd", "Travel"},

    // Schema step 3 (the doubt line) adds these to the lists above ...
    {CodeList::Channels, "walk_in", "Binnenloop", "Walk-in", 3},
    {CodeList::Channels, "doubt_line", "Twijfel-lijn", "Doubt line", 3},
    {CodeList::ReferralBodies, "confidential_advisor", "Vertrouwenspersoon", "Confidential advisor", 3},
    // ... and introduces this one.
    {CodeList::Advice, "write_down", "Schrijf op wat er gebeurde, met data", "Write down what happened, with dates"},
    {CodeList::Advice, "talk_to_person", "Bespreek het met de persoon zelf", "Raise it with the person directly"},
    {CodeList::Advice, "talk_to_manager", "Bespreek het met de leidinggevende", "Raise it with the manager"},
    {CodeList::Advice, "find_support", "Zoek steun bij een collega of omstander",
     "Find support from a colleague or bystander"},
    {CodeList::Advice, "know_rights", "Uitleg over rechten en de klachtregeling",
     "Explained rights and the complaints procedure"},
    {CodeList::Advice, "self_care", "Zorg voor jezelf; bedrijfsarts of huisarts",
     "Look after yourself; company doctor or GP"},
    {CodeList::Advice, "peer_group", "Aanmelden bij een lotgenotengroep", "Join a peer-support group"},
};

// The step that introduced each list: its items without an explicit step
// are seeded then.
int introducedIn(CodeList list)
{
    switch (list) {
    case CodeList::Outcomes:
    case CodeList::Activities:
    case CodeList::Clients:
        return 2;
    case CodeList::DoubtLineStaff:
    case CodeList::Advice:
        return 3;
    case CodeList::GroupFacilitators:
        return 4;
    default:
        return 1;
    }
}

} // namespace

Status seedDefaultCodeLists(Database &db, int schemaStep)
{
    // Positions run on from the end of each list, counting across the whole
    // step, as steps 1 and 2 always wrote them. An item the user already made
    // under the same code (say their own "walk_in") is kept as it is.
    auto end = db.prepare("SELECT coalesce(max(position) + 1, 0) FROM code_list_item WHERE list = ?1");
    auto insert = db.prepare("INSERT OR IGNORE INTO code_list_item (list, code, label_nl, label_en, position, builtin)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, 1)");
    if (!end)
        return end.error();
    if (!insert)
        return insert.error();
    QHash<CodeList, int> base; // where each list ended before this step
    int position = 0;
    for (const DefaultItem &item : Defaults) {
        if ((item.step != 0 ? item.step : introducedIn(item.list)) != schemaStep)
            continue;
        if (!base.contains(item.list)) {
            end->reset();
            end->bind(1, codeListKey(item.list));
            auto row = end->step();
            if (!row)
                return row.error();
            base.insert(item.list, int(end->int64(0)));
        }
        insert->reset();
        insert->bind(1, codeListKey(item.list))
            .bind(2, QString::fromLatin1(item.code))
            .bind(3, QString::fromUtf8(item.nl))
            .bind(4, QString::fromUtf8(item.en))
            .bind(5, base.value(item.list) + position++);
        if (auto s = insert->run(); !s)
            return s;
    }
    return {};
}

} // namespace baken
