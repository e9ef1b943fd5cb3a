#include "CaseTestSupport.h"

#include "cases/HoursExport.h"
#include "codelists/CodeListService.h"

#include <QBuffer>

using namespace baken;

namespace {

class HoursExport_ : public test::CaseFixture {
protected:
    void SetUp() override
    {
        test::CaseFixture::SetUp();
        CodeListService lists(*vault, *codes);
        city =
            lists.add(CodeList::Clients, QStringLiteral("Gemeente Havenstad"), QStringLiteral("City of Havenstad"))->id;
        region = lists.add(CodeList::Clients, QStringLiteral("Veiligheidsregio"), QStringLiteral("Safety region"))->id;
    }

    CaseFile caseFor(qint64 client)
    {
        CaseIntake in = intake(month.addMonths(-1));
        in.clientId = client;
        in.identity = ReporterIdentity::Named;
        in.pseudonym = QStringLiteral("Kanarievogel");
        in.reporterName = QStringLiteral("Canarina Vogelaar");
        in.accusedName = QStringLiteral("Kanarie Beschuldigd");
        in.whatHappened = QStringLiteral("Kanarietekst die nooit in een factuur hoort.");
        return registerCase(in);
    }

    void hours(const CaseFile &file, const QDate &date, int minutes)
    {
        ASSERT_TRUE(
            service->addHours(HoursEntry{0, file.id, date, minutes, code(CodeList::Activities, "intake")}).ok());
    }

    // The export's lines without the byte-order mark and line ends.
    QStringList exported(qint64 client, const QDate &of)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Status written = writeMonthlyHoursCsv(vault->db(), of.year(), of.month(), client, buffer);
        EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().message.toStdString());
        raw = buffer.data();
        EXPECT_TRUE(raw.startsWith("\xEF\xBB\xBF"));
        QString text = QString::fromUtf8(raw.mid(3));
        EXPECT_TRUE(text.endsWith(u"\r\n"_qs));
        return text.split(u"\r\n"_qs, Qt::SkipEmptyParts);
    }

    static QString header()
    {
        return QCoreApplication::translate("baken::HoursExport", "case number") + u';'
               + QCoreApplication::translate("baken::HoursExport", "hours");
    }
    static QString total(const char *hours)
    {
        return QCoreApplication::translate("baken::HoursExport", "total") + u';' + QLatin1String(hours);
    }

    // Last month: every day of it lies in the past.
    const QDate month = QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1).addMonths(-1);
    qint64 city = 0;
    qint64 region = 0;
    QByteArray raw;
};

} // namespace

TEST_F(HoursExport_, OneRowPerCaseOfTheAskedClientSummedAndRoundedWithADecimalComma)
{
    const CaseFile first = caseFor(city);
    const CaseFile second = caseFor(city);
    const CaseFile otherClient = caseFor(region);
    const CaseFile otherMonth = caseFor(city);
    hours(second, month.addDays(3), 100);
    hours(first, month.addDays(2), 30);
    hours(first, month.addDays(20), 50);
    hours(first, month.addDays(-1), 600); // the month before
    hours(otherClient, month.addDays(5), 60);
    hours(otherMonth, month.addMonths(-1).addDays(1), 45);

    const QStringList lines = exported(city, month);
    EXPECT_EQ(lines, (QStringList{header(), first.number + u";1,33"_qs, second.number + u";1,67"_qs, total("3,00")}));

    const QStringList region_ = exported(region, month);
    EXPECT_EQ(region_, (QStringList{header(), otherClient.number + u";1,00"_qs, total("1,00")}));
}

TEST_F(HoursExport_, CarriesCaseNumbersAndHoursOnlyNeverNamesTextOrDays)
{
    const CaseFile file = caseFor(city);
    const QDate day = month.addDays(9);
    hours(file, day, 1);
    const QStringList lines = exported(city, month);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[1], file.number + u";0,02"_qs);
    for (const char *canary : {"Kanarie", "kanarie", "Canarina", "Vogelaar", "Beschuldigd", "Merel"})
        EXPECT_FALSE(raw.contains(canary)) << canary;
    const QString text = QString::fromUtf8(raw);
    EXPECT_FALSE(text.contains(day.toString(Qt::ISODate)));
    EXPECT_FALSE(text.contains(file.intake.intakeDate.toString(Qt::ISODate)));
    EXPECT_FALSE(text.contains(codes->item(code(CodeList::Activities, "intake"))->labelNl));
    EXPECT_FALSE(text.contains(codes->item(code(CodeList::Activities, "intake"))->labelEn));
}

TEST_F(HoursExport_, AnEmptyMonthGivesTheHeaderAndAZeroTotal)
{
    const CaseFile file = caseFor(city);
    hours(file, month.addDays(1), 90);
    EXPECT_EQ(exported(city, month.addMonths(-1)), (QStringList{header(), total("0,00")}));
    EXPECT_EQ(exported(region, month), (QStringList{header(), total("0,00")}));
}

TEST_F(HoursExport_, RefusesANonsenseMonthOrClient)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_EQ(writeMonthlyHoursCsv(vault->db(), 2026, 13, city, buffer).code(), ErrorCode::InvalidInput);
    EXPECT_EQ(writeMonthlyHoursCsv(vault->db(), 2026, 1, 0, buffer).code(), ErrorCode::InvalidInput);
    EXPECT_TRUE(buffer.data().isEmpty());
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    EXPECT_EQ(writeMonthlyHoursCsv(vault->db(), 2026, 1, city, readOnly).code(), ErrorCode::Io);
}
