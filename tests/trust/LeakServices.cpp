// The core services in this process, as the GUI and baken-cli call them.
#include "LeakScenario.h"

#include "backup/Backup.h"
#include "backup/BackupSettings.h"
#include "cases/CaseService.h"
#include "cases/SqlCaseStore.h"
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "doubtline/ConsultationService.h"
#include "doubtline/IdentifyingNames.h"
#include "doubtline/ReferralGuide.h"
#include "doubtline/SqlConsultationStore.h"
#include "groups/GroupService.h"
#include "groups/SqlGroupStore.h"
#include "interchange/Interchange.h"
#include "summary/DisclosureControl.h"
#include "summary/Period.h"
#include "summary/SummaryBuilder.h"
#include "summary/SummaryExport.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>

namespace baken::test {

namespace {

const QString Passphrase = QStringLiteral("lantern orbit velvet crocus tambourine");

class Services {
public:
    Services(LeakRun &run, Vault &vault)
        : m_run(run)
        , m_vault(vault)
        , m_codes(vault.db())
        , m_cases(vault.db())
        , m_consults(vault.db())
        , m_groups(vault.db())
        , m_caseService(vault, m_cases, m_codes)
        , m_consultService(vault, m_consults, m_cases, m_codes)
        , m_groupService(vault, m_groups, m_codes)
    {}

    QString canary(const char *module, const char *field)
    {
        return m_run.scan.canary(QLatin1String(module), QLatin1String(field));
    }

    qint64 code(CodeList list, const char *key)
    {
        auto items = m_codes.items(list, true);
        if (items.ok())
            for (const CodeItem &item : *items)
                if (item.code == QLatin1String(key))
                    return item.id;
        m_run.fail(QStringLiteral("no code item %1").arg(QLatin1String(key)));
        return 0;
    }

    void codeLists()
    {
        CodeListService lists(m_vault, m_codes);
        auto unit = lists.add(CodeList::Units, canary("codelists", "unit-nl"), canary("codelists", "unit-en"));
        if (m_run.check(QStringLiteral("add a unit"), unit))
            m_unitId = unit->id;
        auto staff = lists.add(CodeList::DoubtLineStaff, canary("codelists", "staff"), canary("codelists", "staff-en"));
        if (m_run.check(QStringLiteral("add doubt-line staff"), staff))
            m_staffId = staff->id;
        auto facilitator = lists.add(CodeList::GroupFacilitators, canary("codelists", "facilitator"),
                                     canary("codelists", "facilitator-en"));
        if (m_run.check(QStringLiteral("add a facilitator"), facilitator))
            m_facilitatorId = facilitator->id;
        // A label changed later: the old text must not linger in the file.
        auto renamed = lists.add(CodeList::Clients, canary("codelists", "client-old"), QStringLiteral("Client"));
        if (m_run.check(QStringLiteral("add a client"), renamed))
            m_run.check(QStringLiteral("relabel a client"),
                        lists.relabel(renamed->id, canary("codelists", "client-nl"), canary("codelists", "client-en")));
    }

    void cases()
    {
        CaseIntake in;
        in.intakeDate = QDate::currentDate().addDays(-3);
        in.channelId = code(CodeList::Channels, "phone");
        in.type = CaseType::Report;
        in.identity = ReporterIdentity::Named;
        in.pseudonym = canary("cases", "pseudonym");
        in.reporterName = canary("cases", "reporter-name");
        in.reporterContact = canary("cases", "reporter-contact");
        in.unitId = m_unitId;
        in.incidentDate = in.intakeDate.addDays(-7);
        in.whatHappened = canary("cases", "what-happened");
        in.impact = canary("cases", "impact");
        in.desiredOutcome = canary("cases", "desired-outcome");
        in.groundIds = {code(CodeList::Grounds, "religion")};
        in.formIds = {code(CodeList::Forms, "exclusion")};
        in.accusedRoleId = code(CodeList::AccusedRoles, "colleague");
        in.accusedName = canary("cases", "accused-name");
        in.contactConsent = {true, in.intakeDate};

        auto draft = m_caseService.createDraft(in);
        if (!m_run.check(QStringLiteral("create a draft"), draft))
            return;
        in.whatHappened = canary("cases", "draft-edit");
        m_run.check(QStringLiteral("save the draft"), m_caseService.saveDraft(*draft, in));
        FollowUp callback = CaseService::proposedCallback(in.intakeDate);
        callback.title = canary("cases", "callback-title");
        auto file = m_caseService.registerCase(*draft, in, callback);
        if (!m_run.check(QStringLiteral("register the case"), file))
            return;
        const qint64 id = file->id;
        in.whatHappened = canary("cases", "what-happened-edited");
        m_run.check(QStringLiteral("edit the intake"), m_caseService.updateIntake(id, in));

        ContactMoment contact{0,
                              id,
                              QDateTime::currentDateTimeUtc().addSecs(-3600),
                              code(CodeList::Channels, "phone"),
                              25,
                              canary("cases", "contact-note"),
                              0};
        auto contactId = m_caseService.addContact(contact);
        if (m_run.check(QStringLiteral("add a contact moment"), contactId)) {
            contact.id = *contactId;
            contact.note = canary("cases", "contact-note-edited");
            m_run.check(QStringLiteral("edit the contact moment"), m_caseService.editContact(contact));
        }
        m_run.check(QStringLiteral("refer"),
                    m_caseService.refer({0, id, code(CodeList::ReferralBodies, "integrity_office"),
                                         QDate::currentDate(), false, false, canary("cases", "referral-note")}));
        FollowUp task;
        task.caseId = id;
        task.title = canary("cases", "follow-up");
        task.due = QDate::currentDate().addDays(7);
        auto taskId = m_caseService.addFollowUp(task);
        if (m_run.check(QStringLiteral("add a follow-up"), taskId))
            m_run.check(QStringLiteral("complete a follow-up"), m_caseService.completeFollowUp(*taskId));
        m_run.check(QStringLiteral("add hours"),
                    m_caseService.addHours({0, id, QDate::currentDate(), 45, code(CodeList::Activities, "intake")}));
        m_run.check(QStringLiteral("close the case"),
                    m_caseService.close(id, code(CodeList::Outcomes, "resolved"),
                                        {code(CodeList::Measures, "conversation_management")}, QDate::currentDate()));
        m_caseId = id;
    }

    void doubtLine()
    {
        Consultation c;
        c.occurredAt = QDateTime(QDate::currentDate().addDays(-1), QTime(10, 15));
        c.minutes = 20;
        c.staffId = m_staffId;
        c.channelId = code(CodeList::Channels, "phone");
        c.groundIds = {code(CodeList::Grounds, "religion")};
        c.question = canary("doubtline", "question");
        c.assessment = Assessment::Possibly;
        c.outcome = ConsultationOutcome::Advised;
        c.adviceId = code(CodeList::Advice, "write_down");
        c.callbackWanted = true;
        c.callbackDue = QDate::currentDate().addDays(2);
        c.callbackContact = canary("doubtline", "callback-contact");
        auto id = m_consultService.log(c);
        if (!m_run.check(QStringLiteral("log a consultation"), id))
            return;
        c.id = *id;
        c.question = canary("doubtline", "question-edited");
        m_run.check(QStringLiteral("edit a consultation"), m_consultService.edit(c));

        // A second one whose callback is done: its contact is erased then.
        c.id = 0;
        c.occurredAt = c.occurredAt.addSecs(3600);
        c.question = canary("doubtline", "question-second");
        c.callbackContact = canary("doubtline", "callback-done");
        auto done = m_consultService.log(c);
        if (m_run.check(QStringLiteral("log a second consultation"), done))
            m_run.check(QStringLiteral("complete a callback"), m_consultService.completeCallback(*done));
        m_consultationId = *id;
    }

    void settings()
    {
        auto names = identifyingNames(m_vault);
        if (m_run.check(QStringLiteral("read the names list"), names))
            m_run.check(QStringLiteral("extend the names list"),
                        setIdentifyingNames(m_vault, *names << canary("settings", "names-list")));
        ReferralGuide guide(m_vault);
        auto entry = guide.entry(code(CodeList::ReferralBodies, "police"));
        if (m_run.check(QStringLiteral("read a guide entry"), entry)) {
            entry->contact = canary("settings", "guide-contact");
            entry->what.nl = canary("settings", "guide-what");
            m_run.check(QStringLiteral("save a guide entry"), guide.save(*entry));
        }
        m_run.check(QStringLiteral("set the backup folder"), setBackupFolder(m_vault, m_run.backups));
    }

    void groups()
    {
        PeerGroup g;
        g.theme = canary("groups", "theme");
        g.description = canary("groups", "description");
        g.facilitatorIds = {m_facilitatorId};
        g.capacity = 4;
        g.place = canary("groups", "place");
        g.onlineLink = QStringLiteral("https://meet.example.org/") + canary("groups", "link");
        g.schedule.firstStart = QDateTime(QDate::currentDate().addDays(-14), QTime(19, 0));
        g.schedule.recurrence = Recurrence::Weekly;
        g.schedule.count = 6;
        auto groupId = m_groupService.createGroup(g);
        if (!m_run.check(QStringLiteral("create a group"), groupId))
            return;
        auto sessions = m_groupService.sessions(*groupId);
        if (!m_run.check(QStringLiteral("list sessions"), sessions) || sessions->size() < 4)
            return;
        const QList<Session> s = *sessions;
        m_run.check(QStringLiteral("note on a session"),
                    m_groupService.setSessionNote(*groupId, s[0].originalStart, canary("groups", "session-note")));
        m_run.check(QStringLiteral("move a session"),
                    m_groupService.moveSession(*groupId, s[3].originalStart, s[3].originalStart.addDays(1),
                                               canary("groups", "moved-place")));

        Participant p;
        p.groupId = *groupId;
        p.pseudonym = canary("groups", "participant");
        p.contact = canary("groups", "participant-contact");
        p.source = ParticipantSource::Case;
        p.caseId = m_caseId;
        p.joinedOn = QDate::currentDate().addDays(-20); // before the first session
        auto member = m_groupService.addParticipant(p);
        if (m_run.check(QStringLiteral("add a participant"), member)) {
            m_run.check(QStringLiteral("attendance"),
                        m_groupService.recordAttendance(*groupId, s[0].originalStart, member->id, Attendance::Present));
            m_run.check(QStringLiteral("evaluation"), m_groupService.evaluate(member->id, 4));
        }
        Participant leaving;
        leaving.groupId = *groupId;
        leaving.pseudonym = canary("groups", "leaving");
        leaving.source = ParticipantSource::Consultation;
        leaving.consultationId = m_consultationId;
        auto second = m_groupService.addParticipant(leaving);
        if (m_run.check(QStringLiteral("add a second participant"), second))
            m_run.check(QStringLiteral("leave a group"),
                        m_groupService.leave(second->id, QDate::currentDate(), canary("groups", "leave-reason")));
    }

    void backup() { m_run.check(QStringLiteral("write a backup"), writeBackup(m_vault, m_run.backups)); }

    void summaryTables()
    {
        auto period = summary::parsePeriod(QString::number(QDate::currentDate().year()));
        if (!m_run.check(QStringLiteral("period"), period))
            return;
        auto exact = summary::buildSummary(m_vault.db(), *period);
        if (!m_run.check(QStringLiteral("build a summary"), exact))
            return;
        auto published = summary::publish(*exact, 3);
        if (!m_run.check(QStringLiteral("publish a summary"), published))
            return;
        auto json = summary::summaryFileBytes(*published, summary::SummaryFormat::Json, QStringLiteral("en"));
        if (!m_run.check(QStringLiteral("summary as JSON"), json))
            return;
        // The summary is the user's export, so it is left out of the search;
        // but it holds tables only, so no free text may be in it (a unit's
        // label may: units are categories of the tables).
        for (const QString &c : m_run.scan.canaries())
            if (!c.startsWith(u"CANARY-codelists-") && json->contains(c.toUtf8()))
                m_run.fail(QStringLiteral("the summary holds free text: ") + c.section(u'-', 1, 2));
        const QString path = QDir(m_run.exports).filePath(QStringLiteral("summary.json"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(*json) != json->size())
            m_run.fail(QStringLiteral("write the summary"));
        m_run.exported << path;
        m_run.check(QStringLiteral("record the summary export"),
                    summary::recordSummaryExport(m_vault, *period, summary::SummaryFormat::Json, 3));
    }

    // Exported to a file the user chose, then imported into a second vault.
    void interchange()
    {
        const QString path = QDir(m_run.exports).filePath(QStringLiteral("interchange.json"));
        m_run.exported << path;
        {
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                return m_run.fail(QStringLiteral("open the interchange file"));
            m_run.check(QStringLiteral("export the vault"), exportVault(m_vault, out));
        }
        auto other = Vault::create(QDir(m_run.documents).filePath(QStringLiteral("imported.baken")), Passphrase);
        if (!m_run.check(QStringLiteral("create a vault to import into"), other))
            return;
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return m_run.fail(QStringLiteral("read the interchange file"));
        m_run.check(QStringLiteral("import the vault"), importVault(**other, in));
        (*other)->lock();
    }

private:
    LeakRun &m_run;
    Vault &m_vault;
    SqlCodeListStore m_codes;
    SqlCaseStore m_cases;
    SqlConsultationStore m_consults;
    SqlGroupStore m_groups;
    CaseService m_caseService;
    ConsultationService m_consultService;
    GroupService m_groupService;
    qint64 m_unitId = 0;
    qint64 m_staffId = 0;
    qint64 m_facilitatorId = 0;
    qint64 m_caseId = 0;
    qint64 m_consultationId = 0;
};

} // namespace

void enterThroughServices(LeakRun &run)
{
    auto vault = Vault::create(QDir(run.documents).filePath(QStringLiteral("advisor.baken")), Passphrase);
    if (!run.check(QStringLiteral("create the advisor's vault"), vault))
        return;
    {
        Services services(run, **vault);
        services.codeLists();
        services.settings();
        services.cases();
        services.doubtLine();
        services.groups();
        services.backup();
        services.summaryTables();
        services.interchange();
    }
    // Searched while open (the -wal holds fresh pages) is the GUI's case;
    // here the vault is locked and opened again, as the next day would.
    (*vault)->lock();
    auto again = Vault::open(QDir(run.documents).filePath(QStringLiteral("advisor.baken")), Passphrase);
    if (run.check(QStringLiteral("open the advisor's vault again"), again))
        run.openVaults.push_back(std::move(again).value());
}

} // namespace baken::test
