#include "CaseTestSupport.h"

#include "cases/CaseNumber.h"
#include "cases/CaseSearch.h"
#include "codelists/CodeListService.h"
#include "demo/DemoCases.h"

#include <QSet>

using namespace baken;

namespace {

class CaseSearch_ : public test::CaseFixture {
protected:
    void SetUp() override
    {
        test::CaseFixture::SetUp();
        search = std::make_unique<CaseSearch>(vault->db());
    }

    qint64 addUnit(const char *nl, const char *en)
    {
        CodeListService lists(*vault, *codes);
        auto unit = lists.add(CodeList::Units, QString::fromUtf8(nl), QString::fromUtf8(en));
        EXPECT_TRUE(unit.ok());
        return unit.ok() ? unit->id : 0;
    }

    CaseFile registerWith(const QString &what, const QDate &date = QDate::currentDate().addDays(-3))
    {
        CaseIntake in = intake(date);
        in.whatHappened = what;
        return registerCase(in);
    }

    QList<qint64> found(const QString &text, CaseFilter filter = {})
    {
        filter.text = text;
        auto rows = search->page(filter, {}, 0, 1000);
        EXPECT_TRUE(rows.ok()) << text.toStdString();
        QList<qint64> ids;
        if (rows.ok())
            for (const CaseSummary &row : *rows)
                ids << row.id;
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    QList<CaseSummary> all(const CaseFilter &filter, const CaseSort &sort)
    {
        auto rows = search->page(filter, sort, 0, 100000);
        EXPECT_TRUE(rows.ok());
        return rows.ok() ? *rows : QList<CaseSummary>{};
    }

    std::unique_ptr<CaseSearch> search;
};

QList<qint64> idsOf(const QList<CaseSummary> &rows)
{
    QList<qint64> ids;
    for (const CaseSummary &row : rows)
        ids << row.id;
    return ids;
}

} // namespace

TEST_F(CaseSearch_, AWordFromAContactNoteFindsTheCase)
{
    const CaseFile file = registerWith(QStringLiteral("Grappen over zijn accent."));
    registerWith(QStringLiteral("Niet uitgenodigd voor het teamuitje."));
    ContactMoment contact{0, file.id, QDateTime::currentDateTime().addSecs(-600),
                          0, 15,      QStringLiteral("Besproken dat de roosterwijziging als straf voelt."),
                          0};
    ASSERT_TRUE(service->addContact(contact).ok());
    EXPECT_EQ(found(QStringLiteral("roosterwijziging")), QList<qint64>{file.id});
    EXPECT_EQ(found(QStringLiteral("Rooster")), QList<qint64>{file.id});
}

TEST_F(CaseSearch_, AccentsDoNotMatterEitherWay)
{
    const CaseFile file = registerWith(QStringLiteral("Volgens hem is de afdeling al geëmancipeerde genoeg."));
    registerWith(QStringLiteral("Iets anders."));
    EXPECT_EQ(found(QStringLiteral("geemancipeerde")), QList<qint64>{file.id});
    EXPECT_EQ(found(QStringLiteral("geëmanc")), QList<qint64>{file.id});
    EXPECT_EQ(found(QStringLiteral("GEEMANCIPEERDE")), QList<qint64>{file.id});
}

TEST_F(CaseSearch_, EveryKeystrokeFindsByPrefix)
{
    const CaseFile file = registerWith(QStringLiteral("Opmerkingen over haar hoofddoek."));
    registerWith(QStringLiteral("Uitgesloten van de lunch."));
    for (const char *typed : {"h", "ho", "hoo", "hoof", "hoofd", "hoofdd", "hoofddoek"})
        EXPECT_EQ(found(QString::fromLatin1(typed)), QList<qint64>{file.id}) << typed;
    EXPECT_TRUE(found(QStringLiteral("hoofddoeken")).isEmpty());
}

// count() and page() of one keystroke share the ids the text found; a case
// saved, edited or removed in between must show at once all the same.
TEST_F(CaseSearch_, TheSameTextAgainSeesWhatChangedSinceTheLastKeystroke)
{
    const CaseFile first = registerWith(QStringLiteral("Opmerkingen over haar hoofddoek."));
    CaseFilter filter;
    filter.text = QStringLiteral("hoofd");
    EXPECT_EQ(*search->count(filter), 1);
    EXPECT_EQ(found(filter.text), QList<qint64>{first.id});

    const CaseFile second = registerWith(QStringLiteral("Grappen over de hoofddoek van een collega."));
    EXPECT_EQ(*search->count(filter), 2);
    EXPECT_EQ(found(filter.text), (QList<qint64>{first.id, second.id}));

    CaseIntake changed = second.intake;
    changed.whatHappened = QStringLiteral("Grappen over de ramadan.");
    ASSERT_TRUE(service->updateIntake(second.id, changed).ok());
    EXPECT_EQ(*search->count(filter), 1);
    EXPECT_EQ(found(filter.text), QList<qint64>{first.id});
}

TEST_F(CaseSearch_, EveryWordTypedMustMatch)
{
    const CaseFile both = registerWith(QStringLiteral("Opmerkingen over haar hoofddoek in de kantine."));
    registerWith(QStringLiteral("Opmerkingen over haar hoofddoek in het overleg."));
    EXPECT_EQ(found(QStringLiteral("hoofd kant")), QList<qint64>{both.id});
    EXPECT_EQ(found(QStringLiteral("  kantine   hoofddoek ")), QList<qint64>{both.id});
    EXPECT_TRUE(found(QStringLiteral("hoofddoek lift")).isEmpty());
}

TEST_F(CaseSearch_, CaseNumbersMatchByPrefixAndSubstring)
{
    QList<CaseFile> files;
    for (int i = 0; i < 12; ++i)
        files << registerWith(QStringLiteral("Zaak"));
    const CaseFile &twelfth = files.last(); // YYYY-0012
    const QString year = QString::number(twelfth.intake.intakeDate.year());
    EXPECT_EQ(found(year + u"-00"_qs).size(), 12);
    EXPECT_EQ(found(year + u"-001"_qs).size(), 3); // 0010, 0011, 0012
    EXPECT_EQ(found(QStringLiteral("0012")), QList<qint64>{twelfth.id});
    EXPECT_EQ(found(QStringLiteral("012")), QList<qint64>{twelfth.id});
    EXPECT_EQ(found(twelfth.number), QList<qint64>{twelfth.id});
    // A number found both by a word and inside a number is counted once.
    for (const QString &typed : QStringList{year + u"-00"_qs, year + u"-001"_qs, u"1"_qs, u"012"_qs}) {
        CaseFilter filter;
        filter.text = typed;
        EXPECT_EQ(*search->count(filter), int(found(typed).size())) << typed.toStdString();
    }
}

TEST_F(CaseSearch_, APseudonymFindsItsCases)
{
    CaseIntake in = intake();
    in.pseudonym = QStringLiteral("Zonnebloem");
    const CaseFile file = registerCase(in);
    registerCase(intake()); // Merel
    EXPECT_EQ(found(QStringLiteral("zonneb")), QList<qint64>{file.id});
}

TEST_F(CaseSearch_, NamesAreNotSearchable)
{
    CaseIntake in = intake();
    in.accusedName = QStringLiteral("Jansen");
    registerCase(in);
    EXPECT_TRUE(found(QStringLiteral("Jansen")).isEmpty());
}

TEST_F(CaseSearch_, NothingTypedIsEverAnError)
{
    registerWith(QStringLiteral("Opmerkingen over haar hoofddoek; zij zegt: \"niet meer\"."));
    const char *const inputs[] = {
        "\"",          "\"hoofd",     "hoofd\"", "*",          "**",       "hoofd*",  "*hoofd",
        "OR",          "AND",         "NOT",     "hoofd OR",   "OR hoofd", "-x",      "-",
        "--",          "hoofd -doek", "a:b",     "body:x",     ":",        "NEAR",    "hoofd NEAR doek",
        "NEAR/2",      "(",           ")",       "(hoofd",     "^hoofd",   "'",       "%",
        "_",           "\\",          "   ",     "\t\n",       "2026-",    "-2026",   "\"\"\"",
        "hoofd AND",   "[",           "]",       "{x}",        "🙂",     "x\u0308", "\u0301",
        "\u0301hoofd", "\uA7C0",      "\u08BE",  "\U0001D400", "\u3000",   "ǅ",
    };
    for (const char *input : inputs) {
        CaseFilter filter;
        filter.text = QString::fromUtf8(input);
        auto count = search->count(filter);
        ASSERT_TRUE(count.ok()) << input << ": " << count.error().message.toStdString();
        auto rows = search->page(filter, {}, 0, 50);
        ASSERT_TRUE(rows.ok()) << input << ": " << rows.error().message.toStdString();
        EXPECT_EQ(*count, rows->size()) << input;
    }
    EXPECT_EQ(found(QStringLiteral("\"hoofd")).size(), 1);
    EXPECT_EQ(found(QStringLiteral("zegt:")).size(), 1);
    EXPECT_EQ(found(QStringLiteral("   ")).size(), 1); // nothing typed: everything
}

TEST_F(CaseSearch_, FiltersCombine)
{
    const qint64 north = addUnit("Stadsdeel Noord", "District North");
    const qint64 south = addUnit("Stadsdeel Zuid", "District South");
    const qint64 religion = code(CodeList::Grounds, "religion");
    const qint64 age = code(CodeList::Grounds, "age");
    const QDate today = QDate::currentDate();

    const auto make = [&](qint64 unit, qint64 ground, CaseType type, const QDate &date) {
        CaseIntake in = intake(date);
        in.unitId = unit;
        in.groundIds = {ground};
        in.type = type;
        return registerCase(in).id;
    };
    const qint64 match = make(north, religion, CaseType::Signal, today.addDays(-10));
    make(south, religion, CaseType::Signal, today.addDays(-10));
    make(north, age, CaseType::Signal, today.addDays(-10));
    make(north, religion, CaseType::Question, today.addDays(-10));
    make(north, religion, CaseType::Signal, today.addDays(-100));
    const qint64 progressing = make(north, religion, CaseType::Signal, today.addDays(-10));
    ASSERT_TRUE(service->setStatus(progressing, CaseStatus::InProgress).ok());

    CaseFilter filter;
    filter.unitId = north;
    filter.groundId = religion;
    filter.types = {CaseType::Signal, CaseType::Complaint};
    filter.statuses = {CaseStatus::New};
    filter.from = today.addDays(-30);
    filter.to = today;
    EXPECT_EQ(found({}, filter), QList<qint64>{match});
    EXPECT_EQ(*search->count(filter), 1);

    filter.statuses = {CaseStatus::New, CaseStatus::InProgress};
    EXPECT_EQ(found({}, filter), (QList<qint64>{match, progressing}));
    EXPECT_EQ(found(QStringLiteral("hoofddoek"), filter), (QList<qint64>{match, progressing}));
    EXPECT_TRUE(found(QStringLiteral("kantine"), filter).isEmpty());
    filter.to = today.addDays(-11);
    EXPECT_TRUE(found({}, filter).isEmpty());
}

TEST_F(CaseSearch_, DraftsAreHiddenUnlessAskedFor)
{
    const CaseFile registered = registerWith(QStringLiteral("Opmerkingen over haar hoofddoek."));
    auto draft = service->createDraft(intake());
    ASSERT_TRUE(draft.ok());

    EXPECT_EQ(found({}), QList<qint64>{registered.id});
    CaseFilter withDrafts;
    withDrafts.includeDrafts = true;
    EXPECT_EQ(found({}, withDrafts), (QList<qint64>{registered.id, *draft}));
    EXPECT_EQ(*search->count(withDrafts), 2);
    const QList<CaseSummary> rows = all(withDrafts, {CaseSortColumn::Number, false});
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows.last().draft); // no number: last
    EXPECT_TRUE(rows.last().number.isEmpty());
}

// The count beside the search field is the number of cases the list holds
// for what was typed, whether drafts are shown or not (a draft is found by
// its text once registered), and whatever else is chosen.
TEST_F(CaseSearch_, ATypedWordCountsTheCasesTheListHolds)
{
    const CaseFile first = registerWith(QStringLiteral("Opmerkingen over haar hoofddoek."));
    const CaseFile second = registerWith(QStringLiteral("Grappen over de hoofddoek van een collega."));
    registerWith(QStringLiteral("Buitengesloten bij het teamuitje."));
    CaseIntake half = intake();
    half.whatHappened = QStringLiteral("Weer over de hoofddoek.");
    auto draft = service->createDraft(half);
    ASSERT_TRUE(draft.ok());
    auto discarded = service->createDraft(half);
    ASSERT_TRUE(discarded.ok());
    ASSERT_TRUE(service->discardDraft(*discarded).ok());

    CaseFilter filter;
    filter.text = QStringLiteral("hoofd");
    EXPECT_EQ(*search->count(filter), 2);
    EXPECT_EQ(found(filter.text), (QList<qint64>{first.id, second.id}));
    filter.includeDrafts = true;
    EXPECT_EQ(*search->count(filter), 2);
    EXPECT_EQ(found(filter.text, filter), (QList<qint64>{first.id, second.id}));
    ASSERT_TRUE(service->setStatus(second.id, CaseStatus::InProgress).ok());
    filter.statuses = {CaseStatus::New};
    EXPECT_EQ(*search->count(filter), 1);
    EXPECT_EQ(found(filter.text, filter), QList<qint64>{first.id});

    ASSERT_TRUE(service->registerCase(*draft, half, std::nullopt).ok());
    EXPECT_EQ(*search->count(filter), 2);
    filter = {};
    filter.text = QStringLiteral("hoofd");
    EXPECT_EQ(*search->count(filter), 3);
}

TEST_F(CaseSearch_, OverdueOnlyShowsCasesWithAnOpenFollowUpPastItsDate)
{
    const QDate today = QDate::currentDate();
    const auto withFollowUp = [&](int dueInDays, bool done) {
        const CaseFile file = registerCase(intake(today.addDays(-40)));
        auto id = service->addFollowUp(FollowUp{
            0, file.id, {}, QStringLiteral("Terugbellen"), today.addDays(dueInDays), FollowUpKind::Callback, {}});
        EXPECT_TRUE(id.ok());
        if (done) {
            EXPECT_TRUE(service->completeFollowUp(*id).ok());
        }
        return file.id;
    };
    const qint64 overdue = withFollowUp(-1, false);
    withFollowUp(-5, true);
    const qint64 dueToday = withFollowUp(0, false);
    withFollowUp(7, false);
    registerCase(intake()); // no follow-up at all

    CaseFilter filter;
    filter.overdueOnly = true;
    EXPECT_EQ(found({}, filter), QList<qint64>{overdue});
    EXPECT_EQ(*search->count(filter), 1);

    for (const CaseSummary &row : all({}, {})) {
        EXPECT_EQ(row.overdue, row.id == overdue) << row.id;
        if (row.id == overdue) {
            EXPECT_EQ(row.nextDue, today.addDays(-1));
        }
        if (row.id == dueToday) {
            EXPECT_EQ(row.nextDue, today);
        }
    }
}

TEST_F(CaseSearch_, TheSummaryShowsTheListColumnsOnly)
{
    const qint64 unit = addUnit("Handhaving", "Enforcement");
    CaseIntake in = intake(QDate::currentDate().addDays(-5));
    in.unitId = unit;
    in.type = CaseType::Complaint;
    const CaseFile file = registerCase(in, CaseService::proposedCallback(in.intakeDate));
    ASSERT_TRUE(service->setStatus(file.id, CaseStatus::InProgress).ok());

    const QList<CaseSummary> rows = all({}, {});
    ASSERT_EQ(rows.size(), 1);
    const CaseSummary &row = rows.first();
    EXPECT_EQ(row.id, file.id);
    EXPECT_EQ(row.number, file.number);
    EXPECT_FALSE(row.draft);
    EXPECT_EQ(row.intakeDate, in.intakeDate);
    EXPECT_EQ(row.type, CaseType::Complaint);
    EXPECT_EQ(row.status, CaseStatus::InProgress);
    EXPECT_EQ(row.pseudonym, u"Merel");
    EXPECT_EQ(row.unitId, unit);
    EXPECT_EQ(row.nextDue, in.intakeDate.addDays(14));
    EXPECT_FALSE(row.overdue);
}

namespace {

// What each sort column compares, with "no value" as the largest key so that
// it sorts last; the id is the final tiebreak in the same direction.
struct SortKey {
    bool missing = false;
    qint64 primary = 0;
    qint64 secondary = 0;
};

} // namespace

TEST_F(CaseSearch_, PagesAreDisjointAndTogetherAreTheWholeSortedListForEveryColumnBothWays)
{
    const QList<qint64> units = {addUnit("Stadsdeel Noord", "District North"),
                                 addUnit("Publiekszaken", "Public Services"), 0};
    const QDate today = QDate::currentDate();
    const QList<CaseType> types = allCaseTypes();
    for (int i = 0; i < 23; ++i) {
        CaseIntake in = intake(today.addDays(-(i * 7 % 60) - 1));
        in.unitId = units[i % units.size()];
        in.type = types[i % types.size()];
        std::optional<FollowUp> callback;
        if (i % 3 != 0)
            callback =
                FollowUp{0, 0, {}, QStringLiteral("Terugbellen"), today.addDays(i % 5 - 2), FollowUpKind::Callback, {}};
        const CaseFile file = registerCase(in, callback);
        if (i % 4 == 1) {
            ASSERT_TRUE(service->setStatus(file.id, CaseStatus::InProgress).ok());
        }
        if (i % 4 == 2) {
            ASSERT_TRUE(
                service->close(file.id, code(CodeList::Outcomes, "resolved"), {code(CodeList::Measures, "none")}, today)
                    .ok());
        }
    }
    ASSERT_TRUE(service->createDraft(intake()).ok());

    const auto keyOf = [&](const CaseSummary &row, CaseSortColumn column) -> SortKey {
        switch (column) {
        case CaseSortColumn::Number: {
            const auto number = CaseNumber::parse(row.number);
            return number ? SortKey{false, number->year, number->sequence} : SortKey{true};
        }
        case CaseSortColumn::IntakeDate:
            return {false, row.intakeDate.toJulianDay()};
        case CaseSortColumn::Type:
            return {false, allCaseTypes().indexOf(row.type)};
        case CaseSortColumn::Status:
            return {false, allCaseStatuses().indexOf(row.status)};
        case CaseSortColumn::Unit:
            return row.unitId ? SortKey{false, codes->item(row.unitId)->position} : SortKey{true};
        case CaseSortColumn::NextFollowUp:
            return row.nextDue.isValid() ? SortKey{false, row.nextDue.toJulianDay()} : SortKey{true};
        }
        return {};
    };

    CaseFilter filter;
    filter.includeDrafts = true;
    const int total = *search->count(filter);
    EXPECT_EQ(total, 24);
    for (const CaseSortColumn column : {CaseSortColumn::Number, CaseSortColumn::IntakeDate, CaseSortColumn::Type,
                                        CaseSortColumn::Status, CaseSortColumn::Unit, CaseSortColumn::NextFollowUp}) {
        for (const bool descending : {false, true}) {
            const CaseSort sort{column, descending};
            QList<CaseSummary> paged;
            for (int offset = 0;; offset += 5) {
                auto rows = search->page(filter, sort, offset, 5);
                ASSERT_TRUE(rows.ok());
                if (rows->isEmpty())
                    break;
                EXPECT_LE(rows->size(), 5);
                paged << *rows;
            }
            const QList<CaseSummary> whole = all(filter, sort);
            EXPECT_EQ(idsOf(paged), idsOf(whole)) << int(column) << descending;
            EXPECT_EQ(paged.size(), total);
            const QList<qint64> ids = idsOf(paged);
            EXPECT_EQ(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());

            for (qsizetype i = 1; i < paged.size(); ++i) {
                const SortKey a = keyOf(paged[i - 1], column);
                const SortKey b = keyOf(paged[i], column);
                const auto directed = [&](qint64 v) { return descending ? -v : v; };
                const auto tuple = [&](const SortKey &k, qint64 id) {
                    return std::tuple{k.missing, k.missing ? 0 : directed(k.primary),
                                      k.missing ? 0 : directed(k.secondary), directed(id)};
                };
                EXPECT_LT(tuple(a, paged[i - 1].id), tuple(b, paged[i].id))
                    << "column " << int(column) << (descending ? " desc" : " asc") << " at " << i;
            }
        }
    }
}

TEST_F(CaseSearch_, CountEqualsTheRowsOfAllPages)
{
    for (int i = 0; i < 9; ++i)
        registerWith(i % 2 ? QStringLiteral("Opmerkingen over haar hoofddoek.") : QStringLiteral("Buitengesloten."));
    for (const QString &text : {QString(), u"hoofd"_qs, u"buiten"_qs, u"niets"_qs}) {
        CaseFilter filter;
        filter.text = text;
        int rows = 0;
        for (int offset = 0; offset < 20; offset += 4)
            rows += int(search->page(filter, {}, offset, 4)->size());
        EXPECT_EQ(*search->count(filter), rows) << text.toStdString();
    }
    EXPECT_TRUE(search->page({}, {}, 0, 0)->isEmpty());
    EXPECT_TRUE(search->page({}, {}, 100, 10)->isEmpty());
}

TEST_F(CaseSearch_, TheDemoCasesCoverEveryStateTypeAndFollowUpSituation)
{
    addUnit("Stadsdeel Noord", "District North");
    addUnit("Handhaving", "Enforcement");
    CodeListService lists(*vault, *codes);
    ASSERT_TRUE(lists.add(CodeList::Clients, QStringLiteral("Gemeente"), QStringLiteral("Municipality")).ok());
    ASSERT_TRUE(DemoCases::add(*vault, 300).ok());

    const auto countOf = [&](auto set) {
        CaseFilter filter;
        set(filter);
        return *search->count(filter);
    };
    const auto registered = countOf([](CaseFilter &) {});
    for (const CaseStatus status : allCaseStatuses())
        EXPECT_GE(countOf([&](CaseFilter &f) { f.statuses = {status}; }), 5) << toKey(status).toStdString();
    for (const CaseType type : allCaseTypes())
        EXPECT_GE(countOf([&](CaseFilter &f) { f.types = {type}; }), 20) << toKey(type).toStdString();
    for (const CodeItem &ground : *codes->items(CodeList::Grounds, false))
        EXPECT_GE(countOf([&](CaseFilter &f) { f.groundId = ground.id; }), 1) << ground.code.toStdString();
    EXPECT_GE(countOf([](CaseFilter &f) { f.overdueOnly = true; }), 5);
    EXPECT_EQ(countOf([](CaseFilter &f) { f.includeDrafts = true; }), 300);
    EXPECT_LT(registered, 300); // a few half-typed drafts
    const QDate today = QDate::currentDate();
    EXPECT_EQ(countOf([&](CaseFilter &f) { f.from = today.addMonths(-18).addDays(-7); }), registered);
    EXPECT_EQ(countOf([&](CaseFilter &f) { f.from = today.addDays(1); }), 0);
    EXPECT_LT(countOf([&](CaseFilter &f) { f.from = today.addMonths(-6); }), registered);
    EXPECT_GE(countOf([](CaseFilter &f) { f.text = u"hoofddoek"_qs; }), 2);

    int dueToday = 0;
    for (const CaseSummary &row : all({}, {CaseSortColumn::NextFollowUp, false}))
        dueToday += row.nextDue == QDate::currentDate() ? 1 : 0;
    EXPECT_GE(dueToday, 2);
}
