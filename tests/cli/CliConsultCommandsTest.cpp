// baken-cli consult add | list, in-process against cheap-KDF vaults.
#include "CliTestSupport.h"
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "doubtline/SqlConsultationStore.h"
#include "support/TestVault.h"

#include <gtest/gtest.h>

using namespace baken;
using test::strongPassphrase;

namespace {

using test::CliRun;

class CliConsult : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(run({u"init"_qs, vaultPath()}).code, 0); }

    CliRun run(QStringList args)
    {
        return test::runCli(std::move(args), {}, {{u"BAKEN_PASSPHRASE"_qs, strongPassphrase()}});
    }
    CliRun add(const QStringList &extra) { return run(QStringList{u"consult"_qs, u"add"_qs, vaultPath()} + extra); }
    CliRun list(const QStringList &extra = {})
    {
        return run(QStringList{u"consult"_qs, u"list"_qs, vaultPath()} + extra);
    }

    QString vaultPath() const { return dir.path(u"v.baken"_qs); }

    QList<Consultation> stored()
    {
        auto opened = Vault::open(vaultPath(), strongPassphrase());
        if (!opened)
            return {};
        ConsultationFilter all;
        return *SqlConsultationStore((*opened)->db()).list(all);
    }

    static QString day(int offset) { return QDate::currentDate().addDays(offset).toString(Qt::ISODate); }

    test::TestVaultDir dir;
};

} // namespace

TEST_F(CliConsult, AddsAConsultationAndListsItWithoutTheCallbackContact)
{
    const CliRun added =
        add({u"--channel"_qs,      u"phone"_qs,
             u"--role"_qs,         u"bystander"_qs,
             u"--ground"_qs,       u"religion"_qs,
             u"--form"_qs,         u"exclusion"_qs,
             u"--question"_qs,     u"Is een grap over een hoofddoek in het teamoverleg discriminatie?"_qs,
             u"--assessment"_qs,   u"possibly"_qs,
             u"--outcome"_qs,      u"advised"_qs,
             u"--advice"_qs,       u"write_down"_qs,
             u"--minutes"_qs,      u"12"_qs,
             u"--at"_qs,           day(-1) + u"T14:30"_qs,
             u"--callback"_qs,     u"06-00000000"_qs,
             u"--callback-due"_qs, day(1)});
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    bool numeric = false;
    added.out.trimmed().toLongLong(&numeric);
    EXPECT_TRUE(numeric) << added.out.toStdString();
    ASSERT_EQ(add({u"--channel"_qs, u"phone"_qs, u"--kind"_qs, u"hang_up"_qs}).code, 0);

    const QList<Consultation> all = stored();
    ASSERT_EQ(all.size(), 2);
    const Consultation &c = all.last(); // newest first: the hang-up is first
    EXPECT_EQ(c.occurredAt, QDateTime(QDate::currentDate().addDays(-1), QTime(14, 30)));
    EXPECT_EQ(c.minutes, 12);
    EXPECT_EQ(c.assessment, Assessment::Possibly);
    EXPECT_EQ(c.groundIds.size(), 1);
    EXPECT_EQ(c.callbackContact, u"06-00000000");

    const CliRun listed = list();
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(day(-1) + u" 14:30"_qs)) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(u"Phone"));
    EXPECT_TRUE(listed.out.contains(u"12 minute"));
    EXPECT_TRUE(listed.out.contains(u"Discrimination: possibly"));
    EXPECT_TRUE(listed.out.contains(u"Advice given"));
    EXPECT_TRUE(listed.out.contains(u"callback by " + day(1)));
    EXPECT_TRUE(listed.out.contains(u"hoofddoek"));
    EXPECT_TRUE(listed.out.contains(u"Hang-up"));
    EXPECT_TRUE(listed.out.contains(u"2 consultation"));
    EXPECT_FALSE(listed.out.contains(u"06-00000000")) << listed.out.toStdString();

    const CliRun dutch = run({u"--lang"_qs, u"nl"_qs, u"consult"_qs, u"list"_qs, vaultPath()});
    EXPECT_TRUE(dutch.out.contains(u"Telefoon")) << dutch.out.toStdString();

    const CliRun yesterday = list({u"--from"_qs, day(-1), u"--to"_qs, day(-1)});
    EXPECT_TRUE(yesterday.out.contains(u"1 consultation")) << yesterday.out.toStdString();
    EXPECT_FALSE(yesterday.out.contains(u"Hang-up"));
    EXPECT_TRUE(list({u"--from"_qs, day(1)}).out.contains(u"0 consultation"));
}

TEST_F(CliConsult, RefusesAQuestionThatSeemsToIdentifySomeoneUnlessAllowed)
{
    const QStringList base = {u"--channel"_qs, u"chat"_qs, u"--question"_qs,
                              u"Fatima van de balie, bereikbaar op 06-12345678, voelt zich buitengesloten"_qs};
    const CliRun refused = add(base);
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(u"\"Fatima\" (name)")) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"\"06-12345678\" (phone number)"));
    EXPECT_TRUE(refused.err.contains(u"--allow-identifying"));
    EXPECT_TRUE(stored().isEmpty());

    const CliRun dutch = run(QStringList{u"--lang"_qs, u"nl"_qs, u"consult"_qs, u"add"_qs, vaultPath()} + base);
    EXPECT_EQ(dutch.code, 1);
    EXPECT_TRUE(dutch.err.contains(u"Fatima"));

    EXPECT_EQ(add(base + QStringList{u"--allow-identifying"_qs}).code, 0);
    EXPECT_EQ(stored().size(), 1);
}

TEST_F(CliConsult, BadInputIsExplainedAndLogsNothing)
{
    const auto usage = [&](const QStringList &extra) {
        const CliRun r = add(extra);
        EXPECT_EQ(r.code, 2) << extra.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(r.err.isEmpty());
        return r;
    };
    EXPECT_TRUE(usage({}).err.contains(u"--channel"));
    usage({u"--channel"_qs, u"pigeon"_qs});
    usage({u"--channel"_qs, u"phone"_qs, u"--assessment"_qs, u"maybe"_qs});
    usage({u"--channel"_qs, u"phone"_qs, u"--outcome"_qs, u"solved"_qs});
    usage({u"--channel"_qs, u"phone"_qs, u"--kind"_qs, u"consultation"_qs});
    usage({u"--channel"_qs, u"phone"_qs, u"--callback"_qs, u"06-00000000"_qs});
    usage({u"--channel"_qs, u"phone"_qs, u"--callback"_qs, u"06-00000000"_qs, u"--callback-due"_qs, u"morgen"_qs});
    usage({u"--channel"_qs, u"phone"_qs, u"--at"_qs, u"gisteren"_qs});
    usage({u"--channel"_qs, u"phone"_qs, u"--minutes"_qs, u"-3"_qs});
    usage({u"--channel"_qs, u"phone"_qs, u"--ground"_qs, u"klingon"_qs});
    usage({u"--channel"_qs, u"phone"_qs, u"--staff"_qs, u"nobody"_qs});

    // Refused by the rules: exit 1.
    const CliRun noAdvice = add({u"--channel"_qs, u"phone"_qs, u"--outcome"_qs, u"advised"_qs});
    EXPECT_EQ(noAdvice.code, 1);
    EXPECT_TRUE(noAdvice.err.contains(u"advice")) << noAdvice.err.toStdString();
    const CliRun silentWithContent =
        add({u"--channel"_qs, u"phone"_qs, u"--kind"_qs, u"silent"_qs, u"--ground"_qs, u"age"_qs});
    EXPECT_EQ(silentWithContent.code, 1);
    const CliRun future = add({u"--channel"_qs, u"phone"_qs, u"--at"_qs, day(2) + u"T10:00"_qs});
    EXPECT_EQ(future.code, 1);
    EXPECT_TRUE(future.err.contains(u"future")) << future.err.toStdString();
    EXPECT_TRUE(stored().isEmpty());

    EXPECT_EQ(list({u"--from"_qs, u"12-03-2026"_qs}).code, 2);
    EXPECT_EQ(list({u"--from"_qs, day(0), u"--to"_qs, day(-1)}).code, 2);
}

TEST_F(CliConsult, TakesTheStaffMemberByCode)
{
    {
        auto opened = Vault::open(vaultPath(), strongPassphrase());
        ASSERT_TRUE(opened.ok());
        SqlCodeListStore codes((*opened)->db());
        ASSERT_TRUE(CodeListService(**opened, codes).add(CodeList::DoubtLineStaff, u"Samira"_qs, u"Samira"_qs).ok());
    }
    const CliRun added = add({u"--channel"_qs, u"walk_in"_qs, u"--staff"_qs, u"samira"_qs});
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    ASSERT_EQ(stored().size(), 1);
    EXPECT_GT(stored().first().staffId, 0);
}

TEST_F(CliConsult, HelpListsTheCommands)
{
    EXPECT_TRUE(run({u"--help"_qs}).out.contains(u"consult "));
    const CliRun help = run({u"consult"_qs, u"--help"_qs});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(u"add"));
    EXPECT_TRUE(help.out.contains(u"list"));
    EXPECT_EQ(run({u"consult"_qs}).code, 2);
    EXPECT_EQ(run({u"consult"_qs, u"frobnicate"_qs}).code, 2);
    const CliRun addHelp = run({u"consult"_qs, u"add"_qs, u"--help"_qs});
    EXPECT_EQ(addHelp.code, 0);
    for (const char *option : {"--channel", "--allow-identifying", "--callback-due", "--kind"})
        EXPECT_TRUE(addHelp.out.contains(QLatin1String(option))) << option;
}
