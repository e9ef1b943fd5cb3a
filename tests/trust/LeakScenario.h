#pragma once

#include "LeakScan.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace baken {
class Vault;
}

namespace baken::test {

// One run of the leak search: canaries entered through every module of
// Baken with HOME, the XDG folders and TMPDIR inside `root`, then every file
// under `root` and everything printed searched for them.
struct LeakRun {
    explicit LeakRun(const QString &rootPath);

    QString root;
    QString home;
    QString documents; // where the vaults live
    QString backups;   // the backup folder (a USB stick)
    QString exports;   // where files the user exports go
    LeakScan scan;
    // Files the user explicitly exported (they are meant to hold what they
    // hold); left out of the search by exact path.
    QStringList exported;
    // Steps that failed: their canaries may never have reached Baken, so a
    // run with problems proves nothing.
    QStringList problems;
    // What child processes printed, by command.
    QList<QPair<QString, QByteArray>> streams;
    // Vaults left open for the search, so that their -wal and -shm are there.
    std::vector<std::shared_ptr<Vault>> openVaults;

    template<typename R>
    bool check(const QString &step, const R &result)
    {
        if (result.ok())
            return true;
        problems << step + QStringLiteral(": ") + result.error().message;
        return false;
    }
    void fail(const QString &step) { problems << step; }
};

// Cases, doubt line, groups, code lists, vault settings, backups, the
// summary and the interchange round trip, through the core services in this
// process (vaults with the cheap test KDF).
void enterThroughServices(LeakRun &run);
// baken-cli as a shell runs it, with the production KDF: cases, the doubt
// line, groups, backup, export/import and the roll-up.
void enterThroughCli(LeakRun &run);
// The main window: the intake form, the case search, the doubt-line form,
// lock and unlock, close (window state and settings are written then).
void enterThroughWindow(LeakRun &run);

// Sets HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME,
// XDG_RUNTIME_DIR and TMPDIR to folders under `root` (before QApplication).
void pointHomeInto(const QString &root);

// Everything: the three above, then the search of `run.root` and of every
// captured stream. The caller checks run.problems and run.scan.hits().
void runLeakSearch(LeakRun &run);

} // namespace baken::test
