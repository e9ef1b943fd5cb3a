#include "CrashSetup.h"

#include "cases/CaseService.h"
#include "cases/SqlCaseStore.h"
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "doubtline/ConsultationService.h"
#include "doubtline/SqlConsultationStore.h"
#include "interchange/Interchange.h"
#include "rollup/RollupKeys.h"
#include "rollup/RollupPackage.h"
#include "summary/Period.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace baken::trust {

namespace {

Error failed(const QString &what)
{
    return Error{ErrorCode::Io, QStringLiteral("crash test setup: ") + what};
}

Status save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failed(path + u": " + file.errorString());
    return {};
}

Result<qint64> codeId(SqlCodeListStore &codes, CodeList list, const char *key)
{
    auto items = codes.items(list, true);
    if (!items)
        return items.error();
    for (const CodeItem &item : *items)
        if (key == nullptr || item.code == QLatin1String(key))
            return item.id;
    return failed(QStringLiteral("no code ") + QLatin1String(key));
}

// A vault whose doubt line has one staff member, the one consultations name.
Result<std::unique_ptr<Vault>> vaultWithStaff(const QString &path)
{
    auto vault = Vault::create(path, firstPassphrase());
    if (!vault)
        return vault.error();
    SqlCodeListStore codes((*vault)->db());
    CodeListService lists(**vault, codes);
    if (auto staff = lists.add(CodeList::DoubtLineStaff, u"Samira"_qs, u"Samira"_qs); !staff)
        return staff.error();
    return vault;
}

Status writeInterchange(const QString &root)
{
    auto source = vaultWithStaff(QDir(root).filePath(u"source.baken"_qs));
    if (!source)
        return source.error();
    Vault &vault = **source;
    SqlCodeListStore codes(vault.db());
    SqlCaseStore cases(vault.db());
    SqlConsultationStore store(vault.db());
    ConsultationService doubt(vault, store, cases, codes);
    for (int i = 0; i < 2; ++i) {
        Consultation c;
        c.occurredAt = QDateTime::currentDateTime().addSecs(-7200 + 60 * i);
        c.minutes = 15;
        for (auto [field, list, key] :
             {std::tuple{&c.staffId, CodeList::DoubtLineStaff, static_cast<const char *>(nullptr)},
              std::tuple{&c.channelId, CodeList::Channels, "phone"},
              std::tuple{&c.callerRoleId, CodeList::ReporterRoles, "affected_employee"},
              std::tuple{&c.adviceId, CodeList::Advice, "write_down"}}) {
            auto id = codeId(codes, list, key);
            if (!id)
                return id.error();
            *field = *id;
        }
        c.question = QStringLiteral("Mag mijn leidinggevende grappen maken over mijn leeftijd?");
        c.assessment = Assessment::Possibly;
        c.outcome = ConsultationOutcome::Advised;
        if (auto id = doubt.log(c); !id)
            return id.error();
    }
    QByteArray json;
    QBuffer buffer(&json);
    buffer.open(QIODevice::WriteOnly);
    if (auto s = exportVault(vault, buffer); !s)
        return s;
    return save(QDir(root).filePath(u"import.json"_qs), json);
}

// Monthly packages from an advisor's vault with a few cases, sealed to the
// template vault (the coordinator).
Status writePackages(const QString &root, const rollup::CoordinatorKey &to)
{
    auto advisor = Vault::create(QDir(root).filePath(u"advisor.baken"_qs), firstPassphrase());
    if (!advisor)
        return advisor.error();
    Vault &vault = **advisor;
    SqlCodeListStore codes(vault.db());
    SqlCaseStore store(vault.db());
    CaseService service(vault, store, codes);
    auto channel = codeId(codes, CodeList::Channels, "phone");
    auto ground = codeId(codes, CodeList::Grounds, "religion");
    if (!channel || !ground)
        return failed(u"codes"_qs);
    for (int month = 1; month <= 6; ++month) {
        CaseIntake in;
        in.intakeDate = QDate(2025, month, 10);
        in.channelId = *channel;
        in.identity = ReporterIdentity::Pseudonym;
        in.pseudonym = u"Merel"_qs;
        in.groundIds = {*ground};
        auto draft = service.createDraft(in);
        if (!draft)
            return draft.error();
        if (auto file = service.registerCase(*draft, in, std::nullopt); !file)
            return file.error();
    }
    for (int month = 1; month <= 6; ++month) {
        auto period = summary::parsePeriod(QStringLiteral("2025-%1").arg(month, 2, 10, QChar(u'0')));
        if (!period)
            return period.error();
        auto sealed = rollup::packagePeriod(vault, *period, u"Vertrouwenspersoon Noord"_qs, to);
        if (!sealed)
            return sealed.error();
        if (auto s = save(QDir(root).filePath(QStringLiteral("rollup-%1.pkg").arg(month, 2, 10, QChar(u'0'))), *sealed);
            !s)
            return s;
    }
    return {};
}

} // namespace

Status prepareTemplate(const QString &root)
{
    auto vault = vaultWithStaff(QDir(root).filePath(u"template.baken"_qs));
    if (!vault)
        return vault.error();
    auto keys = rollup::ownPublicKeys(**vault);
    if (!keys)
        return keys.error();
    if (auto s = writePackages(root, rollup::CoordinatorKey{u"Coördinator"_qs, *keys}); !s)
        return s;
    return writeInterchange(root);
}

Status prepareGeneration(const QString &root, const QString &dir)
{
    const QDir from(root);
    // A template left with a WAL beside it would be copied without its last commits.
    if (QFile::exists(from.filePath(u"template.baken-wal"_qs)))
        return failed(u"template.baken-wal is still there"_qs);
    if (!QDir().mkpath(QDir(dir).filePath(u"backups"_qs)))
        return failed(dir);
    QStringList names = from.entryList({u"rollup-*.pkg"_qs, u"import.json"_qs}, QDir::Files);
    for (const QString &name : names)
        if (!QFile::copy(from.filePath(name), QDir(dir).filePath(name)))
            return failed(name);
    if (!QFile::copy(from.filePath(u"template.baken"_qs), QDir(dir).filePath(u"crash.baken"_qs)))
        return failed(u"template.baken"_qs);
    return {};
}

} // namespace baken::trust
