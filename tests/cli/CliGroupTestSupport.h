#pragma once

#include "CliTestSupport.h"
#include "groups/SqlGroupStore.h"
#include "support/TestVault.h"

#include <gtest/gtest.h>

namespace baken::test {

// baken-cli group ..., in-process against a cheap-KDF vault.
class CliGroupFixture : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(run({u"init"_qs, vaultPath()}).code, 0); }

    CliRun run(QStringList args) { return runCli(std::move(args), {}, {{u"BAKEN_PASSPHRASE"_qs, strongPassphrase()}}); }
    // `group COMMAND VAULT extra...`
    CliRun group(const char *command, const QStringList &extra = {})
    {
        return run(QStringList{u"group"_qs, QString::fromLatin1(command), vaultPath()} + extra);
    }
    QString vaultPath() const { return dir.path(u"v.baken"_qs); }
    std::unique_ptr<Vault> open() { return std::move(Vault::open(vaultPath(), strongPassphrase())).value(); }

    // A local time in the option format, `days` from today.
    static QString at(int days, const char *time)
    {
        return QDate::currentDate().addDays(days).toString(Qt::ISODate) + u'T' + QLatin1String(time);
    }
    // Adds a group and returns its number as text.
    QString addGroup(const QStringList &options)
    {
        const CliRun added = group("add", QStringList{u"--theme"_qs, u"Racisme op de werkvloer"_qs} + options);
        EXPECT_EQ(added.code, 0) << added.err.toStdString();
        return added.out.trimmed();
    }
    // Signs someone up and returns the participant number.
    QString join(const QString &groupId, const QString &pseudonym, const QStringList &extra = {})
    {
        const CliRun joined = group("join", QStringList{groupId, u"--pseudonym"_qs, pseudonym} + extra);
        EXPECT_EQ(joined.code, 0) << joined.err.toStdString();
        const QStringList words = joined.out.split(u' ');
        return words.value(1);
    }

    TestVaultDir dir;
};

} // namespace baken::test
