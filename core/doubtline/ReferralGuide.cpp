#include "ReferralGuide.h"

#include "base/EnumTable.h"
#include "codelists/SqlCodeListStore.h"
#include "db/SqlValues.h"
#include "i18n/Translations.h"
#include "vault/Vault.h"

#include <QHash>

namespace baken {

namespace {

using namespace enumtable;

constexpr const char *Context = "baken::ReferralGuide";

constexpr std::array<Entry<AnonymousReports>, 4> AnonymousTable = {{
    {AnonymousReports::Unknown, "unknown", QT_TRANSLATE_NOOP("baken::ReferralGuide", "Not known")},
    {AnonymousReports::Yes, "yes", QT_TRANSLATE_NOOP("baken::ReferralGuide", "Yes, anonymously")},
    {AnonymousReports::No, "no", QT_TRANSLATE_NOOP("baken::ReferralGuide", "Not anonymously")},
    {AnonymousReports::Partly, "partly", QT_TRANSLATE_NOOP("baken::ReferralGuide", "Partly")},
}};

constexpr const char *Columns = "body_id, what_nl, what_en, when_nl, when_en, next_nl, next_en, anonymous,"
                                " anonymous_note_nl, anonymous_note_en, contact";

GuideEntry readEntry(const Statement &row)
{
    GuideEntry e;
    e.bodyId = row.int64(0);
    e.what = {row.text(1), row.text(2)};
    e.when = {row.text(3), row.text(4)};
    e.next = {row.text(5), row.text(6)};
    e.anonymous = anonymousReportsFromKey(row.text(7)).value_or(AnonymousReports::Unknown);
    e.anonymousNote = {row.text(8), row.text(9)};
    e.contact = row.text(10);
    return e;
}

// The columns are NOT NULL: an empty (null) QString goes in as ''.
void bindText(Statement &stmt, int index, const QString &value)
{
    if (value.isNull())
        stmt.bindText(index, "", 0);
    else
        stmt.bind(index, value);
}

QList<const QString *> textsOf(const GuideEntry &e)
{
    QList<const QString *> out;
    for (const GuideText *text : {&e.what, &e.when, &e.next, &e.anonymousNote})
        out << &text->nl << &text->en;
    out << &e.contact;
    return out;
}

} // namespace

// clang-format off
QString toKey(AnonymousReports value) { return keyOf(AnonymousTable, value); }
std::optional<AnonymousReports> anonymousReportsFromKey(const QString &key) { return fromKey(AnonymousTable, key); }
QString label(AnonymousReports value) { return labelOf(Context, AnonymousTable, value); }
// clang-format on

Result<QList<GuideEntry>> ReferralGuide::entries() const
{
    SqlCodeListStore codes(m_vault.db());
    auto bodies = codes.items(CodeList::ReferralBodies, false);
    if (!bodies)
        return bodies.error();
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM referral_guide";
    auto stmt = m_vault.db().prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    QHash<qint64, GuideEntry> stored;
    auto read = stmt->forEach([&](const Statement &row) {
        GuideEntry e = readEntry(row);
        stored.insert(e.bodyId, e);
    });
    if (!read)
        return read.error();
    QList<GuideEntry> out;
    for (const CodeItem &body : std::as_const(*bodies)) {
        GuideEntry e = stored.value(body.id);
        e.bodyId = body.id;
        out.append(e);
    }
    return out;
}

Result<GuideEntry> ReferralGuide::entry(qint64 bodyId) const
{
    SqlCodeListStore codes(m_vault.db());
    auto body = codes.item(bodyId);
    if (!body || body->list != CodeList::ReferralBodies)
        return Error{ErrorCode::NotFound, tr("That referral body does not exist.")};
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM referral_guide WHERE body_id = ?1";
    auto stmt = m_vault.db().prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, bodyId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row) {
        GuideEntry empty;
        empty.bodyId = bodyId;
        return empty;
    }
    return readEntry(*stmt);
}

Status ReferralGuide::save(const GuideEntry &entry)
{
    SqlCodeListStore codes(m_vault.db());
    auto body = codes.item(entry.bodyId);
    if (!body) {
        if (body.code() != ErrorCode::NotFound)
            return body.error();
        return Error{ErrorCode::InvalidInput, tr("That referral body does not exist.")};
    }
    if (body->list != CodeList::ReferralBodies)
        return Error{
            ErrorCode::InvalidInput,
            tr("The guide describes referral bodies only; \"%1\" is not one.").arg(body->label(currentLanguage()))};
    for (const QString *text : textsOf(entry))
        if (text->size() > MaxTextLength)
            return Error{ErrorCode::InvalidInput,
                         tr("A text in the guide may hold at most %1 characters.").arg(MaxTextLength)};

    Database &db = m_vault.db();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    auto stmt = db.prepare("INSERT OR REPLACE INTO referral_guide (body_id, what_nl, what_en, when_nl, when_en,"
                           " next_nl, next_en, anonymous, anonymous_note_nl, anonymous_note_en, contact, updated_at)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, entry.bodyId);
    int index = 2;
    for (const QString *text :
         {&entry.what.nl, &entry.what.en, &entry.when.nl, &entry.when.en, &entry.next.nl, &entry.next.en})
        bindText(*stmt, index++, *text);
    stmt->bind(8, toKey(entry.anonymous));
    bindText(*stmt, 9, entry.anonymousNote.nl);
    bindText(*stmt, 10, entry.anonymousNote.en);
    bindText(*stmt, 11, entry.contact);
    stmt->bind(12, sql::nowText());
    if (auto s = stmt->run(); !s)
        return s;
    if (auto s = m_vault.audit().append(QStringLiteral("guide.changed"), QStringLiteral("referral_body"),
                                        QString::number(entry.bodyId));
        !s)
        return s;
    return tx.commit();
}

} // namespace baken
