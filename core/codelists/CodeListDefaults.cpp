#include "CodeListDefaults.h"

#include "CodeList.h"
#include "db/Database.h"

namespace baken {

namespace {

struct DefaultItem {
    CodeList list;
    const char *code;
    const char *nl;
    const char *en;
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
};

} // namespace

Status seedDefaultCodeLists(Database &db, const QList<CodeList> &lists)
{
    auto insert = db.prepare("INSERT INTO code_list_item (list, code, label_nl, label_en, position, builtin)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, 1)");
    if (!insert)
        return insert.error();
    int position = 0;
    for (const DefaultItem &item : Defaults) {
        if (!lists.contains(item.list))
            continue;
        insert->reset();
        insert->bind(1, codeListKey(item.list))
            .bind(2, QString::fromLatin1(item.code))
            .bind(3, QString::fromUtf8(item.nl))
            .bind(4, QString::fromUtf8(item.en))
            .bind(5, position++);
        if (auto s = insert->run(); !s)
            return s;
    }
    return {};
}

} // namespace baken
