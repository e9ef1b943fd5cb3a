#include "CaseTestSupport.h"

#include "interchange/SubjectExtract.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace baken;

namespace {

class SubjectExtractTest : public test::CaseFixture {
protected:
    void SetUp() override
    {
        CaseFixture::SetUp();
        // Labels follow the UI language, which installTranslations sets this way.
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        CaseIntake in = intake();
        in.type = CaseType::Report;
        in.identity = ReporterIdentity::Named;
        in.reporterName = u"Fatima El Amrani"_qs;
        in.reporterContact = u"06-12345678"_qs;
        in.reporterRoleId = code(CodeList::ReporterRoles, "affected_employee");
        in.accusedName = u"Jan de Vries"_qs;
        in.whatHappened = u"Mijn teamleider De Vries maakte grappen over mijn hoofddoek."_qs;
        in.contactConsent = {true, in.intakeDate};
        file = registerCase(in, CaseService::proposedCallback(in.intakeDate));
        ASSERT_TRUE(service
                        ->addContact({0, file.id, QDateTime::currentDateTimeUtc().addSecs(-3600),
                                      code(CodeList::Channels, "video"), 40, u"Gesprek; Jan gaf het toe."_qs, 0})
                        .ok());
        ASSERT_TRUE(service
                        ->refer({0, file.id, code(CodeList::ReferralBodies, "company_doctor"), QDate::currentDate(),
                                 false, false, u"Interne notitie"_qs})
                        .ok());
        ASSERT_TRUE(service
                        ->addFollowUp({0,
                                       file.id,
                                       {},
                                       u"Dossier van De Vries opvragen"_qs,
                                       QDate::currentDate().addDays(3),
                                       FollowUpKind::Task,
                                       {}})
                        .ok());
        ASSERT_TRUE(service->addHours({0, file.id, QDate::currentDate(), 90, 0}).ok());
    }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    CaseFile file;
};

} // namespace

TEST_F(SubjectExtractTest, HoldsTheReportersDataWithLabelsInTheUiLanguage)
{
    auto x = buildSubjectExtract(*vault, file.id);
    ASSERT_TRUE(x.ok()) << x.error().message.toStdString();
    EXPECT_EQ(x->language, u"nl");
    EXPECT_EQ(x->caseNumber, file.number);
    EXPECT_EQ(x->name, u"Fatima El Amrani");
    EXPECT_EQ(x->contactDetails, u"06-12345678");
    EXPECT_EQ(x->pseudonym, u"Merel");
    EXPECT_EQ(x->role, u"Betrokken medewerker");
    EXPECT_EQ(x->channel, u"Telefoon");
    EXPECT_EQ(x->grounds, QStringList{u"Godsdienst of levensovertuiging"_qs});
    ASSERT_EQ(x->contacts.size(), 1);
    EXPECT_EQ(x->contacts.at(0).channel, u"Videogesprek");
    ASSERT_EQ(x->referrals.size(), 1);
    EXPECT_EQ(x->referrals.at(0).body, u"Bedrijfsarts");
    EXPECT_FALSE(x->referrals.at(0).sharedData);
    ASSERT_EQ(x->consents.size(), 3);
    EXPECT_TRUE(x->consents.at(0).given);
    EXPECT_EQ(x->consents.at(0).date, file.intake.intakeDate);
    // The callback and the two statutory terms; not the advisor's own task.
    EXPECT_EQ(x->followUps.size(), 3);
    EXPECT_FALSE(x->explanation.isEmpty());
    EXPECT_FALSE(x->statusHistory.isEmpty());
}

TEST_F(SubjectExtractTest, TheJsonNeverHoldsTheAccusedsNameOrInternalData)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const qint64 audit = auditCount();
    ASSERT_TRUE(writeSubjectExtractJson(*vault, file.id, out).ok());
    const QString text = QString::fromUtf8(out.data());
    EXPECT_TRUE(text.contains(u"Fatima El Amrani"));
    EXPECT_TRUE(text.contains(u"hoofddoek"));
    EXPECT_FALSE(text.contains(u"Vries", Qt::CaseInsensitive)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"Jan ")) << text.toStdString();
    EXPECT_FALSE(text.contains(u"Collega")) << "the accused's role";
    EXPECT_FALSE(text.contains(u"Interne notitie")) << "the referral's internal note";
    EXPECT_FALSE(text.contains(u"Dossier")) << "the advisor's own task";
    EXPECT_FALSE(text.contains(u"\"minutes\"")) << "hours";

    const QJsonObject doc = QJsonDocument::fromJson(out.data()).object();
    EXPECT_EQ(doc.value(u"document"_qs).toString(), u"baken-subject-extract");
    const QJsonObject reporter = doc.value(u"reporter"_qs).toObject();
    EXPECT_EQ(reporter.value(u"role"_qs).toString(), u"Betrokken medewerker");
    // Labels, never ids.
    EXPECT_TRUE(doc.value(u"case"_qs).toObject().value(u"channel"_qs).isString());
    EXPECT_EQ(doc.value(u"report"_qs).toObject().value(u"grounds"_qs).toArray().at(0).toString(),
              u"Godsdienst of levensovertuiging");

    EXPECT_EQ(auditCount(), audit + 1);
    auto entry = vault->audit().latest(1);
    EXPECT_EQ(entry->at(0).event, u"case.subject_extract");
    EXPECT_EQ(entry->at(0).objectId, QString::number(file.id));
}

TEST_F(SubjectExtractTest, FollowsTheEnglishUi)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    auto x = buildSubjectExtract(*vault, file.id);
    ASSERT_TRUE(x.ok());
    EXPECT_EQ(x->language, u"en");
    EXPECT_EQ(x->channel, u"Phone");
    EXPECT_EQ(x->role, u"Affected employee");
}

TEST_F(SubjectExtractTest, AnUnknownCaseIsAnErrorAndNotAudited)
{
    const qint64 audit = auditCount();
    auto x = buildSubjectExtract(*vault, 9999);
    ASSERT_FALSE(x.ok());
    EXPECT_EQ(x.code(), ErrorCode::NotFound);
    EXPECT_EQ(auditCount(), audit);
}
