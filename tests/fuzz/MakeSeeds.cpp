// Writes the seeds in corpus/ that need a vault to make: a backup, month
// cubes, roll-up packages and a coordinator key block. Run by hand after a
// format changes (README.md in this folder); the other seeds are copies of
// the samples the unit tests write.
#include "FuzzSupport.h"

#include "backup/Backup.h"
#include "demo/DemoVault.h"
#include "rollup/MonthCube.h"
#include "rollup/RollupPackage.h"
#include "summary/Period.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <utility>

using namespace baken;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fuzz::fail("cannot write a seed");
    std::printf("%s (%lld bytes)\n", qPrintable(path), static_cast<long long>(bytes.size()));
}

template<typename T>
T need(Result<T> result)
{
    if (!result)
        fuzz::fail(qPrintable(result.error().message));
    return std::move(result).value();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    fuzz::init();
    const QDir corpus(QString::fromLocal8Bit(argv[1]));

    // A backup opened by the key the backup target uses.
    {
        auto vault = fuzz::createVault(QStringLiteral("seed.baken"), fuzz::seedRecoveryKey());
        const QString folder = fuzz::tempPath(QStringLiteral("backups"));
        QDir().mkpath(folder);
        const auto written = need(writeBackup(*vault, folder));
        QFile file(written.path);
        if (!file.open(QIODevice::ReadOnly))
            fuzz::fail("cannot read the backup");
        write(corpus.filePath(QStringLiteral("backup/empty-vault.bakenbackup")), file.readAll());
    }

    // Small cubes keep the targets fast: libFuzzer mutates up to the size of
    // the largest seed. One month of the demo vault has every table filled.
    const QDate today = QDate::currentDate();
    const QString earlier = today.addMonths(-3).toString(u"yyyy-MM");
    const QString later = today.addMonths(-2).toString(u"yyyy-MM");
    auto empty = fuzz::createVault(QStringLiteral("empty.baken"));
    const auto emptyCube = need(rollup::buildMonthCube(empty->db(), summary::monthRun(earlier, later)));
    write(corpus.filePath(QStringLiteral("month_cube/empty-two-months.json")),
          compact(need(rollup::monthCubeToJson(emptyCube))));
    auto demo = need(DemoVault::create(fuzz::tempPath(QStringLiteral("demo.baken")), DemoVault::defaultPassphrase()));
    const auto demoCube = need(rollup::buildMonthCube(demo->db(), summary::monthRun(later, later)));
    write(corpus.filePath(QStringLiteral("month_cube/demo-month.json")),
          compact(need(rollup::monthCubeToJson(demoCube))));

    // A real package (sealed for another coordinator than the target's own:
    // it exercises the refusal), and the signed JSON the target seals itself.
    auto coordinator = fuzz::createVault(QStringLiteral("coordinator.baken"));
    const rollup::CoordinatorKey to{QStringLiteral("Coordinator"), need(rollup::ownPublicKeys(*coordinator))};
    write(corpus.filePath(QStringLiteral("rollup_package/empty-two-months.bakenpkg")),
          need(rollup::sealPackage(*empty, emptyCube, QStringLiteral("Advisor North"), to)));
    for (const auto &[name, cube] : {std::pair{"empty-two-months", &emptyCube}, std::pair{"demo-month", &demoCube}}) {
        const QJsonObject signedJson{
            {QStringLiteral("format"), QStringLiteral("baken-rollup-package")},
            {QStringLiteral("version"), 2},
            {QStringLiteral("source"),
             QJsonObject{{QStringLiteral("label"), QStringLiteral("Advisor North")},
                         {QStringLiteral("signKey"), QString::fromLatin1(fuzz::seedSignKeys().pub.toBase64())}}},
            {QStringLiteral("recipient"),
             QJsonObject{{QStringLiteral("box"), QString::fromLatin1(to.keys.box.toBase64())},
                         {QStringLiteral("sign"), QString::fromLatin1(to.keys.sign.toBase64())}}},
            {QStringLiteral("createdAt"), QDateTime(today, QTime(10, 0), Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("figures"), need(rollup::monthCubeToJson(*cube))},
        };
        write(corpus.filePath(QStringLiteral("rollup_package/%1.json").arg(QLatin1String(name))), compact(signedJson));
    }

    write(corpus.filePath(QStringLiteral("coordinator_key/key.txt")), rollup::coordinatorKeyText(to));
    return 0;
}
