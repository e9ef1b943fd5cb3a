// Search as you type over the doubt line (schema 7, ConsultationSearch).
#include "CaseTestSupport.h"

#include "db/SqlValues.h"
#include "doubtline/ConsultationSearch.h"
#include "doubtline/ConsultationService.h"
#include "doubtline/SqlConsultationStore.h"

using namespace baken;

namespace {

class ConsultationSearch_ : public test::CaseFixture {
protected:
    void SetUp() override
    {
        CaseFixture::SetUp();
        consults = std::make_unique<SqlConsultationStore>(vault->db());
        doubt = std::make_unique<ConsultationService>(*vault, *consults, *store, *codes);
        search = std::make_unique<ConsultationSearch>(vault->db());
    }

    // A phone call some minutes ago (never before today began), as typed on the line.
    qint64 logged(const QString &question, int minutesAgo = 30)
    {
        const QDateTime now = QDateTime::currentDateTime();
        const int sinceMidnight = now.time().msecsSinceStartOfDay() / 60000;
        const QDateTime at = now.addSecs(-60 * qMin(minutesAgo, sinceMidnight / 2));
        Consultation c;
        c.occurredAt = QDateTime(at.date(), QTime(at.time().hour(), at.time().minute()));
        c.minutes = 10;
        c.channelId = code(CodeList::Channels, "phone");
        c.question = question;
        auto id = doubt->log(c);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        return id.ok() ? *id : 0;
    }

    QList<qint64> found(const QString &text)
    {
        auto rows = search->page(text, 0, 1000);
        EXPECT_TRUE(rows.ok()) << text.toStdString();
        QList<qint64> ids;
        if (rows.ok())
            for (const Consultation &row : *rows)
                ids << row.id;
        std::sort(ids.begin(), ids.end());
        auto n = search->count(text);
        EXPECT_TRUE(n.ok());
        EXPECT_EQ(n.ok() ? *n : -1, ids.size()) << "count and page disagree for " << text.toStdString();
        return ids;
    }

    std::unique_ptr<SqlConsultationStore> consults;
    std::unique_ptr<ConsultationService> doubt;
    std::unique_ptr<ConsultationSearch> search;
};

} // namespace

TEST_F(ConsultationSearch_, AWordFromTheQuestionFindsTheConsultation)
{
    const qint64 headscarf = logged(QStringLiteral("Is een grap over mijn hoofddoek discriminatie?"));
    logged(QStringLiteral("Mijn leidinggevende negeert mij in het teamoverleg."));
    EXPECT_EQ(found(QStringLiteral("hoofddoek")), QList<qint64>{headscarf});
    EXPECT_EQ(found(QStringLiteral("HOOFDDOEK")), QList<qint64>{headscarf});
    EXPECT_TRUE(found(QStringLiteral("fietsenstalling")).isEmpty());
    EXPECT_TRUE(found(QStringLiteral("   ")).isEmpty());
}

TEST_F(ConsultationSearch_, TheTypedWordsMatchAsPrefixesAndAllMustMatch)
{
    const qint64 headscarf = logged(QStringLiteral("Is een grap over mijn hoofddoek discriminatie?"));
    const qint64 meeting = logged(QStringLiteral("Een grap in het teamoverleg over mijn accent."));
    EXPECT_EQ(found(QStringLiteral("h")), QList<qint64>{headscarf} << meeting); // "het" is in the second
    EXPECT_EQ(found(QStringLiteral("hoofd")), QList<qint64>{headscarf});
    EXPECT_EQ(found(QStringLiteral("gra")), (QList<qint64>{headscarf, meeting}));
    EXPECT_EQ(found(QStringLiteral("grap team")), QList<qint64>{meeting});
    EXPECT_TRUE(found(QStringLiteral("hoofddoek team")).isEmpty());
    // A word is matched from its start only.
    EXPECT_TRUE(found(QStringLiteral("doek")).isEmpty());
}

TEST_F(ConsultationSearch_, AccentsAreIgnoredWhicheverWayTheyAreTyped)
{
    const qint64 accented = logged(QStringLiteral("Een geëmancipeerde collega wordt uitgelachen."));
    const qint64 plain = logged(QStringLiteral("Opmerkingen in het cafe na het werk."));
    EXPECT_EQ(found(QStringLiteral("geemancipeerde")), QList<qint64>{accented});
    EXPECT_EQ(found(QStringLiteral("geëman")), QList<qint64>{accented});
    EXPECT_EQ(found(QStringLiteral("café")), QList<qint64>{plain});
    // "ë" typed as e + combining diaeresis (as macOS sends it) is the same letter.
    EXPECT_EQ(found(QStringLiteral("gee\u0308mancipeerde")), QList<qint64>{accented});
}

TEST_F(ConsultationSearch_, WhatIsTypedIsNeverTakenAsSearchSyntax)
{
    const qint64 id = logged(QStringLiteral("Of het NEAR de grens is, weet ik niet."));
    for (const char *typed : {"\"", "*", "NEAR", "of OR", "-grens", "grens\"*", "(", "^niet", ":"}) {
        auto n = search->count(QString::fromUtf8(typed));
        EXPECT_TRUE(n.ok()) << typed;
        auto rows = search->page(QString::fromUtf8(typed), 0, 10);
        EXPECT_TRUE(rows.ok()) << typed;
    }
    EXPECT_EQ(found(QStringLiteral("of OR")), QList<qint64>{}); // "OR" is a word here, not an operator
    EXPECT_EQ(found(QStringLiteral("-grens")), QList<qint64>{id});
}

TEST_F(ConsultationSearch_, HitsComeNewestFirstPageByPage)
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << logged(QStringLiteral("Vraag over werktijden nummer %1").arg(i), 50 - i * 10); // later each time
    auto first = search->page(QStringLiteral("werktijden"), 0, 2);
    auto second = search->page(QStringLiteral("werktijden"), 2, 2);
    auto third = search->page(QStringLiteral("werktijden"), 4, 2);
    ASSERT_TRUE(first.ok() && second.ok() && third.ok());
    QList<qint64> seen;
    for (const auto *page : {&*first, &*second, &*third})
        for (const Consultation &c : *page)
            seen << c.id;
    EXPECT_EQ(seen, (QList<qint64>{ids[4], ids[3], ids[2], ids[1], ids[0]}));
    EXPECT_EQ(first->front().question, QStringLiteral("Vraag over werktijden nummer 4"));
    EXPECT_EQ(*search->count(QStringLiteral("werktijden")), 5);
}

TEST_F(ConsultationSearch_, AnEditedQuestionIsFoundByItsNewWordsAtTheNextKeystroke)
{
    const qint64 id = logged(QStringLiteral("Een grap over mijn hoofddoek."));
    EXPECT_EQ(found(QStringLiteral("hoofddoek")), QList<qint64>{id}); // the hits are kept for the next keystroke
    auto c = consults->byId(id);
    ASSERT_TRUE(c.ok());
    c->question = QStringLiteral("Een grap over mijn tulband.");
    ASSERT_TRUE(doubt->edit(*c).ok());
    EXPECT_TRUE(found(QStringLiteral("hoofddoek")).isEmpty());
    EXPECT_EQ(found(QStringLiteral("tulband")), QList<qint64>{id});
    // Something logged between two keystrokes of the same text shows at once.
    const qint64 next = logged(QStringLiteral("Weer een opmerking over mijn tulband."), 5);
    EXPECT_EQ(found(QStringLiteral("tulband")), (QList<qint64>{id, next}));
}

TEST_F(ConsultationSearch_, ADeletedConsultationIsNoLongerFound)
{
    const qint64 gone = logged(QStringLiteral("Uitgesloten van de borrel."));
    const qint64 kept = logged(QStringLiteral("Niet uitgenodigd voor de borrel."));
    EXPECT_EQ(found(QStringLiteral("borrel")), (QList<qint64>{gone, kept}));
    auto remove = vault->db().prepare("DELETE FROM consultation WHERE id = ?1");
    ASSERT_TRUE(remove.ok());
    remove->bind(1, gone);
    ASSERT_TRUE(remove->run().ok());
    EXPECT_EQ(found(QStringLiteral("borrel")), QList<qint64>{kept});
    EXPECT_EQ(found(QStringLiteral("uitgesloten")), QList<qint64>{});
}

TEST_F(ConsultationSearch_, TheCallbackContactIsNeverSearchedAndADoneCallbackKeepsTheQuestion)
{
    Consultation c;
    c.occurredAt = QDateTime::currentDateTime().addSecs(-120);
    c.occurredAt.setTime(QTime(c.occurredAt.time().hour(), c.occurredAt.time().minute()));
    c.minutes = 5;
    c.channelId = code(CodeList::Channels, "phone");
    c.question = QStringLiteral("Mag ik dit melden zonder mijn naam?");
    c.callbackWanted = true;
    c.callbackContact = QStringLiteral("jansen@voorbeeld.nl 0612345678");
    c.callbackDue = QDate::currentDate().addDays(1);
    auto id = doubt->log(c);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_TRUE(found(QStringLiteral("jansen")).isEmpty());
    EXPECT_TRUE(found(QStringLiteral("0612345678")).isEmpty());
    auto rows = search->page(QStringLiteral("naam"), 0, 10);
    ASSERT_TRUE(rows.ok() && rows->size() == 1);
    EXPECT_TRUE(rows->front().callbackContact.isEmpty()); // the list is never handed the contact
    ASSERT_TRUE(doubt->completeCallback(*id).ok());
    EXPECT_EQ(found(QStringLiteral("naam")), QList<qint64>{*id});
}

TEST_F(ConsultationSearch_, InsideATransactionTheSameHitsAreFound)
{
    const qint64 id = logged(QStringLiteral("Een grap over mijn hoofddoek."));
    logged(QStringLiteral("Iets anders."));
    ReadSnapshot snapshot(vault->db());
    ASSERT_TRUE(snapshot.begin().ok());
    EXPECT_EQ(found(QStringLiteral("hoofd")), QList<qint64>{id});
}

// Few hits are read by id and sorted, many by walking the list newest first:
// both give the same order, and a deep page too.
TEST_F(ConsultationSearch_, ManyHitsAndFewComeInTheSameOrder)
{
    const int total = ConsultationSearch::FewHits + 200;
    Transaction tx(vault->db());
    ASSERT_TRUE(tx.begin().ok());
    auto insert = vault->db().prepare("INSERT INTO consultation (id, occurred_at, day, question, created_at, "
                                      "updated_at) VALUES (?1, ?2, ?3, ?4, ?2, ?2)");
    ASSERT_TRUE(insert.ok());
    const QDateTime start(QDate(2020, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = 1; i <= total; ++i) {
        // Ids out of time order, and some at the same minute.
        const QDateTime at = start.addSecs(60 * qint64((i * 7919) % total / 2));
        insert->reset();
        insert->bind(1, qint64(i)).bind(2, sql::timeText(at)).bind(3, sql::dateText(at.date()));
        insert->bind(4, i % 50 == 0 ? QStringLiteral("zeldzaam woord %1").arg(i) : QStringLiteral("gewoon %1").arg(i));
        ASSERT_TRUE(insert->run().ok());
    }
    ASSERT_TRUE(tx.commit().ok());
    auto expected = [&](const char *like) {
        QList<qint64> ids;
        const QByteArray sql = QByteArray("SELECT id FROM consultation WHERE question LIKE '") + like
                               + "' ORDER BY occurred_at DESC, id DESC";
        auto stmt = vault->db().prepare(sql.constData());
        EXPECT_TRUE(stmt.ok());
        EXPECT_TRUE(stmt->forEach([&](const Statement &r) { ids << r.int64(0); }).ok());
        return ids;
    };
    const auto pageIds = [&](const QString &text, int offset, int limit) {
        QList<qint64> ids;
        auto rows = search->page(text, offset, limit);
        EXPECT_TRUE(rows.ok());
        for (const Consultation &c : *rows)
            ids << c.id;
        return ids;
    };
    const QList<qint64> many = expected("gewoon %");
    ASSERT_GT(many.size(), ConsultationSearch::FewHits);
    EXPECT_EQ(*search->count(QStringLiteral("gew")), many.size());
    EXPECT_EQ(pageIds(QStringLiteral("gew"), 0, 100), many.mid(0, 100));
    EXPECT_EQ(pageIds(QStringLiteral("gew"), 3000, 100), many.mid(3000, 100));
    const QList<qint64> few = expected("zeldzaam %");
    EXPECT_EQ(*search->count(QStringLiteral("zeld")), few.size());
    EXPECT_EQ(pageIds(QStringLiteral("zeld"), 0, 1000), few);
    EXPECT_EQ(pageIds(QStringLiteral("zeld"), 40, 10), few.mid(40, 10));
}
